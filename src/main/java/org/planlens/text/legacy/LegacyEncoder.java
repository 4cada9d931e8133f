package org.planlens.text.legacy;

import java.text.Normalizer;
import java.util.Locale;
import org.planlens.model.TextEncoding;

/**
 * Unicode to TCVN3 or VNI, one char a byte (write it as ISO-8859-1), as a legacy font would store it. Used to
 * make legacy-encoded fixtures from real text. TCVN3 has no codes for capitals with a tone mark: they are
 * written with the lower-case codes, as a .VnTimeH font does. Typographic punctuation outside Latin-1 becomes
 * its ASCII look-alike; anything else unencodable becomes {@code ?}.
 */
public final class LegacyEncoder {
    private final LegacyTables tables;

    public LegacyEncoder(LegacyTables tables) {
        this.tables = tables;
    }

    public String encode(String text, TextEncoding encoding) {
        LegacyTable table = tables.of(encoding);
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length() + nfc.length() / 4);
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            String letter = String.valueOf(c);
            String code = table.encode(letter);
            if (code == null && encoding == TextEncoding.TCVN3 && Character.isUpperCase(c)) {
                code = table.encode(letter.toLowerCase(Locale.ROOT));
            }
            if (code != null) {
                out.append(code);
            } else if (c < 0x80 || c == '\n') {
                out.append(c);
            } else {
                out.append(asciiLookAlike(c));
            }
        }
        return out.toString();
    }

    private static char asciiLookAlike(char c) {
        return switch (c) {
            case '\u2013', '\u2014', '\u2212' -> '-';
            case '\u201C', '\u201D', '\u201E' -> '"';
            case '\u2018', '\u2019' -> '\'';
            case '\u2026' -> '.';
            case '\u00A0' -> ' ';
            default -> '?';
        };
    }
}
