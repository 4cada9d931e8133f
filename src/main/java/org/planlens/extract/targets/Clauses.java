package org.planlens.extract.targets;

import java.util.regex.Pattern;

/**
 * Clause and sentence limits around an offset. A line break ends a sentence unless the line runs on (it ends
 * without punctuation and the next line starts in lower case or with a figure, as in a table cell broken by width,
 * or it breaks a range of years before its dash).
 * A sentence longer than {@link #PIECE} characters is read in pieces: the scans stop at fixed lines every
 * {@code PIECE} characters of the text (moved to the next word), so every figure's scan is bounded and the figures
 * between two lines share their sentence.
 */
final class Clauses {
    private static final int MAX_CLAUSE = 300;
    private static final Pattern YEAR_AT_END = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}$");
    private static final Pattern YEAR_AFTER_DASH = Pattern.compile("\\s*[-–]\\s*(?:19|20)\\d{2}(?!\\d)");
    /** Sentences up to this long are read whole; a scan from a figure looks at most twice this far each way. */
    static final int PIECE = 2000;

    private Clauses() {}

    /** Start of the clause (after ";" or the end of a sentence) that holds {@code at}. */
    static int clauseStart(String text, int at, boolean semicolon) {
        int floor = pieceStart(text, at);
        int i = at;
        while (i > floor) {
            char c = text.charAt(i - 1);
            if ((semicolon && c == ';')
                    || (c == '.'
                            && i < text.length()
                            && Character.isWhitespace(text.charAt(i))
                            && !(i >= 2 && Character.isDigit(text.charAt(i - 2)) && lineStartNumbering(text, i - 1)))) {
                return i;
            }
            if (c == '\n' && !runsOn(text, i - 1)) {
                return i;
            }
            i--;
        }
        return floor;
    }

    /** End (exclusive) of the clause that holds {@code at}. */
    static int clauseEnd(String text, int at, boolean semicolon) {
        return clauseEnd(text, at, semicolon, pieceEnd(text, at));
    }

    private static int clauseEnd(String text, int at, boolean semicolon, int ceiling) {
        int i = at;
        while (i < ceiling) {
            char c = text.charAt(i);
            if (semicolon && c == ';') {
                return i;
            }
            if (c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                return i;
            }
            if (c == '\n' && !runsOn(text, i)) {
                return i;
            }
            i++;
        }
        return ceiling;
    }

    /** Length of the longest sentence of {@code text}, in one pass. */
    static int longestSentence(String text) {
        int longest = 0;
        for (int start = 0; start < text.length(); ) {
            int end = clauseEnd(text, start, false, text.length());
            longest = Math.max(longest, end - start);
            start = end + 1;
        }
        return longest;
    }

    /** Where a backward scan from {@code at} stops: a piece line one to two pieces back, at a word start. */
    private static int pieceStart(String text, int at) {
        int line = (at / PIECE - 1) * PIECE;
        if (line <= 0) {
            return 0;
        }
        int p = line;
        while (p < at && !Character.isWhitespace(text.charAt(p - 1))) {
            p++;
        }
        return p;
    }

    /** Where a forward scan from {@code at} stops: a piece line one to two pieces on, at a word end. */
    private static int pieceEnd(String text, int at) {
        int line = (at / PIECE + 2) * PIECE;
        if (line >= text.length()) {
            return text.length();
        }
        int p = line;
        while (p < text.length() && !Character.isWhitespace(text.charAt(p))) {
            p++;
        }
        return p;
    }

    /** The last {@code c} in {@code text[floor, from]}, or -1: a search that stops where the clause does. */
    static int lastIndexOf(String text, char c, int from, int floor) {
        for (int i = Math.min(from, text.length() - 1); i >= floor; i--) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** The first {@code c} in {@code text[from, to]}, or -1. */
    static int indexOf(String text, char c, int from, int to) {
        for (int i = Math.max(from, 0); i <= to && i < text.length(); i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** Narrows [from, to) around [figStart, figEnd) at commas until it is a clause of at most 300 characters. */
    static int[] fit(String text, int from, int to, int figStart, int figEnd) {
        int s = from;
        int e = to;
        while (e - s > MAX_CLAUSE) {
            int leftRoom = figStart - s;
            int rightRoom = e - figEnd;
            if (leftRoom >= rightRoom) {
                int comma = indexOf(text, ',', s + 1, figStart - 1);
                s = comma > 0 && comma < figStart ? comma + 1 : Math.max(s + 1, figStart - MAX_CLAUSE / 2);
            } else {
                int comma = lastIndexOf(text, ',', e - 1, figEnd);
                e = comma >= figEnd ? comma : Math.min(e - 1, figEnd + MAX_CLAUSE / 2);
            }
        }
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new int[] {s, e};
    }

    private static boolean runsOn(String text, int newline) {
        if (yearRangeBroken(text, newline)) {
            return true;
        }
        int p = newline - 1;
        while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
            p--;
        }
        if (p < 0 || ".;:!?".indexOf(text.charAt(p)) >= 0 || text.charAt(p) == '\n') {
            return false;
        }
        int n = newline + 1;
        while (n < text.length() && (text.charAt(n) == ' ' || text.charAt(n) == '\t')) {
            n++;
        }
        if (n >= text.length()) {
            return false;
        }
        char c = text.charAt(n);
        return Character.isLowerCase(c) || (Character.isDigit(c) && !isLineNumber(text, n));
    }

    /**
     * "Trong giai đoạn 2026" / "- 2030 phấn đấu ...": a range of years broken by the line's width, whose second year
     * reads like a list item.
     */
    private static boolean yearRangeBroken(String text, int newline) {
        int lineStart = text.lastIndexOf('\n', newline - 1) + 1;
        int lineEnd = text.indexOf('\n', newline + 1);
        String before = text.substring(lineStart, newline).stripTrailing();
        String after = text.substring(newline + 1, lineEnd < 0 ? text.length() : lineEnd);
        return YEAR_AT_END.matcher(before).find()
                && YEAR_AFTER_DASH.matcher(after).lookingAt();
    }

    /** A line that is only a row number ("4") does not run on into the next. */
    private static boolean isLineNumber(String text, int n) {
        int e = n;
        while (e < text.length() && Character.isDigit(text.charAt(e))) {
            e++;
        }
        return e >= text.length() || text.charAt(e) == '\n' || text.charAt(e) == '.' || text.charAt(e) == ')';
    }

    /** "1.3." at the start of a line is numbering, not a sentence end. */
    private static boolean lineStartNumbering(String text, int dot) {
        int p = dot - 1;
        while (p >= 0 && (Character.isDigit(text.charAt(p)) || text.charAt(p) == '.')) {
            p--;
        }
        return p < 0 || text.charAt(p) == '\n';
    }
}
