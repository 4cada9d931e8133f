package org.planlens.extract.agency;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.planlens.extract.agency.Tokens.Token;
import org.planlens.rules.Fold;
import org.planlens.rules.ModelData;

/**
 * The names of {@code models/agency-names.tsv}, loaded once: fields that follow a head noun ("Bộ" + "Tài chính",
 * "Sở" + "KH&CN") and whole names of central bodies ("Văn phòng Chính phủ"), each with its printed variants. They
 * are matched over tokens, accents and case folded ("Văn hoá" is "Văn hóa"), longest first, so a name is cut where
 * the known name ends ("Sở Khoa học và Công nghệ để hỗ trợ"). A name's key reads its abbreviations and signs as the
 * words of {@code models/name-abbreviations.tsv} ("UBND" as "Ủy ban nhân dân", "&" as "và"), as GOLD.md normalises.
 *
 * <table>
 *   <caption>Columns of agency-names.tsv</caption>
 *   <tr><th>column</th><th>meaning</th></tr>
 *   <tr><td>kind</td><td>{@code field} or {@code body}</td></tr>
 *   <tr><td>heads</td><td>for a field: the head nouns that take it, space separated; empty for a body</td></tr>
 *   <tr><td>name</td><td>the name as printed in full</td></tr>
 *   <tr><td>variants</td><td>optional, {@code |}-separated: other spellings of the same name</td></tr>
 * </table>
 */
public final class NameBook {
    private static final String ABBREVIATIONS = "name-abbreviations.tsv";
    /** One spelling of a name: its folded tokens, and the folded key of the full name it stands for. */
    private record Spelling(List<String> tokens, String nameKey, Set<String> heads) {}

    private final Map<String, List<Spelling>> fieldsByFirst;
    private final Map<String, List<Spelling>> bodiesByFirst;
    /** Folded key of every spelling to the folded key of its full name. */
    private final Map<String, String> canonical = new HashMap<>();
    /** What an abbreviation or a sign is read as, in the file's order (models/name-abbreviations.tsv). */
    private final Map<String, String> abbreviations = new LinkedHashMap<>();

    public NameBook(ModelData models) {
        List<Spelling> fields = new ArrayList<>();
        List<Spelling> bodies = new ArrayList<>();
        for (String[] row : models.tsv(ABBREVIATIONS)) {
            if (row.length < 3
                    || row[0].isEmpty()
                    || row[1].isEmpty()
                    || !Set.of("word", "sign").contains(row[2])) {
                throw new IllegalArgumentException("models/" + ABBREVIATIONS
                        + ": row needs printed, read as, how (word|sign): " + String.join("\t", row));
            }
            abbreviations.put(row[0], row[2].equals("sign") ? " " + row[1] + " " : row[1]);
        }
        for (String[] row : models.tsv("agency-names.tsv")) {
            if (row.length < 3 || row[2].isEmpty() || !("field".equals(row[0]) || "body".equals(row[0]))) {
                throw new IllegalArgumentException("models/agency-names.tsv: row needs kind (field|body), heads and"
                        + " a name: " + String.join("\t", row));
            }
            boolean field = "field".equals(row[0]);
            if (field && row[1].isEmpty()) {
                throw new IllegalArgumentException(
                        "models/agency-names.tsv: a field needs the heads that take it: " + String.join("\t", row));
            }
            Set<String> heads = field ? Set.of(Tokens.lower(row[1]).split(" ")) : Set.of();
            String nameKey = Fold.key(row[2]);
            List<String> spellings = new ArrayList<>(List.of(row[2]));
            if (row.length > 3 && !row[3].isEmpty()) {
                spellings.addAll(List.of(row[3].split("\\|")));
            }
            for (String s : spellings) {
                Spelling sp = new Spelling(folded(s), nameKey, heads);
                (field ? fields : bodies).add(sp);
                canonical.put(Fold.key(s), nameKey);
                canonical.put(Fold.key(spelledOut(s)), nameKey);
            }
        }
        this.fieldsByFirst = byFirst(fields);
        this.bodiesByFirst = byFirst(bodies);
    }

    /** {@code name} with its abbreviations and signs read as words ("UBND" as "Ủy ban nhân dân", "&" as "và"). */
    public String spelledOut(String name) {
        String s = name;
        for (Map.Entry<String, String> a : abbreviations.entrySet()) {
            s = s.replace(a.getKey(), a.getValue());
        }
        return s;
    }

    private static List<String> folded(String s) {
        return Tokens.of(s, 0).stream().map(t -> Fold.fold(t.text())).toList();
    }

    private static Map<String, List<Spelling>> byFirst(List<Spelling> all) {
        Map<String, List<Spelling>> out = new HashMap<>();
        for (Spelling s : all) {
            out.computeIfAbsent(s.tokens().get(0), k -> new ArrayList<>()).add(s);
        }
        out.replaceAll((k, v) -> {
            List<Spelling> sorted = new ArrayList<>(v);
            sorted.sort(
                    Comparator.comparingInt((Spelling s) -> s.tokens().size()).reversed());
            return List.copyOf(sorted);
        });
        return Collections.unmodifiableMap(out);
    }

    /** Tokens at {@code j} that spell a field taken by the head noun {@code head} (lower case), or 0. */
    public int fieldAt(List<Token> t, int j, String head) {
        for (Spelling s : candidates(fieldsByFirst, t, j)) {
            if (takes(s.heads(), head) && matches(t, j, s.tokens())) {
                return s.tokens().size();
            }
        }
        return 0;
    }

    /**
     * Whether a field's heads hold {@code head}: the column is space separated (the issuer's header reads it so
     * too), so a head of two words ("trung tâm", "chi nhánh") is held when each of its words is.
     */
    private static boolean takes(Set<String> heads, String head) {
        return heads.contains(head) || head.indexOf(' ') > 0 && heads.containsAll(List.of(head.split(" ")));
    }

    /** Tokens at {@code i} that spell the whole name of a central body, or 0. */
    public int bodyAt(List<Token> t, int i) {
        for (Spelling s : candidates(bodiesByFirst, t, i)) {
            if (matches(t, i, s.tokens())) {
                return s.tokens().size();
            }
        }
        return 0;
    }

    /**
     * {@code key} (a {@link Fold#key} of a name) with every known spelling of a field or a body written as its full
     * name: "so kh cn" and "so khoa hoc va cong nghe" meet.
     */
    public String canonicalKey(String key) {
        String whole = canonical.get(key);
        if (whole != null) {
            return whole;
        }
        String[] words = key.split(" ");
        // a head word, then a spelling of its field, then what follows (a place)
        for (int from = 1; from < words.length; from++) {
            for (int to = words.length; to > from; to--) {
                String part = String.join(" ", List.of(words).subList(from, to));
                String full = canonical.get(part);
                if (full != null && !full.equals(part)) {
                    List<String> out = new ArrayList<>(List.of(words).subList(0, from));
                    out.add(full);
                    out.addAll(List.of(words).subList(to, words.length));
                    return String.join(" ", out);
                }
            }
        }
        return key;
    }

    private static List<Spelling> candidates(Map<String, List<Spelling>> byFirst, List<Token> t, int j) {
        return j < t.size() ? byFirst.getOrDefault(Fold.fold(t.get(j).text()), List.of()) : List.of();
    }

    private static boolean matches(List<Token> t, int j, List<String> tokens) {
        if (j + tokens.size() > t.size()) {
            return false;
        }
        for (int k = 0; k < tokens.size(); k++) {
            if (!Fold.fold(t.get(j + k).text()).equals(tokens.get(k))) {
                return false;
            }
        }
        return true;
    }
}
