package org.planlens.extract.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.planlens.rules.Spellings;

/** A text cut into words and single signs, with offsets and lower-cased forms (accents kept). */
public final class Tokens {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** The old and new places of a tone mark made one ("Uỷ ban", "Ủy ban"): models/spellings.tsv, from the build. */
    private static final Spellings SPELLINGS = Spellings.packaged();

    /** One word or sign: as printed, lower-cased, and where it is. */
    public record Token(String text, String lower, int start, int end) {
        public boolean isWord() {
            return Character.isLetterOrDigit(text.charAt(0));
        }

        public boolean capitalised() {
            return Character.isUpperCase(text.charAt(0));
        }

        public boolean allCaps() {
            return text.length() > 1 && text.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        }
    }

    private Tokens() {}

    public static List<Token> of(String text, int base) {
        // words (letters, marks, digits) and single signs, scanned by hand: a Unicode-class regex here was the
        // extractors' hot spot
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int c = text.codePointAt(i);
            if (Character.isWhitespace(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            i += Character.charCount(c);
            if (isWordChar(c)) {
                while (i < n) {
                    int next = text.codePointAt(i);
                    if (!isWordChar(next)) {
                        break;
                    }
                    i += Character.charCount(next);
                }
            }
            String word = text.substring(start, i);
            // no white space inside a token: only the case and the spellings (models/spellings.tsv) to settle
            out.add(new Token(word, lowerNoSpace(word), base + start, base + i));
        }
        return out;
    }

    /** Letters, digits, marks and other numbers: one look-up of the char's category. */
    private static boolean isWordChar(int c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER,
                    Character.LOWERCASE_LETTER,
                    Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER,
                    Character.DECIMAL_DIGIT_NUMBER,
                    Character.NON_SPACING_MARK,
                    Character.COMBINING_SPACING_MARK,
                    Character.ENCLOSING_MARK,
                    Character.LETTER_NUMBER,
                    Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** Lower case, accents kept: "Tài" and "tại" are different words. */
    public static String lower(String s) {
        String l = lowerNoSpace(s);
        for (int i = 0; i < l.length(); i++) {
            if (Character.isWhitespace(l.charAt(i))) {
                return WHITESPACE.matcher(l).replaceAll(" ").strip();
            }
        }
        return l;
    }

    private static String lowerNoSpace(String s) {
        return SPELLINGS.settle(s.toLowerCase(Locale.ROOT));
    }

    /**
     * The words of {@code s}, {@link #lower lower-cased}, one space between them, nothing else: every run of
     * characters that are neither letters nor numbers is one space. A plain loop, as this runs on every clause.
     */
    public static String lowerWords(String s) {
        String l = lower(s);
        StringBuilder out = new StringBuilder(l.length());
        boolean gap = false;
        for (int i = 0; i < l.length(); ) {
            int c = l.codePointAt(i);
            i += Character.charCount(c);
            if (isWordOfLowerWords(c)) {
                if (gap && !out.isEmpty()) {
                    out.append(' ');
                }
                out.appendCodePoint(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    /** The last word {@link #lowerWords} gives for {@code s} ("" when none), without lower-casing all of it. */
    public static String lastLowerWord(String s) {
        int end = s.length();
        while (end > 0 && !isWordOfLowerWords(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        int start = end;
        while (start > 0 && isWordOfLowerWords(s.codePointBefore(start))) {
            start -= Character.charCount(s.codePointBefore(start));
        }
        return lower(s.substring(start, end));
    }

    private static boolean isWordOfLowerWords(int c) {
        return Character.isLetter(c) || isNumber(c);
    }

    private static boolean isNumber(int c) {
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    /** How many tokens from {@code i} spell the lower-cased phrase (words separated by spaces), or 0. */
    public static int matchLower(List<Token> tokens, int i, String phrase) {
        // walks the phrase in place: this runs for every token against every cue word of the lexicon
        int words = 0;
        int from = 0;
        int n = phrase.length();
        while (from <= n) {
            int space = phrase.indexOf(' ', from);
            int to = space < 0 ? n : space;
            if (i + words >= tokens.size()) {
                return 0;
            }
            String lower = tokens.get(i + words).lower();
            if (lower.length() != to - from || !phrase.regionMatches(from, lower, 0, to - from)) {
                return 0;
            }
            words++;
            if (space < 0) {
                break;
            }
            from = space + 1;
        }
        return words;
    }

    /** How many tokens from {@code i} spell the phrase's words exactly as printed, or 0. */
    public static int matchPrinted(List<Token> tokens, int i, List<String> words, boolean ignoreCase) {
        if (i + words.size() > tokens.size()) {
            return 0;
        }
        for (int k = 0; k < words.size(); k++) {
            String t = tokens.get(i + k).text();
            if (ignoreCase ? !t.equalsIgnoreCase(words.get(k)) : !t.equals(words.get(k))) {
                return 0;
            }
        }
        return words.size();
    }
}
