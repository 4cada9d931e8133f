package org.planlens.rules;

/**
 * Whether text is printed in capitals, as plans print their titles, part headings, table group rows and header
 * cells ("KẾ HOẠCH", "I. MỤC ĐÍCH, YÊU CẦU"): the one test every reader of capitals uses.
 */
public final class LetterCase {
    private LetterCase() {}

    /** Whether {@code s} has a letter and none of its letters is lower case. */
    public static boolean capitals(CharSequence s) {
        return capitals(s, 1);
    }

    /** Whether {@code s} has at least {@code minLetters} letters and none of them is lower case. */
    public static boolean capitals(CharSequence s, int minLetters) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= minLetters;
    }
}
