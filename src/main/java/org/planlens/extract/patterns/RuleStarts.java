package org.planlens.extract.patterns;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The places where a rule can start a match: for a rule that opens with a gazetteer phrase, a word start (not after
 * a letter) that begins in any case with the first word of one of the phrases; for a rule that opens with a digit,
 * a digit; for a rule that opens with one of a few characters, those (and the chars it declares after them, and
 * white space before them when it allows it); for a rule that opens with a line start, line starts.
 * {@code java.util.regex} tries a find at every
 * position of the text and walks the rule's first nodes there; on a plan most of a rule's scan time went there. A
 * plain loop over the text stops only at these candidates and tries the rule there with {@code lookingAt}, bounds
 * transparent, so look-behinds see the text before as in a find. Same matches as {@link Matcher#find}, for a rule
 * whose every match starts so ({@code RuleStartsTest} compares the two with the rules of {@code models/}).
 */
public final class RuleStarts {
    /** The chars a match can start with, a bit per char. */
    private final long[] first = new long[(Character.MAX_VALUE + 1) / 64];
    /**
     * For a phrase rule, the phrases' first words, each char folded as Java's case-insensitive Unicode matching
     * folds it; null for a rule opening with a char of {@link #first}.
     */
    private final char[][] firstWords;
    /**
     * Whether the rule's look-ahead lets white space come before its first char ({@code (?=\s*+[cđ])}): a run of
     * white space that ends at one of the chars is then a run of starts.
     */
    private final boolean spaceFirst;
    /** The chars the look-ahead declares after the first ({@code (?=[cđ][ộ])}), a bit per char for each. */
    private final long[][] next;
    /** Whether the rule opens with a line start ({@code (?m)^}): it is tried only at the starts of lines. */
    private final boolean lineStart;

    private RuleStarts(IntPredicate starts, char[][] firstWords) {
        this(starts, firstWords, false, List.of(), false);
    }

    private RuleStarts(
            IntPredicate starts, char[][] firstWords, boolean spaceFirst, List<IntPredicate> next, boolean lineStart) {
        this.firstWords = firstWords;
        this.spaceFirst = spaceFirst;
        this.lineStart = lineStart;
        fill(first, starts);
        this.next = new long[next.size()][];
        for (int k = 0; k < next.size(); k++) {
            this.next[k] = new long[first.length];
            fill(this.next[k], next.get(k));
        }
    }

    private static void fill(long[] bits, IntPredicate chars) {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (chars.test(c)) {
                bits[c >>> 6] |= 1L << c;
            }
        }
    }

    /**
     * The starts of a rule that opens with a digit ({@code (?=\d)}): any Unicode digit, and the first half of any
     * char outside the BMP (a Unicode-class {@code \d} takes the mathematical digits there).
     */
    public static RuleStarts digits() {
        return new RuleStarts(RuleStarts::isDigitStart, null);
    }

    private static boolean isDigitStart(int c) {
        return Character.isDigit(c) || Character.isHighSurrogate((char) c);
    }

    /**
     * The starts a rule declares by opening with a look-ahead for its first char, {@code (?=[BL])} or {@code
     * (?=\d)} (as the rules of {@code models/} do), possibly the chars after it too ({@code (?=[cđ][ộ])}), possibly
     * after white space ({@code (?=\s*+[cđ])}: a run of white space that ends at such chars is then a run of
     * starts); any case of those chars when the rule ignores case. A rule opening with {@code (?m)^} starts at line
     * starts. A rule that declares none may start anywhere: the scan then tries it everywhere, as a find does.
     */
    public static RuleStarts declaredBy(Pattern rule) {
        if (LINE_START.matcher(rule.pattern()).lookingAt() && !hasTopLevelAlternative(rule.pattern())) {
            return new RuleStarts(c -> false, null, false, List.of(), true);
        }
        Matcher head = DECLARED.matcher(rule.pattern());
        if (!head.lookingAt() || hasTopLevelAlternative(rule.pattern())) {
            return new RuleStarts(c -> true, null);
        }
        boolean spaceFirst = head.group("space") != null;
        boolean anyCase = (rule.flags() & Pattern.CASE_INSENSITIVE) != 0;
        List<IntPredicate> next = new ArrayList<>();
        Matcher more = CHAR_CLASS.matcher(head.group("more"));
        while (more.find()) {
            next.add(oneOf(more.group(1), anyCase));
        }
        IntPredicate starts =
                head.group("digit") != null ? RuleStarts::isDigitStart : oneOf(head.group("chars"), anyCase);
        return new RuleStarts(starts, null, spaceFirst, next, false);
    }

    /** One of {@code chars}, or when {@code anyCase} a char Java's case-insensitive Unicode matching takes for one. */
    private static IntPredicate oneOf(CharSequence chars, boolean anyCase) {
        // tables of the chars and their folded forms: searching the chars for each of the 65,536 chars slowed every
        // rule's start-up
        boolean[] exact = new boolean[Character.MAX_VALUE + 1];
        boolean[] folded = new boolean[Character.MAX_VALUE + 1];
        for (int i = 0; i < chars.length(); i++) {
            exact[chars.charAt(i)] = true;
            folded[fold(chars.charAt(i))] = true;
        }
        return c -> exact[c] || anyCase && folded[fold((char) c)];
    }

    /**
     * Whether the rule has a {@code |} outside every group: then the look-ahead opens only its first alternative.
     * Escapes, {@code \Q...\E} quotes and character classes are skipped.
     */
    private static boolean hasTopLevelAlternative(String regex) {
        int depth = 0;
        int classDepth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                if (i + 1 < regex.length() && regex.charAt(i + 1) == 'Q') {
                    int end = regex.indexOf("\\E", i + 2);
                    i = end < 0 ? regex.length() : end + 1;
                } else {
                    i++;
                }
            } else if (c == '[') {
                classDepth++;
            } else if (c == ']' && classDepth > 0) {
                classDepth--;
            } else if (classDepth == 0) {
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                } else if (c == '|' && depth == 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A leading look-ahead for one digit or for one of a set of plain chars (no ranges, escapes or negation), then
     * sets of chars for the chars after it.
     */
    private static final Pattern DECLARED = Pattern.compile("\\s*\\(\\?=(?<space>\\\\s\\*\\+?)?"
            + "(?:(?<digit>\\\\d)|\\[(?<chars>[^\\]\\\\^\\-\\[&]+)\\])(?<more>(?:\\[[^\\]\\\\^\\-\\[&]+\\])*)\\)");
    /** A rule opening with a multi-line {@code ^}. */
    private static final Pattern LINE_START = Pattern.compile("\\s*\\(\\?m\\)\\s*\\^");

    private static final Pattern CHAR_CLASS = Pattern.compile("\\[([^\\]]+)\\]");

    /** The starts of a rule whose every match begins with one of {@code chars} (";." for a clause end). */
    public static RuleStarts anyOf(String chars) {
        return new RuleStarts(c -> chars.indexOf(c) >= 0, null);
    }

    /**
     * The starts of a rule that opens with one of these phrases, any case, not after a letter. A char starts one
     * when it is a phrase's first letter or Java's case-insensitive Unicode matching takes it for one (its upper
     * case's lower case is the letter's).
     */
    public static RuleStarts phrases(Iterable<String> phrases) {
        StringBuilder firstChars = new StringBuilder();
        Set<String> firstWords = new HashSet<>();
        for (String phrase : phrases) {
            String p = phrase.strip();
            if (!p.isEmpty()) {
                firstChars.append(p.charAt(0));
                StringBuilder word = new StringBuilder();
                p.split("\\s+")[0].chars().forEach(c -> word.append(fold((char) c)));
                firstWords.add(word.toString());
            }
        }
        return new RuleStarts(
                oneOf(firstChars, true),
                firstWords.stream().map(String::toCharArray).toArray(char[][]::new));
    }

    /**
     * Moves {@code m} to the first match starting at or after {@code from}, as {@code m.find(from)} would for such
     * a rule; false when there is none.
     */
    public boolean find(Matcher m, String text, int from) {
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        int length = text.length();
        if (lineStart) {
            return findAtLineStart(m, text, from);
        }
        for (int i = Math.max(0, from); i < length; i++) {
            if (!spaceFirst) {
                i = nextFirst(text, i, length);
                if (i == length) {
                    return false;
                }
            }
            char c = text.charAt(i);
            if (spaceFirst && Spaces.TABLE[c]) {
                int end = i;
                while (end < length && Spaces.TABLE[text.charAt(end)]) {
                    end++;
                }
                boolean runOpens = end < length && opens(text, end);
                for (int k = i; k < end; k++) {
                    if ((runOpens || opens(text, k)) && triedAt(m, k, length)) {
                        return true;
                    }
                }
                i = end - 1;
                continue;
            }
            if (!opens(text, i) || firstWords != null && !opensPhrase(text, i)) {
                continue;
            }
            if (triedAt(m, i, length)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text with every match replaced by {@code literal}, as {@code m.replaceAll} with a replacement holding no
     * group reference; the same text when nothing matches.
     */
    public String replaceAll(Matcher m, String text, String literal) {
        StringBuilder out = null;
        int copied = 0;
        int from = 0;
        while (from <= text.length() && find(m, text, from)) {
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, m.start()).append(literal);
            copied = m.end();
            from = m.end() > m.start() ? m.end() : m.end() + 1;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /**
     * As {@link #find} for a rule opening with {@code (?m)^}: tried at the text's start and after every char that
     * ends a line for some flags (\n, \r, U+0085, U+2028, U+2029); the rule's own {@code ^} has the last word.
     */
    private static boolean findAtLineStart(Matcher m, String text, int from) {
        int length = text.length();
        for (int i = Math.max(0, from); i < length; i++) {
            if (i == 0 || isLineEnd(text.charAt(i - 1))) {
                if (triedAt(m, i, length)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isLineEnd(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /**
     * The first position at or after {@code i} holding a char a match can start with, or {@code length}. A tight loop
     * of its own: the scan passes over every char of the text for every rule, and C1 (the only compiler the launcher
     * keeps) inlines methods of at most 35 bytecodes, so a call of {@link #opens} a char cost most of the scan.
     */
    private int nextFirst(String text, int i, int length) {
        long[] bits = first;
        while (i < length) {
            char c = text.charAt(i);
            if ((bits[c >>> 6] & (1L << c)) != 0) {
                return i;
            }
            i++;
        }
        return length;
    }

    /** Whether the chars at {@code i} are the first char and the declared chars after it. */
    private boolean opens(String text, int i) {
        if (!has(first, text.charAt(i))) {
            return false;
        }
        for (int k = 0; k < next.length; k++) {
            if (i + 1 + k >= text.length() || !has(next[k], text.charAt(i + 1 + k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean has(long[] bits, char c) {
        return (bits[c >>> 6] & (1L << c)) != 0;
    }

    private static boolean triedAt(Matcher m, int i, int length) {
        m.region(i, length);
        return m.lookingAt();
    }

    /**
     * Whether a phrase can open at {@code i}: not after a letter, and the text there begins, in any case, with one
     * of the phrases' first words. A filter only, never stricter than the rule: the char before is tested alone, as
     * the rules' one-char look-behind does (a letter outside the BMP before a phrase does not stop a match).
     */
    private boolean opensPhrase(String text, int i) {
        if (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            return false;
        }
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

    /**
     * White space as a look-ahead's leading {@code \s} may take it, whichever the rule's flags: the Unicode
     * White_Space chars (all space separators, the ASCII and other controls Java calls white space, U+0085), which
     * hold the ASCII ones. A filter only, so wider is safe.
     */
    private static final class Spaces {
        static final boolean[] TABLE = new boolean[Character.MAX_VALUE + 1];

        static {
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                TABLE[c] = Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
            }
        }
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
}
