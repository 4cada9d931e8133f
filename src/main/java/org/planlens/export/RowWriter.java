package org.planlens.export;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.io.IOException;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Writes query rows (records: one column per component, in order) as JSON, CSV or an aligned table. In CSV and
 * tables a list cell is its items joined by {@code "; "} and null is an empty cell; JSON keeps lists and nulls.
 */
public interface RowWriter {
    void write(List<? extends Record> rows, Class<? extends Record> rowType, Writer out) throws IOException;

    /** The writer for a {@code --format} value. */
    static RowWriter of(RowFormat format) {
        return switch (format) {
            case JSON -> new JsonRowWriter();
            case CSV -> new CsvRowWriter();
            case TABLE -> new TableRowWriter();
        };
    }

    /** The column names of a row type; a record component marked {@code @JsonUnwrapped} gives its own, in place. */
    static List<String> columns(Class<? extends Record> rowType) {
        List<String> names = new ArrayList<>();
        for (RecordComponent c : rowType.getRecordComponents()) {
            if (unwrapped(c)) {
                names.addAll(columns(c.getType().asSubclass(Record.class)));
            } else {
                names.add(c.getName());
            }
        }
        return names;
    }

    /** The cells of one row as text, for CSV and tables, in the order of {@link #columns}. */
    static List<String> cells(Record row) {
        List<String> cells = new ArrayList<>();
        for (RecordComponent c : row.getClass().getRecordComponents()) {
            Object v;
            try {
                v = c.getAccessor().invoke(row);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read column " + c.getName() + " of " + row.getClass(), e);
            }
            if (unwrapped(c)) {
                cells.addAll(cells((Record) v));
            } else {
                cells.add(text(v));
            }
        }
        return cells;
    }

    /** A record component whose columns stand in the row's own place, as they do in its JSON. */
    private static boolean unwrapped(RecordComponent c) {
        return c.getAccessor().isAnnotationPresent(JsonUnwrapped.class)
                && c.getType().isRecord();
    }

    private static String text(Object v) {
        if (v == null) return "";
        if (v instanceof Collection<?> c) {
            List<String> items = new ArrayList<>();
            for (Object o : c) items.add(text(o));
            return String.join("; ", items);
        }
        if (v instanceof Double d) return number(d);
        if (v instanceof Float f) return String.format(Locale.ROOT, "%.3f", f);
        return v.toString();
    }

    /** 85.0 as {@code 85}, 2.5 as {@code 2.5}: figures read as the plan prints them. */
    private static String number(double d) {
        return d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15
                ? Long.toString((long) d)
                : Double.toString(d);
    }
}
