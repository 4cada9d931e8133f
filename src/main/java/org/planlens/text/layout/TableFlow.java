package org.planlens.text.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Rebuilds the rows of a table that flows over pages, from the positioned words of each page: one line a row,
 * cells separated by tabs. A row starts where the first column (STT) has text; lines with nothing there carry on
 * the row above, cell by cell. The header row is kept as it is printed and, repeated at the top of a later page,
 * is recognised by its first cell and its height, so that the lines under it that carry on a row broken by the
 * page go back into that row. Lines above and below the table stay plain lines. One instance reads one document,
 * page after page.
 */
public final class TableFlow {
    /** A row number: "1", "2.", "1.3", or a group numeral "IV". Any other first cell before the rows is a header. */
    private static final Pattern ROW_NUMBER = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3})*\\.?|[IVXLC]{1,6}\\.?");
    /** Lines further apart than this many times the table's usual line pitch are no longer the table's. */
    private static final float MAX_PITCHES = 2.2f;

    private final ColumnFinder finder;
    private final Map<Integer, PageTable> pages = new TreeMap<>();
    /** The last row read, open to lines that carry it on at the top of the next page. */
    private Row open;
    /** The table's header as first read: its first cell and how many lines it takes. */
    private String headerFirstCell;
    private int headerLines;
    private Row firstHeader;
    private boolean dataSeen;

    public TableFlow(ColumnFinder finder) {
        this.finder = finder;
    }

    /** One row: its cells as read so far. */
    private static final class Row {
        final StringBuilder[] cells;
        final boolean header;
        int lines;

        Row(int columns, boolean header) {
            this.cells = new StringBuilder[columns];
            for (int i = 0; i < columns; i++) {
                cells[i] = new StringBuilder();
            }
            this.header = header;
        }

        void add(String[] line) {
            for (int i = 0; i < Math.min(line.length, cells.length); i++) {
                if (!line[i].isEmpty()) {
                    if (!cells[i].isEmpty()) {
                        cells[i].append(' ');
                    }
                    cells[i].append(line[i]);
                }
            }
            for (int i = cells.length; i < line.length; i++) {
                if (!line[i].isEmpty()) {
                    cells[cells.length - 1].append(' ').append(line[i]);
                }
            }
            lines++;
        }

        String text() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    sb.append('\t');
                }
                sb.append(cells[i].toString().strip());
            }
            return sb.toString();
        }
    }

    private record PageTable(List<String> before, List<Row> rows, List<String> after) {
    }

    /**
     * Reads one page. Returns true when it holds a table, whose text {@link #text(int)} then gives; false leaves
     * the page to its plain text and ends the table.
     */
    public boolean accept(int page, List<PositionedWord> words) {
        List<WordLine> lines = WordLine.of(words);
        Optional<ColumnGrid> found = finder.find(lines);
        if (found.isEmpty()) {
            open = null;
            return false;
        }
        ColumnGrid grid = found.get();
        int first = -1;
        int last = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (grid.filled(lines.get(i)) >= 2 && !grid.spans(lines.get(i))) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            open = null;
            return false;
        }
        float pitch = pitch(lines, first, last);
        while (last + 1 < lines.size() && !grid.spans(lines.get(last + 1))
                && lines.get(last + 1).baseline() - lines.get(last).baseline() <= MAX_PITCHES * pitch) {
            last++;
        }
        PageTable table = new PageTable(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < first; i++) {
            table.before().add(lines.get(i).text());
        }
        for (int i = last + 1; i < lines.size(); i++) {
            table.after().add(lines.get(i).text());
        }
        readRows(grid, lines.subList(first, last + 1), table.rows());
        pages.put(page, table);
        return true;
    }

    private void readRows(ColumnGrid grid, List<WordLine> lines, List<Row> rows) {
        Row current = null;
        for (WordLine line : lines) {
            String[] cells = grid.cells(line);
            String lead = cells[0];
            boolean headerFull = current != null && current.header && headerLines > 0 && current.lines >= headerLines;
            if (!lead.isEmpty()) {
                boolean header = !ROW_NUMBER.matcher(lead).matches()
                        && (headerFirstCell == null ? !dataSeen : lead.equals(headerFirstCell));
                if (firstHeader != null && headerLines == 0 && !header) {
                    headerLines = firstHeader.lines;
                }
                dataSeen |= !header;
                current = new Row(cells.length, header);
                if (header && headerFirstCell == null) {
                    headerFirstCell = lead;
                    firstHeader = current;
                }
                rows.add(current);
            } else if (current == null || headerFull) {
                if (open != null && open.cells.length == cells.length) {
                    current = open;
                } else {
                    current = new Row(cells.length, false);
                    rows.add(current);
                }
            }
            current.add(cells);
            if (!current.header) {
                open = current;
            }
        }
    }

    /** The median distance between baselines of the table's lines. */
    private static float pitch(List<WordLine> lines, int first, int last) {
        List<Float> gaps = new ArrayList<>();
        for (int i = first + 1; i <= last; i++) {
            gaps.add(lines.get(i).baseline() - lines.get(i - 1).baseline());
        }
        if (gaps.isEmpty()) {
            return lines.get(first).words().get(0).height() * 2;
        }
        gaps.sort(null);
        return gaps.get(gaps.size() / 2);
    }

    /** A page read some other way (OCR) lies between: no row carries on across it. */
    public void endTable() {
        open = null;
    }

    /** The text of a page {@link #accept(int, List)} took: plain lines, then one line a row, then plain lines. */
    public String text(int page) {
        PageTable table = pages.get(page);
        if (table == null) {
            throw new IllegalArgumentException("page " + page + " holds no table");
        }
        StringBuilder sb = new StringBuilder();
        table.before().forEach(l -> sb.append(l).append('\n'));
        table.rows().forEach(r -> sb.append(r.text()).append('\n'));
        table.after().forEach(l -> sb.append(l).append('\n'));
        return sb.toString();
    }
}
