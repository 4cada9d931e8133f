package org.planlens.text;

import java.text.Normalizer;
import java.util.function.UnaryOperator;

/**
 * NFC, one kind of line break, and no invisible characters: PDF and Word text mixes decomposed diacritics,
 * non-breaking and zero-width spaces, and soft hyphens, which break matching and offsets alike.
 */
public final class UnicodeCleaner implements UnaryOperator<String> {
    @Override
    public String apply(String s) {
        String t = s.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '\u00A0', '\u2007', '\u202F', '\t' -> out.append(' ');
                case '\u200B', '\u200C', '\u200D', '\uFEFF', '\u00AD' -> { }
                default -> out.append(c);
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }
}
