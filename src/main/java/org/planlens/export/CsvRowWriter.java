package org.planlens.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** RFC 4180 CSV: a header row, every cell quoted when it holds a comma, quote or line break; CRLF rows. */
public final class CsvRowWriter implements RowWriter {
    @Override
    public void write(List<? extends Record> rows, Class<? extends Record> rowType, Writer out) throws IOException {
        line(RowWriter.columns(rowType), out);
        for (Record row : rows) line(RowWriter.cells(row), out);
    }

    private static void line(List<String> cells, Writer out) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) out.write(',');
            out.write(quote(cells.get(i)));
        }
        out.write("\r\n");
    }

    static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
