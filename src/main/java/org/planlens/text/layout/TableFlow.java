package org.planlens.text.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.planlens.rules.NumberingGrammar;

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
    private static final Pattern ROW_NUMBER = NumberingGrammar.packaged().compile("$ROW_NUMBER\\.?|$ROMAN_LOOSE\\.?");
    /** Lines further apart than this many times the table's usual line pitch are no longer the table's. */
    private static final float MAX_PITCHES = 2.2f;
    /** A rule at least this share of the table's width (height) is a row (column) border. */
    private static final float RULE_SHARE = 0.6f;
    /** Rules closer than this (points) are one border drawn twice (a cell's and its neighbour's). */
    private static final float SAME_RULE = 1f;

    private final ColumnFinder finder;
    private final Map<Integer, PageTable> pages = new TreeMap<>();
    /** The last row read, open to lines that carry it on at the top of the next page. */
    private Row open;
    /** The table's header as first read: its first cell and how many lines it takes. */
    private String headerFirstCell;

    private int headerLines;
    private Row firstHeader;
    private boolean dataSeen;
    /** The columns of the last table page, for a page of the same table where a column happens to be empty. */
    private ColumnGrid lastGrid;

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

        Row addAll(Row other) {
            String[] line = new String[other.cells.length];
            for (int i = 0; i < line.length; i++) {
                line[i] = other.cells[i].toString().strip();
            }
            add(line);
            lines += other.lines - 1;
            return this;
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

    private record PageTable(List<String> before, List<Row> rows, List<String> after) {}

    /**
     * Reads one page. Returns true when it holds a table, whose text {@link #text(int)} then gives; false leaves
     * the page to its plain text and ends the table.
     */
    public boolean accept(int page, List<PositionedWord> words) {
        return accept(page, words, () -> PageRules.NONE);
    }

    /**
     * Reads one page whose rules {@code rules} gives, asked for only once the page is found to hold a table.
     * Where the rules frame the table, they bound it and its rows: a row is what lies between two rules,
     * wherever its number sits in it (a number centred in a tall row is common); and the column borders fix the
     * columns, also one whose cells are all empty on this page.
     */
    public boolean accept(int page, List<PositionedWord> words, Supplier<PageRules> rules) {
        List<WordLine> lines = WordLine.of(words);
        Optional<ColumnGrid> found = finder.find(lines);
        if (found.isEmpty()) {
            open = null;
            lastGrid = null;
            return false;
        }
        ColumnGrid grid = open != null && lastGrid != null && found.get().fitsWithin(lastGrid) ? lastGrid : found.get();
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
        PageRules drawn = rules.get();
        List<Float> ruled = rowRules(drawn.horizontal(), lines, first, last);
        if (ruled.size() >= 2) {
            grid = ruledColumns(drawn.vertical(), ruled, grid);
            float top = ruled.get(0);
            float bottom = ruled.get(ruled.size() - 1);
            first = 0;
            while (first < lines.size() && lines.get(first).baseline() < top) {
                first++;
            }
            last = lines.size() - 1;
            while (last >= first && lines.get(last).baseline() > bottom) {
                last--;
            }
        } else {
            ruled = List.of();
            float pitch = pitch(lines, first, last);
            while (last + 1 < lines.size()
                    && !grid.spans(lines.get(last + 1))
                    && lines.get(last + 1).baseline() - lines.get(last).baseline() <= MAX_PITCHES * pitch) {
                last++;
            }
        }
        PageTable table = new PageTable(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < first; i++) {
            table.before().add(lines.get(i).text());
        }
        for (int i = last + 1; i < lines.size(); i++) {
            table.after().add(lines.get(i).text());
        }
        if (first <= last) {
            ColumnGrid columns = grid;
            List<List<WordLine>> bands = ruled.isEmpty() ? List.of() : bands(lines.subList(first, last + 1), ruled);
            if (!bands.isEmpty() && bands.stream().allMatch(b -> numbered(columns, b) <= 1)) {
                readBands(columns, bands, table.rows());
            } else {
                // no rules, or rules that do not part the rows (only the header's, say): the numbers part them
                readRows(columns, lines.subList(first, last + 1), table.rows());
            }
        }
        pages.put(page, table);
        lastGrid = grid;
        return true;
    }

    /** Heights of the rules that run across most of the table, top to bottom, one per border. */
    private static List<Float> rowRules(List<PageRules.Rule> rules, List<WordLine> lines, int first, int last) {
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        for (int i = first; i <= last; i++) {
            List<PositionedWord> w = lines.get(i).words();
            left = Math.min(left, w.get(0).x0());
            right = Math.max(right, w.get(w.size() - 1).x1());
        }
        List<Float> ys = new ArrayList<>();
        for (PageRules.Rule r : rules) {
            if (r.length() >= RULE_SHARE * (right - left) && r.from() <= left + (right - left) / 2) {
                if (ys.isEmpty() || r.at() - ys.get(ys.size() - 1) > SAME_RULE) {
                    ys.add(r.at());
                }
            }
        }
        return ys;
    }

    /**
     * The columns as the vertical rules between the top and bottom row rules draw them, when they draw at least
     * as many as the words show; a border drawn cell by cell counts by its summed length.
     */
    private static ColumnGrid ruledColumns(List<PageRules.Rule> rules, List<Float> rows, ColumnGrid found) {
        float top = rows.get(0);
        float bottom = rows.get(rows.size() - 1);
        List<float[]> borders = new ArrayList<>();
        for (PageRules.Rule r : rules) {
            float length = Math.min(r.to(), bottom) - Math.max(r.from(), top);
            if (length <= 0) {
                continue;
            }
            float[] last = borders.isEmpty() ? null : borders.get(borders.size() - 1);
            if (last != null && r.at() - last[0] <= SAME_RULE) {
                last[1] += length;
            } else {
                borders.add(new float[] {r.at(), length});
            }
        }
        List<Float> xs = new ArrayList<>();
        for (float[] b : borders) {
            if (b[1] >= RULE_SHARE * (bottom - top)) {
                xs.add(b[0]);
            }
        }
        // the outer borders frame the table; the inner ones part its columns
        if (xs.size() < 2 || xs.size() - 1 < found.columns()) {
            return found;
        }
        List<ColumnGrid.Gutter> gutters = new ArrayList<>();
        for (float x : xs.subList(1, xs.size() - 1)) {
            gutters.add(new ColumnGrid.Gutter(x - SAME_RULE, x + SAME_RULE));
        }
        return new ColumnGrid(gutters, found.phraseGap());
    }

    /** How many lines of the band have a row number in the first column. */
    private static long numbered(ColumnGrid grid, List<WordLine> band) {
        return band.stream()
                .filter(l -> ROW_NUMBER.matcher(grid.cells(l)[0]).matches())
                .count();
    }

    /** The lines between each two rules. */
    private static List<List<WordLine>> bands(List<WordLine> lines, List<Float> rules) {
        List<List<WordLine>> bands = new ArrayList<>();
        List<WordLine> band = new ArrayList<>();
        int rule = 0;
        for (WordLine line : lines) {
            float top = line.baseline() - line.words().get(0).height();
            boolean crossed = false;
            while (rule < rules.size() && rules.get(rule) <= top + 0.5f) {
                crossed = true;
                rule++;
            }
            if (crossed && !band.isEmpty()) {
                bands.add(band);
                band = new ArrayList<>();
            }
            band.add(line);
        }
        if (!band.isEmpty()) {
            bands.add(band);
        }
        return bands;
    }

    /** Rows from ruled bands: a band with nothing in its first column at the top of a page carries on a row. */
    private void readBands(ColumnGrid grid, List<List<WordLine>> bands, List<Row> rows) {
        boolean dataOnPage = false;
        for (List<WordLine> band : bands) {
            Row row = new Row(grid.columns(), false);
            for (WordLine line : band) {
                row.add(grid.cells(line));
            }
            String lead = row.cells[0].toString().strip();
            boolean header = !lead.isEmpty()
                    && !ROW_NUMBER.matcher(lead).matches()
                    && (headerFirstCell == null ? !dataSeen : lead.equals(headerFirstCell));
            if (header) {
                headerFirstCell = headerFirstCell == null ? lead : headerFirstCell;
                rows.add(new Row(grid.columns(), true).addAll(row));
                continue;
            }
            if (lead.isEmpty() && !dataOnPage && open != null && open.cells.length == row.cells.length) {
                open.addAll(row);
            } else {
                rows.add(row);
                open = row;
            }
            dataOnPage = true;
            dataSeen = true;
        }
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
