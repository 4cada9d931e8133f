package org.planlens.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * RFC 4180 CSV: a header row, every cell quoted when it holds a comma, quote or line break; CRLF rows. A text
 * cell a spreadsheet would take for a formula (starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or
 * a carriage return) gets a leading {@code '} (OWASP's CSV injection advice), so opening an export never runs
 * what a document printed; a number ({@code -5}, {@code +2.5}) stays a number.
 */
public final class CsvRowWriter implements RowWriter {
    /** A cell that is a plain number, as the row writer prints figures: left as it is. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");

    @Override
    public void write(List<? extends Record> rows, Class<? extends Record> rowType, Writer out) throws IOException {
        line(RowWriter.columns(rowType), out);
        for (Record row : rows) line(RowWriter.cells(row), out);
    }

    private static void line(List<String> cells, Writer out) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) out.write(',');
            out.write(quote(neutralise(cells.get(i))));
        }
        out.write("\r\n");
    }

    /** The cell with a leading {@code '} when a spreadsheet would read it as a formula. */
    static String neutralise(String cell) {
        if (cell.isEmpty()) return cell;
        char c = cell.charAt(0);
        boolean formula = c == '='
                || c == '@'
                || c == '\t'
                || c == '\r'
                || ((c == '+' || c == '-') && !NUMBER.matcher(cell).matches());
        return formula ? "'" + cell : cell;
    }

    static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
