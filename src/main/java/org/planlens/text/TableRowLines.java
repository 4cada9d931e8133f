package org.planlens.text;

/**
 * A line that is one table row, its cells separated by tabs (Word tables through Tika, PDF tables rebuilt from
 * text positions). Such lines keep their tabs through normalisation and are never joined to a neighbour; a tab
 * anywhere else is only a wide space.
 */
public final class TableRowLines {
    /** A row has at least this many cells, and at least this many of them hold text. */
    static final int MIN_CELLS = 4;
    static final int MIN_FILLED = 3;

    private TableRowLines() {
    }

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
            sb.append(cells[i].strip().replaceAll(" {2,}", " "));
        }
        return sb.toString();
    }
}
