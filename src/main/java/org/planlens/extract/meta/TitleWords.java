package org.planlens.extract.meta;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.planlens.rules.Fold;
import org.planlens.rules.ModelData;

/**
 * The words of {@code models/title-words.tsv}: what a title writes out ("về việc"), the verb a decision's title
 * issues with ("ban hành"), the mark of a bare "Điều 1." line, the linking words a subject goes on after, and what a
 * type line may add to its kind without naming a subject.
 *
 * <table>
 *   <caption>Columns</caption>
 *   <tr><th>column</th><th>meaning</th></tr>
 *   <tr><td>name</td><td>about, issues, articleone, linking or bare; each once</td></tr>
 *   <tr><td>words</td><td>the words as written (linking: words separated by spaces, matched folded)</td></tr>
 *   <tr><td>note</td><td>what they are for</td></tr>
 * </table>
 */
public final class TitleWords {
    static final String FILE = "title-words.tsv";
    private static final List<String> NAMES = List.of("about", "issues", "articleone", "linking", "bare");

    private final Map<String, String> words = new HashMap<>();
    private final Set<String> linking;
    private final Set<String> bare;

    public TitleWords(ModelData models) {
        for (String[] row : models.tsv(FILE)) {
            if (row.length < 2 || row[1].isEmpty() || !NAMES.contains(row[0]) || words.containsKey(row[0])) {
                throw new IllegalArgumentException("models/" + FILE + ": expected one row of each of " + NAMES
                        + " with its words: " + String.join("\t", row));
            }
            words.put(row[0], row[1]);
        }
        if (!words.keySet().containsAll(NAMES)) {
            throw new IllegalArgumentException("models/" + FILE + ": needs a row of each of " + NAMES);
        }
        this.linking = Set.of(words.get("linking").split("\\s+")).stream()
                .map(Fold::key)
                .collect(Collectors.toUnmodifiableSet());
        this.bare =
                Set.of(words.get("bare").split(";")).stream().map(Fold::key).collect(Collectors.toUnmodifiableSet());
    }

    /** What "V/v" before a subject is written out as, with its space ("về việc "). */
    public String about() {
        return words.get("about") + " ";
    }

    /** The verb between a decision's kind and what it issues ("ban hành"). */
    public String issues() {
        return words.get("issues");
    }

    /** The mark a bare "Điều 1." line is read as, before the text of the line under it ("Điều 1."). */
    public String articleOne() {
        return words.get("articleone");
    }

    /** Whether {@code words} add to a kind without naming a subject ("HÀNH ĐỘNG" of "KẾ HOẠCH HÀNH ĐỘNG"). */
    public boolean bare(String words) {
        return bare.contains(Fold.key(words));
    }

    /** Whether {@code word} is a linking word a subject goes on after ("của", "Đến"). */
    public boolean links(String word) {
        return linking.contains(Fold.key(word));
    }
}
