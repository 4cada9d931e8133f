package org.planlens.text.legacy;

import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
        String decoded = encoding == TextEncoding.TCVN3 ? capitalisePhrases(restoreCapitals(out)) : out.toString();
        return Normalizer.normalize(decoded, Normalizer.Form.NFC);
    }

    /**
     * Puts back the capitals TCVN3 cannot spell: its capital toned vowels share the lower-case codes. A word with
     * two or more other capitals ({@code HOạCH}) is in capitals; a word with one ({@code Kế}, {@code Tự}) only when
     * a neighbouring word is in capitals ({@code Kế HOạCH}), since title case is far more common; a toned vowel
     * opening a sentence ({@code . ủy ban}) is a capital.
     */
    private static String restoreCapitals(CharSequence s) {
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            if (Character.isWhitespace(s.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < s.length() && !Character.isWhitespace(s.charAt(end))) {
                end++;
            }
            spans.add(new int[] {i, end});
            i = end;
        }
        int n = spans.size();
        String[] words = new String[n];
        int[] kind = new int[n];
        for (int w = 0; w < n; w++) {
            words[w] = s.subSequence(spans.get(w)[0], spans.get(w)[1]).toString();
            kind[w] = capitalsKind(words[w]);
        }
        StringBuilder out = new StringBuilder(s);
        for (int w = 0; w < n; w++) {
            boolean caps = kind[w] == CLEAR
                    || kind[w] == ONE
                            && (w > 0 && inCapitals(words[w - 1], kind[w - 1])
                                    || w + 1 < n && inCapitals(words[w + 1], kind[w + 1]));
            int start = spans.get(w)[0];
            if (caps) {
                out.replace(start, spans.get(w)[1], words[w].toUpperCase(Locale.ROOT));
            } else if (opensSentence(s, start)
                    && Character.isLowerCase(words[w].charAt(0))
                    && words[w].charAt(0) >= 0x80
                    && words[w].charAt(0) != 'đ') {
                out.setCharAt(start, Character.toUpperCase(words[w].charAt(0)));
            }
        }
        return out.toString();
    }

    private String capitalisePhrases(String s) {
        String out = s;
        for (var e : tables.tcvn3Capitals().entrySet()) {
            out = e.getKey().matcher(out).replaceAll(e.getValue());
        }
        return out;
    }

    private static final int NONE = 0;
    private static final int ONE = 1;
    private static final int CLEAR = 2;

    /** CLEAR: toned lower-case vowels among two or more capitals; ONE: among exactly one capital. */
    private static int capitalsKind(String word) {
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
        if (lowerVietnamese == 0 || lowerAscii > 0 || upper == 0) {
            return NONE;
        }
        return upper >= 2 ? CLEAR : ONE;
    }

    /** A word plainly in capitals: CLEAR, or two or more letters all upper case (not a number like 236/KH). */
    private static boolean inCapitals(String word, int kind) {
        if (kind == CLEAR) {
            return true;
        }
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isDigit(c) || c == '/') {
                return false;
            }
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    private static boolean opensSentence(CharSequence s, int start) {
        int j = start - 1;
        while (j >= 0 && s.charAt(j) == ' ') {
            j--;
        }
        if (j < 0) {
            return true;
        }
        char c = s.charAt(j);
        if (c == '.' || c == '!' || c == '?') {
            return true;
        }
        if (c != '\n') {
            return false;
        }
        while (j >= 0 && Character.isWhitespace(s.charAt(j))) {
            j--;
        }
        return j < 0 || ".:;!?".indexOf(s.charAt(j)) >= 0;
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
