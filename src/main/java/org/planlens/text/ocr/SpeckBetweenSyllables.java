package org.planlens.text.ocr;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planlens.text.normalize.VietnameseSyllables;

/**
 * A speck read as a dot or colon between two words ({@code Yêu.cầu}, {@code Nhà:nước}, {@code VỤ.CẢI}), or as a
 * hyphen after a capitalised word ({@code Các-cơ quan}), becomes
 * the space it stands in: a heading is cut at its first dot, so one speck loses the rest of it. Only between two
 * Vietnamese syllables of the same case: {@code thuvienphapluat.vn}, {@code 9001:2015} and a sentence run on
 * without a space ({@code này.Trong}) stay as they are.
 */
final class SpeckBetweenSyllables {
    private static final Pattern GLUED =
            Pattern.compile("(?<![\\p{L}\\p{N}./@])(\\p{L}+)([.:-])(\\p{L}+)(?![\\p{L}\\p{N}./@])");

    private final VietnameseSyllables syllables;

    SpeckBetweenSyllables(VietnameseSyllables syllables) {
        this.syllables = syllables;
    }

    String repair(String text) {
        Matcher m = GLUED.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String left = m.group(1);
            String right = m.group(3);
            boolean sameCase = isUpper(left) == isUpper(right) && (isUpper(left) || isLower(right));
            if (m.group(2).equals("-")) {
                // a hyphen joins words of one case ("kinh tế-xã hội", "Tài chính-Kế toán"), never a capitalised
                // word to a lower-case one ("Các-cơ quan")
                sameCase = isCapitalised(left) && isLower(right);
            }
            String replacement = sameCase && syllables.isSyllable(left) && syllables.isSyllable(right)
                    ? left + " " + right
                    : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean isUpper(String w) {
        return w.length() > 1 && w.chars().noneMatch(Character::isLowerCase);
    }

    private static boolean isCapitalised(String w) {
        return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && isLower(w.substring(1));
    }

    private static boolean isLower(String w) {
        return w.chars().noneMatch(Character::isUpperCase);
    }
}
