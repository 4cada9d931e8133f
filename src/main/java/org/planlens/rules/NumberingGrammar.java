package org.planlens.rules;

import java.util.regex.Pattern;

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
    static final String FILE = "numbering.tsv";
    private final NamedWords kinds;

    public NumberingGrammar(ModelData models) {
        this.kinds = new NamedWords(models, FILE);
    }

    /** The grammar packaged with planlens, read once. */
    public static NumberingGrammar packaged() {
        return Packaged.GRAMMAR;
    }

    /** A hash of the kinds, for keys of what was made with them (the text cache: the line joiner reads numbers). */
    public String fingerprint() {
        return kinds.fingerprint();
    }

    /** {@code regex} with each {@code $KIND} replaced by that kind's pattern, compiled (case-sensitive). */
    public Pattern compile(String regex) {
        return compile(regex, 0);
    }

    /** As {@link #compile(String)}, with {@code flags} ({@link Pattern#CASE_INSENSITIVE}, ...). */
    public Pattern compile(String regex, int flags) {
        return kinds.compile(regex, flags);
    }

    private static final class Packaged {
        static final NumberingGrammar GRAMMAR = new NumberingGrammar(ModelData.packaged());
    }
}
