package org.planlens.text.normalize;

import java.text.Normalizer;
import java.util.function.UnaryOperator;

/**
 * NFC, one kind of line break, and no invisible characters: PDF and Word text mixes decomposed diacritics,
 * non-breaking and zero-width spaces, and soft hyphens, which break matching and offsets alike. Tabs stay only
 * in table rows ({@link TableRowLines}) and in the lines with tabs right under them, where they separate cells.
 */
public final class UnicodeCleaner implements UnaryOperator<String> {
    @Override
    public String apply(String s) {
        String t = s.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(t.length());
        int lineStart = 0;
        boolean rowLine = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (i == lineStart) {
                int end = t.indexOf('\n', i);
                String line = t.substring(i, end < 0 ? t.length() : end);
                // a line of fewer cells under a row (blank lines between aside) is a row of the same table: a group
                // row, or a row whose merged cells a crawler left out or Word left empty
                rowLine = TableRowLines.isRow(line) || rowLine && (line.indexOf('\t') >= 0 || line.isBlank());
            }
            if (c == '\n') {
                lineStart = i + 1;
            }
            switch (c) {
                case '\t' -> out.append(rowLine ? '\t' : ' ');
                case '\u00A0', '\u2007', '\u202F' -> out.append(' ');
                case '\u200B', '\u200C', '\u200D', '\uFEFF', '\u00AD' -> {}
                default -> out.append(c);
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }
}
