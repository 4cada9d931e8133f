package org.planlens.text.pdf;

import org.planlens.text.normalize.VietnameseSyllables;

/**
 * Whether a PDF page's text layer is readable text or garbage: glyph codes of a font without a Unicode map
 * come out as symbols, control characters or words that are no Vietnamese syllable. A garbage page is OCRed.
 */
public final class TextLayerCheck {
    /** A page with fewer visible characters than this has no usable text layer. */
    static final int MIN_PAGE_CHARS = 20;
    /** Share of visible characters that must be letters, digits or ordinary punctuation. */
    private static final double MIN_PLAIN_SHARE = 0.8;
    /** Share of letter words that must be syllables (or plain ASCII words: names, abbreviations, English). */
    private static final double MIN_WORD_SHARE = 0.5;

    private static final int MIN_WORDS_TO_JUDGE = 10;

    private final VietnameseSyllables syllables;

    public TextLayerCheck(VietnameseSyllables syllables) {
        this.syllables = syllables;
    }

    /** Too little text to judge: a blank page, a page number, a signature line. */
    public boolean nearlyEmpty(String page) {
        return page.codePoints().filter(c -> !Character.isWhitespace(c)).count() < MIN_PAGE_CHARS;
    }

    public boolean usable(String page) {
        int visible = 0;
        int plain = 0;
        for (int i = 0; i < page.length(); i++) {
            char c = page.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            visible++;
            if (Character.isLetterOrDigit(c) || ".,;:!?()[]/-–—\"'“”‘’%&+*=<>…§°#".indexOf(c) >= 0) {
                plain++;
            }
        }
        if (visible < MIN_PAGE_CHARS || plain < visible * MIN_PLAIN_SHARE) {
            return false;
        }
        int words = words(page, false, Double.POSITIVE_INFINITY);
        if (words < MIN_WORDS_TO_JUDGE) {
            return true;
        }
        // the words are looked up only until the share is reached: a page of text is judged in about half of them
        double needed = words * MIN_WORD_SHARE;
        return words(page, true, needed) >= needed;
    }

    /**
     * The words of the page, the runs of letters (code points of category L, as \p{L}) of two or more, in one
     * pass, no regex split; when {@code good}, only those that are syllables or plain ASCII. Counting stops at
     * {@code enough}.
     */
    private int words(String page, boolean good, double enough) {
        int count = 0;
        int i = 0;
        while (i < page.length()) {
            int c = page.codePointAt(i);
            if (!isLetter(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            boolean ascii = true;
            while (i < page.length()) {
                c = page.codePointAt(i);
                if (!isLetter(c)) {
                    break;
                }
                ascii &= c < 0x80;
                i += Character.charCount(c);
            }
            if (i - start < 2) {
                continue;
            }
            if (!good || ascii || syllables.isSyllable(page, start, i)) {
                count++;
                if (count >= enough) {
                    return count;
                }
            }
        }
        return count;
    }

    /** {@link Character#isLetter(int)}, answered without its table for ASCII, which most of a page is. */
    private static boolean isLetter(int c) {
        return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
    }
}
