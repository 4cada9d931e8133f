package org.planlens.extract.tasks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planlens.extract.tasks.TableCues.HeaderCell;
import org.planlens.rules.LetterCase;
import org.planlens.rules.NumberingGrammar;
import org.planlens.rules.RomanNumerals;

/**
 * Task and indicator tables whose rows reach the text one a line with tab-separated cells, as every reader gives
 * them: Word tables through Tika, tables drawn in PDFs, a crawler's flattened tables through the Markdown reader, and
 * the tables a crawler printed with bars on one line ({@link PipeRows}).
 * A header row whose cells name a task column and a lead or partner column opens a task table wherever it stands;
 * its cells give each column its meaning, in any order, and columns it lacks (an output column) stay empty. One
 * naming an indicator column and no task column opens an indicator table. Under the header:
 *
 * <ul>
 *   <li>a group row (a Roman numeral and its title, in one cell merged across the row or as a line of its own, in
 *       capitals or not, or a capital letter and a title in capitals, "A. | BỘ XÂY DỰNG") gives the first part of
 *       the paths of the rows under it; a row without a number right under it is a task of its own, the group's
 *       numeral its path;
 *   <li>a numbered row is a task, its number the path's second part (rows may be numbered straight through the
 *       groups);
 *   <li>a row without a number carries on the row above it, whose number cell was merged over both: its cells add
 *       to that row's (a merged cell reaches the text empty, or not at all when the crawler dropped it);
 *   <li>a repeated header (a page break) and a row of column numbers ("(1) (2) (3)") are skipped.
 * </ul>
 *
 * A column naming an indicator in a table that names a task column and no output column ("Chỉ tiêu đạt được") holds
 * what each task is to reach: its output.
 *
 * A line without cells ends the table unless it is a group row, or a numbered row of the table follows it.
 */
public final class TabbedTables {
    private static final NumberingGrammar GRAMMAR = NumberingGrammar.packaged();
    private static final Pattern ROW_NUMBER = GRAMMAR.compile("($ROW_NUMBER)\\.?");
    private static final Pattern GROUP = GRAMMAR.compile("($ROMAN)(?:[.)]\\s*|\\s+)(\\S.*)");
    private static final Pattern BARE_ROMAN = GRAMMAR.compile("($ROMAN)\\.?");
    /** A group lettered by the body that leads its rows ("A. | BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"). */
    private static final Pattern LETTER = GRAMMAR.compile("($CAPITAL_LETTER)\\.");
    /** A numeral of a group inside a group: "III.1", "III.1.2". */
    private static final Pattern ROMAN_DOTTED = GRAMMAR.compile("($ROMAN(?:\\.$ARABIC_ROW)+)\\.?");

    /** A year as a time cell names it. */
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");

    private static final Pattern COLUMN_NUMBER = Pattern.compile("\\(?\\d{1,2}\\)?|[(\\[]?[A-Z][)\\]]?");

    /** More words than a header cell prints ("Cơ quan, đơn vị chủ trì thực hiện" has seven). */
    private static final int MAX_HEADER_WORDS = 12;

    private final TableCues cues;

    public TabbedTables(TableCues cues) {
        this.cues = cues;
    }

    /** A table read from the text: its rows, and whether it lists indicators rather than tasks. */
    public record Table(boolean indicators, int start, int end, List<Row> rows) {
        public Table {
            rows = List.copyOf(rows);
        }
    }

    /**
     * One row: its group numeral (null outside groups), its number as printed (without a final dot), where it starts,
     * and its five cells (RowCells.TASK ... RowCells.COORDINATE; an indicator table's indicator in the task cell),
     * the cells of rows that carry it on joined to them ("; " between bodies).
     */
    public record Row(String group, String number, int start, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        /** The group number and the row number ("III.4"); a row number that already holds its group stays as is. */
        public String path() {
            if (group == null || number.startsWith(group + ".")) {
                return number;
            }
            return group + "." + number;
        }
    }

    /** A line of the text with where it starts and its cells (one cell when it holds no tab). */
    private record Line(String text, int start, String[] cells) {
        boolean tabbed() {
            return cells.length > 1;
        }

        String joined() {
            return String.join(" ", cells).replaceAll("\\s+", " ").strip();
        }
    }

    /** Every tab-separated task or indicator table of the text, in text order. */
    public List<Table> read(String text) {
        List<Line> lines = lines(text);
        List<Table> tables = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Line line = lines.get(i);
            HeaderCell[] kinds = line.tabbed() ? headerKinds(line.cells()) : null;
            if (kinds == null || !opensTable(kinds)) {
                i++;
                continue;
            }
            Builder table = new Builder(kinds, line.start());
            i = table.read(lines, i + 1);
            if (!table.rows.isEmpty()) {
                tables.add(table.build());
            }
        }
        return List.copyOf(tables);
    }

    private static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        int pos = 0;
        for (String l : text.split("\n", -1)) {
            List<PipeRows.Row> piped = PipeRows.of(l, pos);
            for (PipeRows.Row r : piped) {
                out.add(new Line(
                        String.join("\t", r.cells()), r.start(), r.cells().toArray(String[]::new)));
            }
            if (!l.isBlank() && piped.isEmpty()) {
                String[] cells = l.split("\t", -1);
                for (int c = 0; c < cells.length; c++) {
                    cells[c] = cells[c].replace('\u00A0', ' ').strip();
                }
                out.add(new Line(l, pos, cells));
            }
            pos += l.length() + 1;
        }
        return out;
    }

    /**
     * The kind of each header cell, or null when the row is no header: fewer than two cells name a column, a cell
     * holds a row number or runs longer than a header's words (a task that speaks of "nhiệm vụ").
     */
    private HeaderCell[] headerKinds(String[] cells) {
        HeaderCell[] kinds = new HeaderCell[cells.length];
        int named = 0;
        for (int c = 0; c < cells.length; c++) {
            if (ROW_NUMBER.matcher(cells[c]).matches() || cells[c].split("\\s+").length > MAX_HEADER_WORDS) {
                return null;
            }
            kinds[c] = cells[c].isEmpty() ? HeaderCell.OTHER : cues.headerCell(cells[c]);
            named += kinds[c] == HeaderCell.OTHER ? 0 : 1;
        }
        return named >= 2 ? kinds : null;
    }

    private static boolean opensTable(HeaderCell[] kinds) {
        List<HeaderCell> k = Arrays.asList(kinds);
        boolean bodies = k.contains(HeaderCell.LEAD) || k.contains(HeaderCell.COORDINATE);
        return bodies && (k.contains(HeaderCell.TASK) || k.contains(HeaderCell.INDICATOR));
    }

    /** The rows of one table as they are read. */
    private final class Builder {
        private HeaderCell[] kinds;
        private final boolean indicators;
        private final int start;
        private int end;
        private final List<RowText> rows = new ArrayList<>();
        private String group;
        /** How many rows were read when the last group row came: none since means a group without numbered rows. */
        private int rowsAtGroup = -1;

        Builder(HeaderCell[] kinds, int start) {
            this.kinds = kinds;
            this.indicators = !Arrays.asList(kinds).contains(HeaderCell.TASK);
            this.start = start;
            this.end = start;
        }

        /** Reads the table's rows from {@code lines[i]} on; returns the index of the first line after the table. */
        int read(List<Line> lines, int i) {
            boolean underHeader = true;
            for (; i < lines.size(); i++) {
                Line line = lines.get(i);
                if (line.tabbed() && header(line, underHeader)) {
                    continue;
                }
                underHeader = false;
                if (line.tabbed() && columnNumbers(line.cells())) {
                    continue;
                }
                if (group(line)) {
                    end = line.start() + line.text().length();
                    continue;
                }
                if (!line.tabbed()) {
                    boolean rowFollows = i + 1 < lines.size() && numbered(lines.get(i + 1));
                    if (!rowFollows) {
                        return i;
                    }
                    if (capitals(line.text()) || rows.isEmpty()) {
                        // a title over the rows that has no numeral of its own: the rows under it have no group
                        group = null;
                    } else {
                        // a row carried on whose cells lost their tabs: its text goes on the task's
                        rows.get(rows.size() - 1).add(RowCells.TASK, line.joined());
                    }
                    continue;
                }
                row(line);
                end = line.start() + line.text().length();
            }
            return i;
        }

        /** A repeated header, or the second row of a header whose first merged a cell over two columns. */
        private boolean header(Line line, boolean underHeader) {
            HeaderCell[] again = headerKinds(line.cells());
            if (again == null) {
                return false;
            }
            if (underHeader && again.length == kinds.length) {
                // "Cơ quan thực hiện" over "Chủ trì | Phối hợp": the lower row names what the merged cell did not
                for (int c = 0; c < kinds.length; c++) {
                    if (again[c] != HeaderCell.OTHER) {
                        kinds[c] = again[c];
                    }
                }
            } else if (underHeader && again.length > kinds.length) {
                // the upper row reached the text without its merged cells' extra columns: the lower row gives the
                // columns, its empty cells (under a cell merged down from the upper row, "STT", "Nội dung") the
                // upper row's cells in order
                for (int c = 0; c < kinds.length; c++) {
                    if (again[c] == HeaderCell.OTHER && line.cells()[c].isEmpty()) {
                        again[c] = kinds[c];
                    }
                }
                kinds = again;
            }
            return true;
        }

        private boolean numbered(Line line) {
            return line.tabbed()
                    && ROW_NUMBER.matcher(line.cells()[numberColumn()]).matches();
        }

        private int numberColumn() {
            int first = -1;
            for (int c = 0; c < kinds.length; c++) {
                if (kinds[c] == HeaderCell.NUMBER) {
                    return c;
                }
                if (first < 0 && kinds[c] == HeaderCell.OTHER) {
                    first = c;
                }
            }
            // an unnamed column before every named one holds the numbers ("" over "1", "2")
            return first == 0 ? 0 : -1;
        }

        /** A group row: its numeral starts the paths of the rows under it. */
        private boolean group(Line line) {
            String numeral = groupNumeral(line);
            if (numeral == null) {
                return false;
            }
            boolean lettered = numeral.length() == 1 && (group == null || group.length() == 1);
            group = group == null || lettered ? numeral : RomanNumerals.mended(numeral, RomanNumerals.value(group));
            rowsAtGroup = rows.size();
            return true;
        }

        private String groupNumeral(Line line) {
            String[] cells = line.cells();
            int numberAt = Math.max(0, numberColumn());
            if (line.tabbed() && numberAt < cells.length) {
                Matcher bare = BARE_ROMAN.matcher(cells[numberAt]);
                // a numeral in the number column over a title and nothing else: a group, not a row so numbered
                if (bare.matches() && RomanNumerals.isNumeral(bare.group(1)) && !holdsBodies(cells)) {
                    return bare.group(1);
                }
                Matcher letter = LETTER.matcher(cells[numberAt]);
                String title = title(cells, numberAt);
                if (letter.matches() && title != null && capitals(title)) {
                    return letter.group(1);
                }
                if (Arrays.stream(cells).filter(c -> !c.isEmpty()).count() > 1) {
                    return null;
                }
            }
            Matcher m = GROUP.matcher(line.joined());
            return m.matches() && RomanNumerals.isNumeral(m.group(1)) ? m.group(1) : null;
        }

        /** Whether a row fills any cell beyond its number and its first text cell (a group row fills none). */
        private boolean holdsBodies(String[] cells) {
            int filled = 0;
            for (String c : cells) {
                filled += c.isEmpty() ? 0 : 1;
            }
            return filled > 2;
        }

        private void row(Line line) {
            String[] cells = line.cells();
            int numberAt = numberColumn();
            String number = numberAt >= 0 && numberAt < cells.length ? cells[numberAt] : "";
            Matcher n = ROW_NUMBER.matcher(number);
            Matcher roman = BARE_ROMAN.matcher(number);
            Matcher subgroup = ROMAN_DOTTED.matcher(number);
            if (n.matches() && titleOnly(cells, numberAt) && capitals(title(cells, numberAt))) {
                // "1 | CẢI CÁCH THỂ CHẾ" over rows "1.1", "1.2": a group numbered in figures
                group = n.group(1);
                return;
            }
            if (subgroup.matches()) {
                // "III.1.1 | Nhóm các nền tảng số ..." over rows numbered on through it: a group inside a group
                if (titleOnly(cells, numberAt)) {
                    group = subgroup.group(1);
                } else {
                    RowText row = new RowText(null, subgroup.group(1), line.start());
                    fill(row, cells, kinds);
                    rows.add(row);
                }
                return;
            }
            if (n.matches() || roman.matches() && RomanNumerals.isNumeral(roman.group(1))) {
                // a row numbered with a Roman numeral that names its bodies is a task of a table without groups
                String printed = n.matches() ? n.group(1) : roman.group(1);
                RowText row = new RowText(n.matches() ? group : null, printed, line.start());
                fill(row, cells, kinds);
                leadMergedDown(row);
                rows.add(row);
                return;
            }
            if (group != null && rows.size() == rowsAtGroup) {
                // the group's one row, its number cell left blank (merged away by the crawler): a task of its own
                RowText row = new RowText(null, group, line.start());
                fill(row, cells, cells.length < kinds.length && numberAt >= 0 ? withoutColumn(numberAt) : kinds);
                rows.add(row);
                return;
            }
            if (rows.isEmpty()) {
                return;
            }
            RowText last = rows.get(rows.size() - 1);
            if (number.isEmpty() || numberAt < 0) {
                // the merged number cell reached the text empty: the cells stand under their own columns
                fill(last, cells, kinds);
            } else if (cells.length < kinds.length - 1
                    && kinds[kinds.length - 1] == HeaderCell.TIME
                    && timeCell(cells[cells.length - 1])) {
                // the crawler left out every cell merged over this row from the numbered row above (its number, lead,
                // partners, group): the cells it kept are the row's last ones, a time under the time column last
                fill(last, cells, Arrays.copyOfRange(kinds, kinds.length - cells.length, kinds.length));
            } else {
                // the crawler left the merged number cell out: the cells stand one column to the left
                fill(last, cells, withoutColumn(numberAt));
            }
        }

        /**
         * A task's lead cell left empty under a row that names its lead: one cell merged down over both rows, which
         * reaches the text in the first row only (Word's vertical merges, a crawler's flattened rowspan).
         */
        private void leadMergedDown(RowText row) {
            if (indicators || rows.isEmpty() || !row.cells[RowCells.LEAD].isEmpty()) {
                return;
            }
            RowText last = rows.get(rows.size() - 1);
            String above = last.cells[RowCells.LEAD].toString();
            // a group row across the table ends any cell merged down above it
            if (!above.isEmpty()
                    && Objects.equals(last.group, row.group)
                    && Arrays.asList(kinds).contains(HeaderCell.LEAD)) {
                row.add(RowCells.LEAD, above);
            }
        }

        /** Whether a numbered row prints one cell of text beside its number: a group's title, not a task's cells. */
        private boolean titleOnly(String[] cells, int numberAt) {
            return title(cells, numberAt) != null;
        }

        /** The one cell of text beside the number, or null when the row prints none or several. */
        private String title(String[] cells, int numberAt) {
            String title = null;
            for (int c = 0; c < cells.length; c++) {
                if (c == numberAt || cells[c].isEmpty()) {
                    continue;
                }
                if (title != null) {
                    return null;
                }
                title = cells[c];
            }
            return title;
        }

        private HeaderCell[] withoutColumn(int column) {
            HeaderCell[] shifted = new HeaderCell[kinds.length - 1];
            for (int c = 0, k = 0; c < kinds.length; c++) {
                if (c != column) {
                    shifted[k++] = kinds[c];
                }
            }
            return shifted;
        }

        private void fill(RowText row, String[] cells, HeaderCell[] columns) {
            for (int c = 0; c < cells.length && c < columns.length; c++) {
                int cell = columns[c] == HeaderCell.INDICATOR ? indicatorCell() : columns[c].cell();
                if (cell >= 0 && !cells[c].isEmpty()) {
                    row.add(cell, cells[c]);
                }
            }
        }

        /** A time cell: its cue opens it ("Giai đoạn 2026 - 2030"), or it names a year ("Ban hành trong năm 2026"). */
        private boolean timeCell(String cell) {
            return cues.opensTimeline(cell) || YEAR.matcher(cell).find();
        }

        /** Where an indicator column's cells go: the task cell of an indicator table, else the output when none. */
        private int indicatorCell() {
            if (indicators) {
                return RowCells.TASK;
            }
            return Arrays.asList(kinds).contains(HeaderCell.OUTPUT) ? -1 : RowCells.OUTPUT;
        }

        Table build() {
            List<Row> out = new ArrayList<>();
            for (RowText r : rows) {
                out.add(new Row(r.group, r.number, r.start, r.cells()));
            }
            return new Table(indicators, start, end, out);
        }
    }

    /** A row's cells as they are filled: a row carried on by the next adds its text to the cells'. */
    private static final class RowText {
        final String group;
        final String number;
        final int start;
        final StringBuilder[] cells = new StringBuilder[RowCells.COLUMNS];

        RowText(String group, String number, int start) {
            this.group = group;
            this.number = number;
            this.start = start;
            for (int c = 0; c < cells.length; c++) {
                cells[c] = new StringBuilder();
            }
        }

        void add(int cell, String text) {
            StringBuilder b = cells[cell];
            if (!b.isEmpty()) {
                boolean bodies = cell == RowCells.LEAD || cell == RowCells.COORDINATE;
                b.append(bodies ? "; " : " ");
            }
            b.append(text);
        }

        List<String> cells() {
            return Arrays.stream(cells).map(StringBuilder::toString).toList();
        }
    }

    private static boolean capitals(String s) {
        return LetterCase.capitals(s);
    }

    private static boolean columnNumbers(String[] cells) {
        int numbers = 0;
        for (String c : cells) {
            if (c.isEmpty()) {
                continue;
            }
            if (!COLUMN_NUMBER.matcher(c).matches()) {
                return false;
            }
            numbers++;
        }
        return numbers >= 3;
    }
}
