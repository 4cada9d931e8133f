package org.planlens.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
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
    private static final Pattern KIND_REF = Pattern.compile("\\$([A-Z][A-Z0-9_]*)");
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

    /** {@code regex} with each {@code $KIND} replaced by that kind's pattern, compiled. */
    public Pattern compile(String regex) {
        Matcher m = KIND_REF.matcher(regex);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String kind = kinds.get(m.group(1));
            if (kind == null) {
                throw new IllegalArgumentException("models/" + FILE + ": no kind named " + m.group(1));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(kind));
        }
        m.appendTail(out);
        try {
            return Pattern.compile(out.toString());
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(
                    "models/" + FILE + ": a kind does not fit in " + regex + ": " + e.getDescription(), e);
        }
    }

    private static final class Packaged {
        static final NumberingGrammar GRAMMAR = new NumberingGrammar(ModelData.packaged());
    }
}
