package org.planlens.extract.targets;

/**
 * Clause and sentence limits around an offset. A line break ends a sentence unless the line runs on (it ends
 * without punctuation and the next line starts in lower case or with a figure, as in a table cell broken by width).
 */
final class Clauses {
    private static final int MAX_CLAUSE = 300;

    private Clauses() {}

    /** Start of the clause (after ";" or the end of a sentence) that holds {@code at}. */
    static int clauseStart(String text, int at, boolean semicolon) {
        int i = at;
        while (i > 0) {
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
        return 0;
    }

    /** End (exclusive) of the clause that holds {@code at}. */
    static int clauseEnd(String text, int at, boolean semicolon) {
        int i = at;
        while (i < text.length()) {
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
        return text.length();
    }

    /** Narrows [from, to) around [figStart, figEnd) at commas until it is a clause of at most 300 characters. */
    static int[] fit(String text, int from, int to, int figStart, int figEnd) {
        int s = from;
        int e = to;
        while (e - s > MAX_CLAUSE) {
            int leftRoom = figStart - s;
            int rightRoom = e - figEnd;
            if (leftRoom >= rightRoom) {
                int comma = text.indexOf(',', s + 1);
                s = comma > 0 && comma < figStart ? comma + 1 : Math.max(s + 1, figStart - MAX_CLAUSE / 2);
            } else {
                int comma = text.lastIndexOf(',', e - 1);
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
