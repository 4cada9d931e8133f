package org.planlens.extract.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.planlens.model.Role;
import org.planlens.rules.Fold;

/**
 * The cells of the lead and partner columns of the tables a text prints one row a line with tab-separated cells:
 * task tables ("Cơ quan chủ trì | Cơ quan phối hợp") and indicator tables ("Chỉ tiêu | Đơn vị chủ trì"), whether or
 * not a task table reader takes them. A header row names the columns (kinds {@code leadcolumn} and
 * {@code partnercolumn} of {@code agency-scope.tsv}); its rows are the tab lines with as many cells that follow it,
 * past group rows, up to prose or the next header.
 */
public final class TableColumns {
    /** A cell of a lead or partner column: its text and the role its column gives. */
    public record Cell(String text, Role role) {}

    /** A header cell that names a column has at most this many words. */
    private static final int MAX_HEADER_WORDS = 6;
    /** A line without tabs of more words than this is prose: the table has ended. */
    private static final int MAX_GROUP_ROW_WORDS = 20;

    private final List<String> leadHeaders;
    private final List<String> partnerHeaders;

    public TableColumns(AgencyLexicon lex) {
        this.leadHeaders = lex.words("leadcolumn").stream().map(Fold::key).toList();
        this.partnerHeaders = lex.words("partnercolumn").stream().map(Fold::key).toList();
    }

    public List<Cell> cells(String text) {
        List<Cell> out = new ArrayList<>();
        Map<Integer, Role> columns = Map.of();
        int width = 0;
        for (String line : text.split("\n", -1)) {
            if (line.indexOf('\t') < 0) {
                if (line.strip().split("\\s+").length > MAX_GROUP_ROW_WORDS) {
                    columns = Map.of();
                }
                continue;
            }
            String[] cells = line.split("\t", -1);
            Map<Integer, Role> header = header(cells);
            if (!header.isEmpty()) {
                columns = header;
                width = cells.length;
                continue;
            }
            if (cells.length != width) {
                continue;
            }
            for (Map.Entry<Integer, Role> c : columns.entrySet()) {
                String cell = cells[c.getKey()].strip();
                if (!cell.isEmpty()) {
                    out.add(new Cell(cell, c.getValue()));
                }
            }
        }
        return out;
    }

    private Map<Integer, Role> header(String[] cells) {
        Map<Integer, Role> out = new TreeMap<>();
        for (int i = 0; i < cells.length; i++) {
            String c = cells[i].strip();
            if (c.isEmpty() || c.split("\\s+").length > MAX_HEADER_WORDS) {
                continue;
            }
            String k = " " + Fold.key(c) + " ";
            if (partnerHeaders.stream().anyMatch(h -> k.contains(" " + h + " "))) {
                out.put(i, Role.COORDINATE);
            } else if (leadHeaders.stream().anyMatch(h -> k.contains(" " + h + " "))) {
                out.put(i, Role.LEAD);
            }
        }
        return out;
    }
}
