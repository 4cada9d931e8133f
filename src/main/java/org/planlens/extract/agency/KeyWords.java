package org.planlens.extract.agency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.planlens.model.AdminLevel;
import org.planlens.rules.Fold;
import org.planlens.rules.ModelData;

/**
 * The words of {@code models/agency-keys.tsv} that {@link AgencyKeys} makes a name's key with, folded
 * ({@link Fold#key}), read once with the {@link AgencyLexicon}. Keys here are folded and padded with a space at each
 * end ({@code " uy ban nhan dan xa "}), so that every phrase is matched on whole words.
 *
 * <table>
 *   <caption>Columns</caption>
 *   <tr><th>column</th><th>meaning</th></tr>
 *   <tr><td>kind</td><td>same, committee, placed, level, collective, localities or ownof</td></tr>
 *   <tr><td>words</td><td>the words as printed</td></tr>
 *   <tr><td>value</td><td>what the words are read as (same), the level (level) or the kind (collective)</td></tr>
 * </table>
 */
public final class KeyWords {
    static final String FILE = "agency-keys.tsv";

    private final Map<String, String> same = new LinkedHashMap<>();
    private final String committee;
    private final List<String> placed = new ArrayList<>();
    private final Map<String, AdminLevel> levels = new LinkedHashMap<>();
    private final Map<String, String> collectives = new LinkedHashMap<>();
    private final List<String> localities = new ArrayList<>();
    /** Words that tie a collective to the issuer's unit, maybe with the committee after them, at a key's end. */
    private final Pattern ownOfAtEnd;

    public KeyWords(ModelData models) {
        List<String> committees = new ArrayList<>();
        List<String> ownOf = new ArrayList<>();
        for (String[] row : models.tsv(FILE)) {
            String words = row.length > 1 ? Fold.key(row[1]) : "";
            String value = row.length > 2 ? row[2] : "";
            boolean valued = row[0].equals("level") || row[0].equals("collective");
            if (words.isEmpty() || valued && value.isEmpty()) {
                throw bad("row needs its words" + (valued ? " and a value" : ""), row);
            }
            switch (row[0]) {
                case "same" -> same.put(words, Fold.key(value));
                case "committee" -> committees.add(words);
                case "placed" -> placed.add(words);
                case "level" -> levels.put(words, AdminLevel.fromCode(value));
                case "collective" -> collectives.put(words, value);
                case "localities" -> localities.add(words);
                case "ownof" -> ownOf.add(words);
                default -> throw bad("unknown kind", row);
            }
        }
        if (committees.size() != 1 || ownOf.isEmpty()) {
            throw new IllegalArgumentException(
                    "models/" + FILE + ": needs one committee row and an ownof row, has " + committees + ", " + ownOf);
        }
        this.committee = committees.get(0);
        ownOf.sort(Comparator.comparingInt(String::length).reversed());
        this.ownOfAtEnd = Pattern.compile("(?: (?:"
                + ownOf.stream().map(Pattern::quote).collect(Collectors.joining("|"))
                + "))(?: " + Pattern.quote(committee) + ")?$");
    }

    private static IllegalArgumentException bad(String why, String[] row) {
        return new IllegalArgumentException("models/" + FILE + ": " + why + ": " + String.join("\t", row));
    }

    /** {@code padded} with each phrase read as the one it is the same as, and the words a key leaves out left out. */
    String same(String padded) {
        String k = padded;
        for (Map.Entry<String, String> s : same.entrySet()) {
            k = k.replace(" " + s.getKey() + " ", s.getValue().isEmpty() ? " " : " " + s.getValue() + " ");
        }
        return k;
    }

    /** The committee of the units of a level ("uy ban nhan dan"). */
    String committee() {
        return committee;
    }

    /** {@code padded} without the words that only place a list of units ("truc thuoc trung uong"). */
    String unplaced(String padded) {
        String k = padded;
        for (String p : placed) {
            k = k.replace(" " + p + " ", " ");
        }
        return k;
    }

    /** The highest level the unit words name, or null when none names one. */
    AdminLevel highestLevel(List<String> units) {
        AdminLevel highest = null;
        for (String u : units) {
            AdminLevel l = levels.get(u);
            if (l != null && (highest == null || l.compareTo(highest) > 0)) {
                highest = l;
            }
        }
        return highest;
    }

    /** The kind of collective {@code padded} opens with after {@code plural} ("departments"), or null. */
    String collective(String padded, String plural) {
        for (Map.Entry<String, String> c : collectives.entrySet()) {
            if (padded.startsWith(" " + plural + " " + c.getKey() + " ")) {
                return c.getValue();
            }
        }
        return null;
    }

    /** Whether {@code padded} names the localities beside a collective ("dia phuong"). */
    boolean addsLocalities(String padded) {
        return localities.stream().anyMatch(l -> padded.contains(" " + l + " "));
    }

    /** {@code key} (not padded) without the words that tie it to a unit at its end ("truc thuoc uy ban nhan dan"). */
    String withoutOwnOf(String key) {
        return ownOfAtEnd.matcher(key).replaceFirst("");
    }
}
