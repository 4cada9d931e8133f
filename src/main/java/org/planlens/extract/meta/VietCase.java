package org.planlens.extract.meta;

import java.util.Locale;
import org.planlens.rules.LetterCase;

/** Letter-case repairs for names and titles printed in capitals in headers. */
public final class VietCase {
    static final Locale VI = Locale.forLanguageTag("vi");

    private VietCase() {}

    /** "ĐỊNH TÂN" to "Định Tân"; a word already in mixed case is kept. */
    public static String titleCase(String s) {
        StringBuilder out = new StringBuilder();
        for (String w : s.strip().split("\\s+")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(
                    isUpper(w) && w.length() > 1 ? w.charAt(0) + w.substring(1).toLowerCase(VI) : w);
        }
        return out.toString();
    }

    /** A subject line as it reads after a type word: capitals lowered, the first letter lowered. */
    public static String continuing(String s) {
        String t = s.strip();
        if (isUpper(t)) {
            return t.toLowerCase(VI);
        }
        if (t.isEmpty()) {
            return t;
        }
        String first = t.split("\\s+", 2)[0];
        boolean acronym = first.length() > 1 && isUpper(first);
        return acronym ? t : Character.toLowerCase(t.charAt(0)) + t.substring(1);
    }

    /** True when the text has letters and none of them is lower case. */
    public static boolean isUpper(String s) {
        return LetterCase.capitals(s);
    }
}
