package org.planlens.index;

import java.io.IOException;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lucene's LowerCaseFilter, then (when folding) its ASCIIFoldingFilter, in one step through a table of what the two
 * make of each char: most Vietnamese words hold a char outside ASCII, and the two filters walk every such token
 * twice, per code point. The table is built from the two filters' own
 * functions; a token with a char they turn into more than one (æ, ß), a char beyond the tables, or a surrogate
 * pair, goes through those functions themselves. Same terms as the two filters, token for token.
 */
final class LowerCaseFoldFilter extends TokenFilter {
    /**
     * The tables cover the chars below U+1F00 (Latin with Vietnamese's Latin Extended Additional, combining marks,
     * Greek, Cyrillic): building them for all 65,536 chars would slow the start-up for chars plan text hardly
     * holds. A char above goes through the filters' own functions.
     */
    private static final int RANGE = 0x1F00;
    /** Each char lower-cased; 0 where that takes more than one char (or the char is a surrogate or NUL). */
    private static final char[] LOWER = new char[RANGE];
    /** Each char lower-cased, then folded to ASCII; 0 where either takes more than one char. */
    private static final char[] LOWER_FOLDED = new char[RANGE];

    static {
        char[] out = new char[8];
        for (int c = 1; c < RANGE; c++) {
            int lower = Character.toLowerCase(c);
            if (Character.isSurrogate((char) c) || lower > Character.MAX_VALUE || lower == 0) {
                continue;
            }
            LOWER[c] = (char) lower;
            if (ASCIIFoldingFilter.foldToASCII(new char[] {(char) lower}, 0, out, 0, 1) == 1 && out[0] != 0) {
                LOWER_FOLDED[c] = out[0];
            }
        }
    }

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final char[] table;
    private final boolean fold;

    LowerCaseFoldFilter(TokenStream input, boolean fold) {
        super(input);
        this.fold = fold;
        this.table = fold ? LOWER_FOLDED : LOWER;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = termAtt.buffer();
        int length = termAtt.length();
        for (int i = 0; i < length; i++) {
            if (buffer[i] >= RANGE || table[buffer[i]] == 0) {
                slowPath(buffer, length);
                return true;
            }
        }
        for (int i = 0; i < length; i++) {
            buffer[i] = table[buffer[i]];
        }
        return true;
    }

    /** The two filters' own steps, for a token the table cannot map char for char. */
    private void slowPath(char[] buffer, int length) {
        CharacterUtils.toLowerCase(buffer, 0, length);
        if (!fold) {
            return;
        }
        for (int i = 0; i < length; i++) {
            if (buffer[i] >= '\u0080') {
                char[] output = new char[4 * length];
                int end = ASCIIFoldingFilter.foldToASCII(buffer, 0, output, 0, length);
                termAtt.copyBuffer(output, 0, end);
                return;
            }
        }
    }
}
