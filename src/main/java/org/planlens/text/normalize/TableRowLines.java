package org.planlens.text.normalize;

import java.util.regex.Pattern;

/**
 * A line that is one table row, its cells separated by tabs (Word tables through Tika, PDF tables rebuilt from
 * text positions). Such lines keep their tabs through normalisation and are never joined to a neighbour; a tab
 * anywhere else is only a wide space.
 */
public final class TableRowLines {
    /** A row has at least this many cells, and at least this many of them hold text. */
    static final int MIN_CELLS = 4;

    static final int MIN_FILLED = 3;
    private static final Pattern DOUBLE_SPACES = Pattern.compile(" {2,}");

    private TableRowLines() {}

    public static boolean isRow(String line) {
        if (line.indexOf('\t') < 0) {
            return false;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length < MIN_CELLS) {
            return false;
        }
        int filled = 0;
        for (String c : cells) {
            if (!c.isBlank()) {
                filled++;
            }
        }
        return filled >= MIN_FILLED;
    }

    /** The row with each cell's spaces collapsed and trimmed, and empty trailing cells kept. */
    static String tidy(String row) {
        String[] cells = row.split("\t", -1);
        StringBuilder sb = new StringBuilder(row.length());
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                sb.append('\t');
            }
            sb.append(tidyText(cells[i]));
        }
        return sb.toString();
    }

    /**
     * The text stripped, each run of spaces made one. Without a double space the stripped text is returned as
     * it is: most lines have none, and this runs on every line of every document.
     */
    static String tidyText(String text) {
        String s = text.strip();
        return s.contains("  ") ? DOUBLE_SPACES.matcher(s).replaceAll(" ") : s;
    }
}
