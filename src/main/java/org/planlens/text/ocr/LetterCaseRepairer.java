package org.planlens.text.ocr;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planlens.rules.LetterCase;
import org.planlens.text.normalize.VietnameseSyllables;

/**
 * Letters OCR read in the wrong case: a capital inside a lower-case Vietnamese word ({@code thÀnh}, {@code cƠ}),
 * where Tesseract takes a letter with a large diacritic for a capital, and a short word read all in capitals at the
 * start of a lower-case phrase ({@code CƠ quan}, {@code SỞ Tư pháp}): the word in the case its phrase gives it.
 * Only a word whose letters make a Vietnamese syllable seen in plans is changed, so abbreviations ({@code UBND tỉnh}),
 * Roman numerals ({@code Mục VI các}), names with inner capitals and all-capital headings stay as read.
 */
final class LetterCaseRepairer {
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}&./-])\\p{L}+(?![\\p{L}\\p{N}&./-])");
    /** Between two words, what starts a new phrase: a line break or a sentence's end. */
    private static final Pattern PHRASE_END = Pattern.compile("[\n.:;!?]");

    private static final Pattern ROMAN = Pattern.compile("[IVXLCDM]+");
    /** A word read all in capitals is at most this long: longer ones are headings' words or abbreviations. */
    private static final int MAX_CAPITALS = 3;
    /** A word is mended only to one this common in the plans the syllable list was counted on. */
    private static final int MIN_COUNT = 10;

    private final VietnameseSyllables syllables;

    LetterCaseRepairer(VietnameseSyllables syllables) {
        this.syllables = syllables;
    }

    String repair(String text) {
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int previousEnd = -1;
        String previous = null;
        while (m.find()) {
            String w = m.group();
            String mended = w;
            boolean phraseStart = previous == null
                    || PHRASE_END.matcher(text).region(previousEnd, m.start()).find();
            if (hasInnerCapital(w)) {
                mended = inPhraseCase(w, phraseStart, previous);
            } else if (isCapitals(w) && hasMarkedVowel(w) && !ROMAN.matcher(w).matches()) {
                String next = nextWord(text, m.end());
                if (next != null && isLower(next) && (phraseStart || !LetterCase.capitals(previous))) {
                    mended = inPhraseCase(w, phraseStart, previous);
                }
            }
            // a capital inside a word is no spelling of any word; a word all in capitals may be an abbreviation, so
            // it is changed only to a common word
            int needed = hasInnerCapital(w) ? 1 : MIN_COUNT;
            if (!mended.equals(w) && syllables.count(mended.toLowerCase(Locale.ROOT)) < needed) {
                mended = w;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(mended));
            previous = w;
            previousEnd = m.end();
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * {@code w} with a capital first letter only, or all in lower case inside a lower-case phrase: the case its
     * place in the phrase gives it.
     */
    private static String inPhraseCase(String w, boolean phraseStart, String previous) {
        String capitalised = w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT);
        return !phraseStart && isLower(previous) ? capitalised.toLowerCase(Locale.ROOT) : capitalised;
    }

    /**
     * A vowel with a mark ({@code Ơ}, {@code Ã}, {@code Ó}): Tesseract takes such a letter for a capital, while
     * abbreviations ({@code CP}, {@code ISO}, {@code BCĐ}) are written without them.
     */
    private static boolean hasMarkedVowel(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c != 'Đ'
                    && c != 'đ'
                    && Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)
                                    .length()
                            > 1) {
                return true;
            }
        }
        return false;
    }

    /** A capital after a lower-case letter: {@code thÀnh}, {@code cƠ}, {@code ThÀnh}. */
    private static boolean hasInnerCapital(String w) {
        for (int i = 1; i < w.length(); i++) {
            if (Character.isUpperCase(w.charAt(i)) && Character.isLowerCase(w.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCapitals(String w) {
        return w != null
                && w.length() >= 2
                && w.length() <= MAX_CAPITALS
                && w.chars().allMatch(Character::isUpperCase);
    }

    private static boolean isLower(String w) {
        return w.chars().allMatch(Character::isLowerCase);
    }

    /** The word after {@code from} on the same line, past spaces only; null when none. */
    private static String nextWord(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        int start = i;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i > start ? text.substring(start, i) : null;
    }
}
