package org.planlens.rules;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Accent- and case-folding for matching, as GOLD.md normalises: lower case, {@code đ} to {@code d}, diacritics
 * removed. Folding keeps the string's length (one char in, one char out for Vietnamese NFC text), so offsets
 * found in folded text hold in the original.
 */
public final class Fold {
    private Fold() {
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
