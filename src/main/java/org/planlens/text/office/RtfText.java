package org.planlens.text.office;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether an RTF file holds text, judged on its source: characters outside control words and destinations
 * Tika skips anyway ({@code \*}, font tables). Said when Tika's RTF reader gives nothing back from a file that has
 * text (groups nested past its limit, text in shapes), so the reason names that instead of "no text".
 */
final class RtfText {
    /** Bytes of the file looked at. */
    private static final int SAMPLE = 1 << 20;
    /** Letters and digits outside control words that make a file one with text. */
    private static final int MIN_CHARS = 5;

    private RtfText() {}

    static boolean hasText(Path rtf) {
        byte[] b;
        try (InputStream in = Files.newInputStream(rtf)) {
            b = in.readNBytes(SAMPLE);
        } catch (IOException e) {
            return false;
        }
        int chars = 0;
        for (int i = 0; i < b.length && chars < MIN_CHARS; i++) {
            int c = b[i] & 0xff;
            if (c == '\\') {
                // a control word and its number (\u7871 is a character), or \'hh (a character)
                int j = i + 1;
                if (j < b.length && (b[j] == '\'' || b[j] == 'u' && j + 1 < b.length && Character.isDigit(b[j + 1]))) {
                    chars++;
                }
                while (j < b.length && Character.isLetter(b[j])) {
                    j++;
                }
                while (j < b.length && (Character.isDigit(b[j]) || b[j] == '-')) {
                    j++;
                }
                i = j - 1;
            } else if (Character.isLetterOrDigit(c) || c >= 0x80) {
                chars++;
            }
        }
        return chars >= MIN_CHARS;
    }
}
