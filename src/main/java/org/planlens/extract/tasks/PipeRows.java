package org.planlens.extract.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.planlens.rules.NumberingGrammar;

/**
 * A table a crawler printed with bars but without the delimiter row a Markdown table needs, so its rows reach the
 * text as one line of bar-separated cells, its rows broken wherever the page broke them:
 *
 * <pre>
 * | TT | Tên văn bản | Cơ quan soạn thảo | Tiến độ | | | | I. Văn bản ... | | ||||| | | Luật ... | Ban ... | ...
 * </pre>
 *
 * Two or more empty cells in a row set one table row apart from the next (the bars that closed a row and opened the
 * next one); a single empty cell is an empty cell of the row. The first row is the header; a row of one cell is a
 * group row or a title; a row one cell short of the header left its number cell out. When no row prints a number,
 * the rows are numbered in order within their group, as a reader counts them.
 */
final class PipeRows {
    /** Fewer bars than this make no table (a bar or two in running text). */
    private static final int MIN_BARS = 8;
    /** A header names at least this many columns. */
    private static final int MIN_COLUMNS = 3;

    private static final Pattern ROW_NUMBER = NumberingGrammar.packaged().compile("$ROW_NUMBER\\.?");

    private PipeRows() {}

    /** One row: its cells and where its first cell starts in the text. */
    record Row(int start, List<String> cells) {
        Row {
            cells = List.copyOf(cells);
        }
    }

    /** The rows of {@code line} (starting at {@code start} in the text), or an empty list when it holds no table. */
    static List<Row> of(String line, int start) {
        String s = line.strip();
        if (!s.startsWith("|")
                || line.indexOf('\t') >= 0
                || s.chars().filter(c -> c == '|').count() < MIN_BARS) {
            return List.of();
        }
        List<List<int[]>> segments = segments(line);
        if (segments.isEmpty() || segments.get(0).size() < MIN_COLUMNS) {
            return List.of();
        }
        int width = segments.get(0).size();
        List<List<String>> rows = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        for (List<int[]> segment : segments) {
            List<String> cells = new ArrayList<>();
            for (int[] span : segment) {
                cells.add(line.substring(span[0], span[1]).strip());
            }
            if (cells.size() == width - 1) {
                cells.add(0, "");
            }
            rows.add(cells);
            starts.add(start + segment.get(0)[0]);
        }
        boolean numbered = rows.stream()
                .skip(1)
                .anyMatch(r -> r.size() > 1 && ROW_NUMBER.matcher(r.get(0)).matches());
        List<Row> out = new ArrayList<>();
        int count = 0;
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            if (r > 0 && cells.size() == 1) {
                count = 0;
            } else if (r > 0 && !numbered && cells.get(0).isEmpty()) {
                cells.set(0, Integer.toString(++count));
            }
            out.add(new Row(starts.get(r), cells));
        }
        return out;
    }

    /** The spans of the line's cells, grouped into rows: runs of two or more empty cells part them. */
    private static List<List<int[]>> segments(String line) {
        List<int[]> cells = new ArrayList<>();
        int from = line.indexOf('|') + 1;
        for (int bar = line.indexOf('|', from); bar >= 0; bar = line.indexOf('|', from)) {
            cells.add(new int[] {from, bar});
            from = bar + 1;
        }
        if (!line.substring(from).isBlank()) {
            cells.add(new int[] {from, line.length()});
        }
        List<List<int[]>> out = new ArrayList<>();
        List<int[]> current = new ArrayList<>();
        int empty = 0;
        for (int[] c : cells) {
            if (line.substring(c[0], c[1]).isBlank()) {
                empty++;
                continue;
            }
            if (empty >= 2 && !current.isEmpty()) {
                out.add(current);
                current = new ArrayList<>();
            } else if (empty == 1 && !current.isEmpty()) {
                current.add(new int[] {c[0], c[0]});
            }
            empty = 0;
            current.add(c);
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }
}
