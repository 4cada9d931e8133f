package org.planlens.extract.meta;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.planlens.rules.ModelData;
import org.planlens.rules.NumberingGrammar;

/**
 * Named regular expressions read from a TSV file of {@code models/}.
 *
 * <table>
 *   <caption>Columns</caption>
 *   <tr><th>field</th><th>meaning</th></tr>
 *   <tr><td>name</td><td>what the extractor asks for</td></tr>
 *   <tr><td>regex</td>
 *       <td>Java regex, compiled case-insensitive and Unicode-aware; named groups carry the parts; a number's kind
 *       is named as in the numbering grammar ({@code $ROMAN}, {@code $LETTER}: {@link NumberingGrammar})</td></tr>
 * </table>
 */
public final class NamedPatterns {
    private final String file;
    private final Map<String, Pattern> patterns = new HashMap<>();

    public NamedPatterns(ModelData models, String file) {
        this.file = file;
        for (String[] row : models.tsv(file)) {
            if (row.length < 2 || row[1].isEmpty()) {
                throw new IllegalArgumentException(
                        "models/" + file + ": row needs a name and a regex: " + String.join("\t", row));
            }
            try {
                patterns.put(
                        row[0],
                        NumberingGrammar.packaged()
                                .compile(
                                        row[1],
                                        Pattern.CASE_INSENSITIVE
                                                | Pattern.UNICODE_CASE
                                                | Pattern.UNICODE_CHARACTER_CLASS));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "models/" + file + ": bad regex for " + row[0] + ": " + e.getMessage(), e);
            }
        }
    }

    public Pattern get(String name) {
        Pattern p = patterns.get(name);
        if (p == null) {
            throw new IllegalStateException("models/" + file + " has no pattern named " + name);
        }
        return p;
    }
}
