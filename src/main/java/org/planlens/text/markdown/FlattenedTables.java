package org.planlens.text.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.planlens.rules.NumberingGrammar;

/**
 * Finds the tables a crawler flattened into blocks of lines: a line holding only {@code |} separates cells, and
 * two such lines in a row end one table row and start the next (a merged group row has a single cell); a bar
 * followed by a blank line, or the end of the text, ends the table. Everything else is left to the Markdown parser.
 *
 * <pre>
 * |
 * **ỦY BAN NHÂN DÂN**        row 1, cell 1
 * TỈNH ĐỒNG THÁP
 * |
 * **CỘNG HÒA ...**           row 1, cell 2
 * |
 * |
 * Số: 617/KH-UBND            row 2, cell 1
 * |
 * *Đồng Tháp, ngày ...*      row 2, cell 2
 * |
 * </pre>
 *
 * An empty cell is written as two bars in a row too, so a pair of bars inside a row that would otherwise be
 * short of the table's widest row, and whose next cells fit in that width, is read as an empty cell; after a
 * single cell (a group row) it always ends the row. Pages saved without blank lines run the body on after a table's
 * last bar: a block longer than {@link #MAX_CELL_LINES} lines, or one opening with an appendix's heading, is no
 * cell, and the table ends before it.
 */
final class FlattenedTables {
    /** More lines than a table cell ever holds: a block this long after a bar is the text after the table. */
    static final int MAX_CELL_LINES = 30;

    /** A stretch of the source: Markdown prose, or one flattened table. */
    sealed interface Part permits Prose, Table {}

    /** Source lines for the Markdown parser. */
    record Prose(List<String> lines) implements Part {
        Prose {
            lines = List.copyOf(lines);
        }
    }

    /** Rows of cells, each cell its Markdown source lines (an empty list for an empty cell). */
    record Table(List<List<List<String>>> rows) implements Part {
        Table {
            rows = List.copyOf(rows);
        }
    }

    /** An appendix's heading ({@code models/numbering.tsv}, APPENDIX_OPENING). */
    private static final Pattern APPENDIX = NumberingGrammar.packaged().compile("$APPENDIX_OPENING");
    /** A row's number as its first cell prints it: "12", "III", "III.1.2", "A." (bold or italic marks aside). */
    private static final Pattern ROW_NUMBER =
            NumberingGrammar.packaged().compile("(?:$ROW_NUMBER|$ROMAN(?:\\.$ARABIC_ROW)*|$CAPITAL_LETTER)\\.?");
    /** A group's numeral: "III", "III.1", "A." (a plain figure may be a cell's value). */
    private static final Pattern GROUP_NUMBER =
            NumberingGrammar.packaged().compile("(?:$ROMAN(?:\\.$ARABIC_ROW)*|$CAPITAL_LETTER)\\.?");

    private FlattenedTables() {}

    static List<Part> split(List<String> lines) {
        List<Part> parts = new ArrayList<>();
        List<String> prose = new ArrayList<>();
        boolean fenced = false;
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (isFence(line)) {
                fenced = !fenced;
            }
            if (!fenced && isBar(line) && !inPipeTable(lines, i)) {
                if (!prose.isEmpty()) {
                    parts.add(new Prose(prose));
                    prose.clear();
                }
                Scan scan = scan(lines, i);
                if (!scan.table().rows().isEmpty()) {
                    parts.add(scan.table());
                }
                i = scan.end();
                continue;
            }
            prose.add(line);
            i++;
        }
        if (!prose.isEmpty()) {
            parts.add(new Prose(prose));
        }
        return parts;
    }

    static boolean isBar(String line) {
        return line.strip().equals("|");
    }

    /** "**PHỤ LỤC I**": an appendix's heading is never a cell; a page without blank lines runs it on after a bar. */
    private static boolean opensAppendix(String line) {
        String s = line.replace("*", "").strip();
        return APPENDIX.matcher(s).lookingAt();
    }

    private static boolean isFence(String line) {
        String s = line.stripLeading();
        return s.startsWith("```") || s.startsWith("~~~");
    }

    /** A lone bar right under a GFM table's row is that table's (a row of one empty cell), not a flattened one. */
    private static boolean inPipeTable(List<String> lines, int i) {
        if (i == 0) {
            return false;
        }
        String prev = lines.get(i - 1).strip();
        return prev.length() > 1 && prev.startsWith("|") && prev.indexOf('|', 1) > 0;
    }

    private record Scan(Table table, int end) {}

    /** A cell's source lines, or a gap: a bar right after a bar. */
    private record Token(List<String> cell) {
        static final Token GAP = new Token(null);

        boolean isGap() {
            return cell == null;
        }
    }

    /** Reads from the opening bar at {@code start}; {@code end} is the first line after the table. */
    private static Scan scan(List<String> lines, int start) {
        List<Token> tokens = new ArrayList<>();
        int j = start + 1;
        int end = j;
        while (j < lines.size() && !lines.get(j).isBlank()) {
            if (isBar(lines.get(j))) {
                tokens.add(Token.GAP);
                j++;
                end = j;
                continue;
            }
            int k = j;
            while (k < lines.size() && !lines.get(k).isBlank() && !isBar(lines.get(k))) {
                k++;
            }
            if (k >= lines.size() || !isBar(lines.get(k)) || k - j > MAX_CELL_LINES || opensAppendix(lines.get(j))) {
                break;
            }
            tokens.add(new Token(lines.subList(j, k)));
            j = k + 1;
            end = j;
        }
        return new Scan(new Table(rows(tokens)), end);
    }

    private static List<List<List<String>>> rows(List<Token> tokens) {
        int width = 0;
        int run = 0;
        for (Token t : tokens) {
            run = t.isGap() ? 0 : run + 1;
            width = Math.max(width, run);
        }
        List<List<List<String>>> rows = new ArrayList<>();
        List<List<String>> row = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isGap()) {
                row.add(t.cell());
                continue;
            }
            if (row.size() >= 2 && row.size() + 1 + cellsAfter(tokens, i) <= width && !rowStartsAfter(tokens, i, row)) {
                row.add(List.of());
            } else if (!row.isEmpty()) {
                rows.add(row);
                row = new ArrayList<>();
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    /**
     * Whether the gap at {@code gap} ends {@code row} though the cells after it would fit the table's width: a group
     * row follows ("III | Phát triển ..." then "III.1 | Nhóm ..."), or a row like it whose number cell was merged
     * over both (two sub-rows of three cells under one numbered row of seven).
     */
    private static boolean rowStartsAfter(List<Token> tokens, int gap, List<List<String>> row) {
        if (gap + 1 >= tokens.size() || tokens.get(gap + 1).isGap()) {
            return false;
        }
        if (GROUP_NUMBER.matcher(firstLine(tokens.get(gap + 1).cell())).matches()) {
            return true;
        }
        return cellsAfter(tokens, gap) == row.size()
                && !ROW_NUMBER.matcher(firstLine(row.getFirst())).matches();
    }

    private static String firstLine(List<String> cell) {
        return cell.isEmpty() ? "" : cell.getFirst().replace("*", "").strip();
    }

    /** Cells from after the gap at {@code gap} to the next gap. */
    private static int cellsAfter(List<Token> tokens, int gap) {
        int n = 0;
        for (int i = gap + 1; i < tokens.size() && !tokens.get(i).isGap(); i++) {
            n++;
        }
        return n;
    }
}
