package org.planlens.text.legacy;

import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import org.planlens.model.TextEncoding;

/**
 * Legacy TCVN3/VNI text, as a Windows-1252 or Latin-1 reader shows it ({@code C«ng hoµ}, {@code Coäng hoøa}),
 * to Unicode NFC ({@code Cộng hoà}). TCVN3 capitals with a tone mark share the lower-case codes (.VnTimeH
 * fonts), so a TCVN3 word whose other letters are all capitals is put in capitals.
 */
public final class LegacyDecoder {
    /** Windows-1252's letters in 0x80..0x9F back to their byte, so both readings of a byte decode alike. */
    private static final Map<Character, Character> CP1252_HIGH = cp1252High();

    private final LegacyTables tables;

    public LegacyDecoder(LegacyTables tables) {
        this.tables = tables;
    }

    public String decode(String text, TextEncoding encoding) {
        LegacyTable table = tables.of(encoding);
        String bytes = asBytes(text);
        StringBuilder out = new StringBuilder(bytes.length());
        int i = 0;
        while (i < bytes.length()) {
            String hit = null;
            int len = Math.min(table.longestSequence(), bytes.length() - i);
            for (; len >= 1; len--) {
                hit = table.decode(bytes.substring(i, i + len));
                if (hit != null) {
                    break;
                }
            }
            if (hit != null) {
                out.append(hit);
                i += len;
            } else {
                out.append(text.charAt(i));
                i++;
            }
        }
        String decoded = encoding == TextEncoding.TCVN3 ? restoreCapitals(out) : out.toString();
        return Normalizer.normalize(decoded, Normalizer.Form.NFC);
    }

    /** Upper-cases TCVN3 words written in a capitals font: every letter that has a case of its own is upper. */
    private static String restoreCapitals(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (Character.isWhitespace(s.charAt(i))) {
                out.append(s.charAt(i++));
                continue;
            }
            int end = i;
            while (end < s.length() && !Character.isWhitespace(s.charAt(end))) {
                end++;
            }
            String word = s.subSequence(i, end).toString();
            out.append(writtenInCapitals(word) ? word.toUpperCase(java.util.Locale.ROOT) : word);
            i = end;
        }
        return out.toString();
    }

    private static boolean writtenInCapitals(String word) {
        int upper = 0;
        int lowerAscii = 0;
        int lowerVietnamese = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (c < 0x80 && Character.isLowerCase(c)) {
                lowerAscii++;
            } else if (Character.isLowerCase(c)) {
                lowerVietnamese++;
            }
        }
        return lowerVietnamese > 0 && lowerAscii == 0 && upper > 0;
    }

    /** Each char as the legacy byte it was read from. */
    static String asBytes(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            b.append(c < 0x100 ? c : CP1252_HIGH.getOrDefault(c, c));
        }
        return b.toString();
    }

    private static Map<Character, Character> cp1252High() {
        Charset cp1252 = Charset.forName("windows-1252");
        Map<Character, Character> m = new HashMap<>();
        for (int b = 0x80; b < 0xA0; b++) {
            String s = new String(new byte[] {(byte) b}, cp1252);
            if (s.length() == 1 && s.charAt(0) != '\uFFFD') {
                m.put(s.charAt(0), (char) b);
            }
        }
        return Map.copyOf(m);
    }
}
