package org.planlens.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Words and short phrases of a TSV file of {@code models/} that Java patterns name as {@code $NAME}
 * ({@code "^$NUMBER\\s*:?"}): the pattern's shape stays in Java, the words in the file. The numbering grammar
 * ({@link NumberingGrammar}) is one such file.
 *
 * <table>
 *   <caption>Columns</caption>
 *   <tr><th>column</th><th>meaning</th></tr>
 *   <tr><td>name</td><td>the name a pattern uses, in capitals ({@code DAY}, {@code SIGNED})</td></tr>
 *   <tr><td>regex</td><td>a Java regex without capturing groups</td></tr>
 *   <tr><td>note</td><td>what the word is, with a printed example</td></tr>
 * </table>
 */
public final class NamedWords {
    private final String file;
    private final Map<String, String> words = new LinkedHashMap<>();

    public NamedWords(ModelData models, String file) {
        this.file = file;
        for (String[] row : models.tsv(file)) {
            if (row.length < 2 || !row[0].matches("[A-Z][A-Z0-9_]*") || row[1].isEmpty()) {
                throw new IllegalArgumentException(
                        "models/" + file + ": expected 'NAME<TAB>regex<TAB>note': " + String.join("\t", row));
            }
            words.put(row[0], "(?:" + row[1] + ")");
        }
    }

    /** A hash of the names and their regexes, for keys of what was made with them. */
    public String fingerprint() {
        return Integer.toHexString(words.toString().hashCode());
    }

    /** {@code regex} with each {@code $NAME} replaced by its words, compiled with {@code flags}. */
    public Pattern compile(String regex, int flags) {
        String expanded = RegexMacros.expand(regex, words, file);
        try {
            return Pattern.compile(expanded, flags);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(
                    "models/" + file + ": a name does not fit in " + regex + ": " + e.getDescription(), e);
        }
    }
}
