package org.planlens.extract.patterns;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The places where a rule can start a match, for a rule that opens with a gazetteer phrase (a word start, not after
 * a letter, that begins in any case with the first word of one of the phrases) or with a digit. {@code
 * java.util.regex} tries a find at every position of the text and walks the rule's first nodes there; on a plan
 * most of a rule's scan time went there. A plain loop over the text stops only at these candidates and tries the
 * rule there with {@code lookingAt}, bounds transparent, so look-behinds see the text before as in a find. Same
 * matches as {@link Matcher#find}, for a rule whose every match starts so ({@code RuleStartsTest} compares the
 * two with the rules of {@code models/}).
 */
public final class RuleStarts {
    /**
     * First letters, a bit per char: each phrase's first letter and every char Java's case-insensitive Unicode
     * matching takes for it (those whose upper case's lower case is the letter's).
     */
    private final long[] letters;

    /** The phrases' first words, each char folded as Java's case-insensitive Unicode matching folds it. */
    private final char[][] firstWords;
    /** A rule opening with a digit: every digit is a candidate. */
    private final boolean digits;

    private RuleStarts() {
        this.letters = new long[0];
        this.firstWords = new char[0][];
        this.digits = true;
    }

    private RuleStarts(Set<Integer> folded, CharSequence firsts, Set<String> firstWords) {
        this.firstWords = firstWords.stream().map(String::toCharArray).toArray(char[][]::new);
        this.digits = false;
        this.letters = new long[(Character.MAX_VALUE + 1) / 64];
        firsts.chars().forEach(this::mark);
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (folded.contains((int) fold((char) c))) {
                mark(c);
            }
        }
    }

    /** The starts of a rule that opens with a digit ({@code (?=\d)}). */
    public static RuleStarts digits() {
        return new RuleStarts();
    }

    /** The starts of a rule that opens with one of these phrases, any case, not after a letter. */
    public static RuleStarts phrases(Iterable<String> phrases) {
        StringBuilder firsts = new StringBuilder();
        Set<Integer> folded = new HashSet<>();
        Set<String> firstWords = new HashSet<>();
        for (String phrase : phrases) {
            String p = phrase.strip();
            if (!p.isEmpty()) {
                firsts.append(p.charAt(0));
                folded.add((int) Character.toLowerCase(Character.toUpperCase(p.charAt(0))));
                StringBuilder word = new StringBuilder();
                p.split("\\s+")[0].chars().forEach(c -> word.append(fold((char) c)));
                firstWords.add(word.toString());
            }
        }
        return new RuleStarts(folded, firsts, firstWords);
    }

    /**
     * Moves {@code m} to the first match starting at or after {@code from}, as {@code m.find(from)} would for such
     * a rule; false when there is none.
     */
    public boolean find(Matcher m, CharSequence text, int from) {
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        int length = text.length();
        for (int i = Math.max(0, from); i < length; i++) {
            if (!mayStart(text, i)) {
                continue;
            }
            m.region(i, length);
            if (m.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A filter only, never stricter than the rule: the char before is tested alone, as the rules' one-char
     * look-behind does (a letter outside the BMP before a phrase does not stop a match).
     */
    private boolean mayStart(CharSequence text, int i) {
        char c = text.charAt(i);
        if (digits) {
            return Character.isDigit(c);
        }
        return (letters[c >>> 6] & (1L << c)) != 0
                && (i == 0 || !Character.isLetter(text.charAt(i - 1))) && opensFirstWord(text, i);
    }

    /** Whether the text at {@code i} begins, in any case, with one of the phrases' first words. */
    private boolean opensFirstWord(CharSequence text, int i) {
        for (char[] word : firstWords) {
            if (i + word.length > text.length()) {
                continue;
            }
            int k = 0;
            while (k < word.length && fold(text.charAt(i + k)) == word[k]) {
                k++;
            }
            if (k == word.length) {
                return true;
            }
        }
        return false;
    }

    private static char fold(char c) {
        return Folds.TABLE[c];
    }

    /** Each char's upper case's lower case, read from a table: Character's case lookups cost most of the scan. */
    private static final class Folds {
        static final char[] TABLE = new char[Character.MAX_VALUE + 1];

        static {
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                TABLE[c] = Character.toLowerCase(Character.toUpperCase((char) c));
            }
        }
    }

    private void mark(int c) {
        letters[c >>> 6] |= 1L << c;
    }
}
