package org.planlens.extract.agency;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.planlens.model.Role;
import org.planlens.rules.ModelData;

/**
 * The word lists agencies are read with, loaded once: {@code agency-kinds.tsv} (head noun, note, needs; a note
 * starting "post" marks a post that needs a name after it; needs "name" or "closed": see {@link Head}),
 * {@code person-titles.tsv} (post, implied collective), {@code role-cues.tsv} (cue, role, subject|object),
 * {@code agency-scope.tsv} (kind, words) and the names of {@link NameBook}. Phrases are kept in lower case (accents
 * kept) and matched as whole words.
 */
public final class AgencyLexicon {
    /** A cue word and what it gives to whom. */
    public record Cue(String phrase, Role role, boolean object, String unlessAfter) {}

    /**
     * A head noun as printed and its words (tokenised once). {@code post}: a commune post that is itself the unit of
     * work, named after it ("Công chức Tư pháp - Hộ tịch"); {@code named}: the head alone names no body ("Sở");
     * {@code closed}: only a field of {@link NameBook} may follow it ("Bộ Tài chính"); {@code proper}: the name holds
     * a capitalised word ("Cơ quan Thuế", not "Cơ quan chuyên môn").
     */
    public record Head(
            String printed, boolean post, boolean named, boolean closed, boolean proper, List<String> words) {
        public Head {
            words = List.copyOf(words);
        }

        Head(String printed, boolean post, String needs) {
            this(
                    printed,
                    post,
                    post || !needs.isEmpty(),
                    "closed".equals(needs),
                    "proper".equals(needs),
                    Tokens.of(printed, 0).stream().map(Tokens.Token::text).toList());
        }

        /** The head noun in lower case: what a field of {@link NameBook} names its heads by. */
        public String lower() {
            return Tokens.lower(printed);
        }

        /** A head in lower case, read only after "các": a collective ("các sở, ban, ngành"). */
        public boolean collective() {
            return Character.isLowerCase(printed.charAt(0));
        }
    }

    /** A person's post, and the collective it names when no body follows it ("Bộ trưởng": the ministries). */
    public record Title(String phrase, String implies) {}

    private final List<Head> heads = new ArrayList<>();
    private final List<Title> titles = new ArrayList<>();
    private final List<Cue> cues = new ArrayList<>();
    private final Map<String, Set<String>> scope = new HashMap<>();
    // phrase lists indexed by their first word: matching runs at every token of every clause
    private final Map<String, List<Head>> headsByFirst;
    private final Map<String, List<Title>> titlesByFirst;
    private final Map<String, List<Cue>> cuesByFirst;
    private final Map<String, Map<String, List<String>>> scopeByFirst = new HashMap<>();
    private final NameBook names;
    private final KeyWords keyWords;

    public AgencyLexicon(ModelData models) {
        for (String[] row : models.tsv("agency-kinds.tsv")) {
            String needs = row.length > 2 ? row[2] : "";
            if (!List.of("", "name", "closed", "proper").contains(needs)) {
                throw new IllegalArgumentException(
                        "models/agency-kinds.tsv: needs is name, closed, proper or empty: " + String.join("\t", row));
            }
            heads.add(new Head(row[0], row.length > 1 && row[1].startsWith("post"), needs));
        }
        heads.sort(Comparator.comparingInt((Head h) -> h.printed().length()).reversed());
        for (String[] row : models.tsv("person-titles.tsv")) {
            titles.add(
                    new Title(Tokens.lower(row[0]), row.length > 1 && !row[1].isEmpty() ? Tokens.lower(row[1]) : null));
        }
        titles.sort(Comparator.comparingInt((Title t) -> t.phrase().length()).reversed());
        this.names = new NameBook(models);
        this.keyWords = new KeyWords(models);
        for (String[] row : models.tsv("role-cues.tsv")) {
            if (row.length < 3 || !("subject".equals(row[2]) || "object".equals(row[2]))) {
                throw new IllegalArgumentException(
                        "models/role-cues.tsv: row needs cue, role, subject|object: " + String.join("\t", row));
            }
            cues.add(new Cue(
                    Tokens.lower(row[0]),
                    Role.fromCode(row[1]),
                    "object".equals(row[2]),
                    row.length > 3 && !row[3].isEmpty() ? Tokens.lower(row[3]) : null));
        }
        cues.sort(Comparator.comparingInt((Cue c) -> c.phrase().length()).reversed());
        for (String[] row : models.tsv("agency-scope.tsv")) {
            if (row.length < 2) {
                throw new IllegalArgumentException(
                        "models/agency-scope.tsv: row needs a kind and words: " + String.join("\t", row));
            }
            scope.computeIfAbsent(row[0], k -> new HashSet<>()).add(Tokens.lower(row[1]));
        }
        headsByFirst = byFirstWord(
                heads,
                h -> Tokens.lower(h.words().isEmpty() ? h.printed() : h.words().get(0)));
        titlesByFirst = byFirstWord(titles, Title::phrase);
        cuesByFirst = byFirstWord(cues, Cue::phrase);
        scope.forEach((kind, phrases) -> scopeByFirst.put(kind, byFirstWord(new ArrayList<>(phrases), p -> p)));
    }

    public List<Head> heads() {
        return heads;
    }

    /** The words a name's key is made with (models/agency-keys.tsv). */
    public KeyWords keyWords() {
        return keyWords;
    }

    /** The known names of fields and central bodies. */
    public NameBook names() {
        return names;
    }

    /** The heads whose first word is the lower-cased {@code word}, longest first. */
    public List<Head> headsStartingWith(String word) {
        return headsByFirst.getOrDefault(word, List.of());
    }

    /** The titles whose first word is {@code word}, longest first. */
    public List<Title> titlesStartingWith(String word) {
        return titlesByFirst.getOrDefault(word, List.of());
    }

    /** The cues whose first word is {@code word}, longest first. */
    public List<Cue> cuesStartingWith(String word) {
        return cuesByFirst.getOrDefault(word, List.of());
    }

    /** The phrases of one kind whose first word is {@code word}. */
    public List<String> wordsStartingWith(String kind, String word) {
        return scopeByFirst.getOrDefault(kind, Map.of()).getOrDefault(word, List.of());
    }

    private static String firstWord(String lowerPhrase) {
        int space = lowerPhrase.indexOf(' ');
        return space < 0 ? lowerPhrase : lowerPhrase.substring(0, space);
    }

    private static <T> Map<String, List<T>> byFirstWord(List<T> items, Function<T, String> lower) {
        Map<String, List<T>> out = new HashMap<>();
        for (T item : items) {
            out.computeIfAbsent(firstWord(lower.apply(item)), k -> new ArrayList<>())
                    .add(item);
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        // a HashMap, not Map.copyOf: asked for every word of a plan, and Map.copyOf's table calls equals on each
        // key it probes where HashMap first compares the hashes it keeps beside them
        return Collections.unmodifiableMap(out);
    }

    public List<Cue> cues() {
        return cues;
    }

    /**
     * The one word of a grammar kind of {@code agency-scope.tsv} ("plural", "and", "level", "of", "this"), in lower
     * case; a kind with no word or more than one fails with the file named.
     */
    public String word(String kind) {
        Set<String> words = words(kind);
        if (words.size() != 1) {
            throw new IllegalArgumentException(
                    "models/agency-scope.tsv: kind " + kind + " needs exactly one word, has " + words);
        }
        return words.iterator().next();
    }

    /** Lower-cased phrases of one kind of {@code agency-scope.tsv} ("stop", "relevance", "scope", "member", ...). */
    public Set<String> words(String kind) {
        return scope.getOrDefault(kind, Set.of());
    }
}
