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
 * The word lists agencies are read with, loaded once: {@code agency-kinds.tsv} (head noun, note; a note starting
 * "post" marks a post that needs a name after it), {@code person-titles.tsv} (post), {@code role-cues.tsv} (cue,
 * role, subject|object) and {@code agency-scope.tsv} (kind, words). Phrases are kept in lower case
 * (accents kept) and matched as whole words.
 */
public final class AgencyLexicon {
    /** A cue word and what it gives to whom. */
    public record Cue(String phrase, Role role, boolean object, String unlessAfter) {}

    /** A head noun as printed, its words (tokenised once), and whether it needs a name after it. */
    public record Head(String printed, boolean needsName, List<String> words) {
        public Head {
            words = List.copyOf(words);
        }

        Head(String printed, boolean needsName) {
            this(
                    printed,
                    needsName,
                    Tokens.of(printed, 0).stream().map(Tokens.Token::text).toList());
        }
    }

    private final List<Head> heads = new ArrayList<>();
    private final List<String> titles = new ArrayList<>();
    private final List<Cue> cues = new ArrayList<>();
    private final Map<String, Set<String>> scope = new HashMap<>();
    // phrase lists indexed by their first word: matching runs at every token of every clause
    private final Map<String, List<Head>> headsByFirst;
    private final Map<String, List<String>> titlesByFirst;
    private final Map<String, List<Cue>> cuesByFirst;
    private final Map<String, Map<String, List<String>>> scopeByFirst = new HashMap<>();

    public AgencyLexicon(ModelData models) {
        for (String[] row : models.tsv("agency-kinds.tsv")) {
            heads.add(new Head(row[0], row.length > 1 && row[1].startsWith("post")));
        }
        heads.sort(Comparator.comparingInt((Head h) -> h.printed().length()).reversed());
        for (String[] row : models.tsv("person-titles.tsv")) {
            titles.add(Tokens.lower(row[0]));
        }
        titles.sort(Comparator.comparingInt(String::length).reversed());
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
        titlesByFirst = byFirstWord(titles, t -> t);
        cuesByFirst = byFirstWord(cues, Cue::phrase);
        scope.forEach((kind, phrases) -> scopeByFirst.put(kind, byFirstWord(new ArrayList<>(phrases), p -> p)));
    }

    public List<Head> heads() {
        return heads;
    }

    /** The heads whose first word is the lower-cased {@code word}, longest first. */
    public List<Head> headsStartingWith(String word) {
        return headsByFirst.getOrDefault(word, List.of());
    }

    /** The titles whose first word is {@code word}, longest first. */
    public List<String> titlesStartingWith(String word) {
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

    /** Lower-cased phrases of one kind of {@code agency-scope.tsv} ("stop", "relevance", "scope", "member", ...). */
    public Set<String> words(String kind) {
        return scope.getOrDefault(kind, Set.of());
    }
}
