package org.planlens.rules;

/**
 * The white space of {@code java.util.regex}'s {@code \s} without the Unicode flag: space, tab, line feed, vertical
 * tab, form feed, carriage return. For code that walks text in place where it used to split it on {@code \s+}, so
 * the words come out the same.
 */
public final class RegexSpace {
    private RegexSpace() {}

    public static boolean is(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
