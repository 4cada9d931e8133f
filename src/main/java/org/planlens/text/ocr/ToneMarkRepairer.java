package org.planlens.text.ocr;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planlens.text.normalize.VietnameseSyllables;

/**
 * A lower-case word OCR read with a diacritic lost or changed ({@code quạn}, {@code cai}, {@code thưc}) that real
 * plans never use, where a word with the same letters is common in them ({@code quan}, {@code cải}, {@code thực}):
 * the common word. Blur and speckle eat the small marks first. A word seen in plans, a capitalised word (a name)
 * or one without a common twin stays as read.
 */
final class ToneMarkRepairer {
    /** A twin must be this common in the plans the syllable list was counted on to replace a word. */
    private static final int MIN_TWIN_COUNT = 10;

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private final VietnameseSyllables syllables;
    private final Map<String, String> commonestByLetters = new HashMap<>();

    ToneMarkRepairer(VietnameseSyllables syllables) {
        this.syllables = syllables;
        Map<String, Integer> best = new HashMap<>();
        syllables.attested().forEach((w, c) -> {
            String letters = letters(w);
            if (c >= MIN_TWIN_COUNT && c > best.getOrDefault(letters, 0)) {
                best.put(letters, c);
                commonestByLetters.put(letters, w);
            }
        });
    }

    String repair(String text) {
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String w = m.group();
            String twin = w.chars().allMatch(Character::isLowerCase) && syllables.count(w) == 0
                    ? commonestByLetters.get(letters(w))
                    : null;
            m.appendReplacement(out, Matcher.quoteReplacement(twin == null ? w : twin));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The word's letters without their marks; đ kept, as OCR does not lose its bar. */
    static String letters(String w) {
        String d = Normalizer.normalize(w.replace('đ', '\u0001'), Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                b.append(c);
            }
        }
        return b.toString().replace('\u0001', 'đ');
    }
}
