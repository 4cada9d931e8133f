package org.planlens.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The kinds of number plans print before a part, a section, a list item or a table row, read once from
 * {@code models/numbering.tsv}. A place that reads numbers writes its own pattern around the kinds it accepts,
 * naming them as {@code $KIND} ({@code "^($ROMAN)\\s*[.)]\\s+(\\S.*)$"}); {@link #compile} puts each kind in.
 *
 * <table>
 *   <caption>Columns of numbering.tsv</caption>
 *   <tr><th>column</th><th>meaning</th></tr>
 *   <tr><td>kind</td><td>the name a pattern uses, in capitals ({@code ROMAN}, {@code LETTER})</td></tr>
 *   <tr><td>pattern</td><td>a Java regex without capturing groups</td></tr>
 *   <tr><td>note</td><td>what the kind is for, with a printed example</td></tr>
 * </table>
 */
public final class NumberingGrammar {
    private static final String FILE = "numbering.tsv";
    private final Map<String, String> kinds = new LinkedHashMap<>();

    public NumberingGrammar(ModelData models) {
        for (String[] row : models.tsv(FILE)) {
            if (row.length < 2 || !row[0].matches("[A-Z][A-Z0-9_]*") || row[1].isEmpty()) {
                throw new IllegalArgumentException(
                        "models/" + FILE + ": expected 'KIND<TAB>pattern<TAB>note': " + String.join("\t", row));
            }
            kinds.put(row[0], "(?:" + row[1] + ")");
        }
    }

    /** The grammar packaged with planlens, read once. */
    public static NumberingGrammar packaged() {
        return Packaged.GRAMMAR;
    }

    /** A hash of the kinds, for keys of what was made with them (the text cache: the line joiner reads numbers). */
    public String fingerprint() {
        return Integer.toHexString(kinds.toString().hashCode());
    }

    /** {@code regex} with each {@code $KIND} replaced by that kind's pattern, compiled. */
    public Pattern compile(String regex) {
        String expanded = RegexMacros.expand(regex, kinds, FILE);
        try {
            return Pattern.compile(expanded);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(
                    "models/" + FILE + ": a kind does not fit in " + regex + ": " + e.getDescription(), e);
        }
    }

    private static final class Packaged {
        static final NumberingGrammar GRAMMAR = new NumberingGrammar(ModelData.packaged());
    }
}
