package org.planlens.rules;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Accent- and case-folding for matching, as GOLD.md normalises: lower case, {@code đ} to {@code d}, diacritics
 * removed. Folding keeps the string's length (one char in, one char out for Vietnamese NFC text), so offsets
 * found in folded text hold in the original.
 */
public final class Fold {
    /**
     * The folds of Latin-1 to Latin Extended-B and of Latin Extended Additional (where Vietnamese letters live),
     * worked out once: decomposing a character for every character folded was most of the cost of folding.
     */
    private static final char[] LATIN = table(0x80, 0x250);

    private static final char[] VIETNAMESE = table(0x1E00, 0x1F00);

    private Fold() {}

    private static char[] table(int from, int to) {
        char[] t = new char[to - from];
        for (int c = from; c < to; c++) {
            t[c - from] = decomposedFold((char) c);
        }
        return t;
    }

    public static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            out.append(foldChar(s.charAt(i)));
        }
        return out.toString();
    }

    public static char foldChar(char c) {
        if (c < 0x80) {
            return Character.toLowerCase(c);
        }
        if (c < 0x250) {
            return LATIN[c - 0x80];
        }
        if (c >= 0x1E00 && c < 0x1F00) {
            return VIETNAMESE[c - 0x1E00];
        }
        return decomposedFold(c);
    }

    private static char decomposedFold(char c) {
        if (c == 'đ' || c == 'Đ') {
            return 'd';
        }
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = d.charAt(0);
        return base < 0x80 || d.length() > 1 ? Character.toLowerCase(base) : Character.toLowerCase(c);
    }

    /** Folded, with punctuation other than {@code /} and {@code -} made spaces and runs of space made one. */
    public static String key(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = foldChar(s.charAt(i));
            if (c == '–' || c == '—') {
                c = '-';
            }
            if (Character.isLetterOrDigit(c) || c == '/' || c == '-') {
                out.append(c);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        return out.substring(0, end).toLowerCase(Locale.ROOT);
    }
}
