package org.planlens.export;

/**
 * Text from the input (file names, cells) made safe to print on a terminal: control characters (an ANSI escape
 * in a file name would drive the terminal) and the marks that reverse text direction are shown as escapes,
 * {@code \x1B}, {@code \u202E}.
 */
public final class Printable {
    private Printable() {}

    public static String of(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (unsafe(c)) {
                if (b == null) {
                    b = new StringBuilder(s.length() + 8).append(s, 0, i);
                }
                b.append(c < 0x100 ? String.format("\\x%02X", (int) c) : String.format("\\u%04X", (int) c));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    private static boolean unsafe(char c) {
        return Character.getType(c) == Character.CONTROL
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
