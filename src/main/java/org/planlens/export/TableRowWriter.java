package org.planlens.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Aligned columns for a terminal: a header, a rule, one line per row; cells longer than {@link #MAX_WIDTH} are
 * cut with an ellipsis and line breaks become spaces, so one row stays one line; control characters are shown as
 * escapes ({@link Printable}). Ends with the row count.
 */
public final class TableRowWriter implements RowWriter {
    static final int MAX_WIDTH = 60;

    @Override
    public void write(List<? extends Record> rows, Class<? extends Record> rowType, Writer out) throws IOException {
        List<String> header = RowWriter.columns(rowType);
        List<List<String>> body = new ArrayList<>();
        for (Record r : rows) {
            List<String> cells = new ArrayList<>();
            for (String c : RowWriter.cells(r)) cells.add(fit(c));
            body.add(cells);
        }
        int[] width = new int[header.size()];
        for (int i = 0; i < width.length; i++) width[i] = header.get(i).length();
        for (List<String> cells : body) {
            for (int i = 0; i < width.length; i++)
                width[i] = Math.max(
                        width[i], cells.get(i).codePointCount(0, cells.get(i).length()));
        }
        line(header, width, out);
        List<String> rule = new ArrayList<>();
        for (int w : width) rule.add("-".repeat(w));
        line(rule, width, out);
        for (List<String> cells : body) line(cells, width, out);
        out.write("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)") + System.lineSeparator());
    }

    private static String fit(String cell) {
        // one line, and nothing from a file name or a plan's text that drives the terminal (ANSI escapes)
        String one = Printable.of(cell.replaceAll("\\s+", " ").strip());
        return one.codePointCount(0, one.length()) <= MAX_WIDTH
                ? one
                : one.substring(0, one.offsetByCodePoints(0, MAX_WIDTH - 1)) + "…";
    }

    private static void line(List<String> cells, int[] width, Writer out) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) b.append("  ");
            String c = cells.get(i);
            b.append(c);
            if (i < cells.size() - 1) b.append(" ".repeat(width[i] - c.codePointCount(0, c.length())));
        }
        out.write(b.toString().stripTrailing());
        out.write(System.lineSeparator());
    }
}
