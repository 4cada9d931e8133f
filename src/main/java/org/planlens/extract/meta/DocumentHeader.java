package org.planlens.extract.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.planlens.rules.Fold;

/**
 * The header of a document: its lines from the issuer's name to the title, cut into cells ({@link HeaderCells}).
 * Site chrome before it (a page title, a table of the page's facts) is left out: the header starts at the
 * issuer's name in capitals ({@code ỦY BAN NHÂN DÂN}, {@code THỦ TƯỚNG CHÍNH PHỦ}) or, without one, at the
 * national motto; it ends where the text's body opens ({@code Căn cứ ...}, {@code Thực hiện ...}, a numbered unit).
 *
 * @param cells the header's cells in reading order
 * @param issuerCells how many of the first cells name the issuer (the capitals above the number and date)
 * @param startLine the line the header starts on (0 when the text has no header to anchor on)
 * @param endLine the line after the header
 */
public record DocumentHeader(List<Cell> cells, int issuerCells, int startLine, int endLine) {
    /** One cell and the line it is on. */
    public record Cell(int line, String text) {}

    /** The issuer's cells as one phrase ("ỦY BAN NHÂN DÂN TỈNH BẮC GIANG"), empty when there are none. */
    public String issuerBlock() {
        return String.join(
                " ", cells.subList(0, issuerCells).stream().map(Cell::text).toList());
    }

    /** Every cell after the issuer's, joined with spaces, so a date or number broken over lines reads whole. */
    public String stream() {
        return String.join(
                " ",
                cells.subList(issuerCells, cells.size()).stream()
                        .map(Cell::text)
                        .toList());
    }

    /** Whether a cell prints a number line ("Số: ..."), filled in or left blank. */
    public boolean hasNumberLine(Pattern number) {
        return cells.stream().anyMatch(c -> number.matcher(c.text()).lookingAt());
    }

    /** Finds the header in a text's lines. */
    public static final class Finder {
        /** The header starts within this many lines of the text's top (site chrome can come first). */
        private static final int SEARCH_LINES = 60;
        /** The issuer's name sits at most this many lines above the motto, number or date that confirm it. */
        private static final int CONFIRM_LINES = 10;
        /** The issuer's lines sit at most this many lines above the motto, separators included. */
        private static final int ABOVE_MOTTO = 6;
        /** The most lines a header runs to. */
        private static final int MAX_LINES = 25;

        private final HeaderCells splitter;
        private final IssuerBodies bodies;
        private final DocumentTypes types;
        private final Pattern bodyOpener;
        private final Pattern numberCell;
        private final Pattern numberLine;
        /** Matched in folded text. */
        private final Pattern dateCell;

        public Finder(NamedPatterns patterns, IssuerBodies bodies, DocumentTypes types) {
            this.splitter = new HeaderCells(patterns.get("mottoFolded"), patterns.get("mottoEnd"));
            this.bodies = bodies;
            this.types = types;
            this.bodyOpener = patterns.get("bodyOpener");
            this.numberCell = patterns.get("number");
            this.numberLine = patterns.get("numberLine");
            this.dateCell = patterns.get("headerDate");
        }

        public DocumentHeader find(List<String> lines) {
            int limit = Math.min(lines.size(), SEARCH_LINES);
            int start = issuerLine(lines, limit);
            if (start < 0) {
                start = mottoLine(lines, limit);
            }
            if (start < 0) {
                start = 0;
            }
            List<Cell> cells = new ArrayList<>();
            int end = start;
            for (; end < lines.size() && end < start + MAX_LINES; end++) {
                String line = lines.get(end).strip();
                if (end > start && bodyOpener.matcher(line).lookingAt()) {
                    break;
                }
                List<String> lineCells = splitter.cells(line);
                if (end == start) {
                    lineCells = fromIssuer(lineCells);
                }
                for (String c : lineCells) {
                    cells.add(new Cell(end, c));
                }
            }
            return new DocumentHeader(cells, issuerCells(cells), start, end);
        }

        /**
         * A line at whose capitals cell a body's name opens, confirmed by a motto, number or date below it; without
         * one, a body whose place the lines under it print ("ỦY BAN NHÂN DÂN" / "XÃ HOÀI HẢI"), which a portal's
         * banner can be too, so it comes second.
         */
        private int issuerLine(List<String> lines, int limit) {
            int placed = -1;
            for (int i = 0; i < limit; i++) {
                for (String c : splitter.cells(lines.get(i))) {
                    if (VietCase.isUpper(c) && (bodies.opensWithBody(c) || brokenName(c, lines, i))) {
                        if (confirmed(lines, i)) {
                            return i;
                        }
                        if (placed < 0 && placed(lines, i)) {
                            placed = i;
                        }
                    }
                }
            }
            return placed;
        }

        /**
         * "HỘI" / "ĐỒNG NHÂN DÂN QUẬN 2": a site's narrow column broke the issuer's name after its first word, the
         * line alone names no body, the two read on do.
         */
        private boolean brokenName(String cell, List<String> lines, int i) {
            if (cell.contains(" ") || i + 1 >= lines.size()) {
                return false;
            }
            List<String> next = splitter.cells(lines.get(i + 1));
            return !next.isEmpty() && VietCase.isUpper(next.get(0)) && bodies.opensWithBody(cell + " " + next.get(0));
        }

        private boolean confirmed(List<String> lines, int from) {
            for (int j = from; j < lines.size() && j <= from + CONFIRM_LINES; j++) {
                String line = lines.get(j);
                if (splitter.hasMotto(line)
                        || numberLine.matcher(line).find()
                        || dateCell.matcher(Fold.fold(line)).find()) {
                    return true;
                }
            }
            return false;
        }

        /** "ỦY BAN NHÂN DÂN" / "XÃ HOÀI HẢI": a body whose place the capitals lines under it print. */
        private boolean placed(List<String> lines, int from) {
            StringBuilder block = new StringBuilder();
            for (int j = from; j < lines.size() && j <= from + 2; j++) {
                List<String> cells = splitter.cells(lines.get(j));
                if (cells.isEmpty() || !VietCase.isUpper(cells.get(0))) {
                    break;
                }
                block.append(' ').append(cells.get(0));
            }
            return bodies.read(block.toString()).stream().anyMatch(b -> b.place() != null);
        }

        /** Without an issuer's name in capitals: the motto's line, and the capitals lines just above it. */
        private int mottoLine(List<String> lines, int limit) {
            for (int i = 0; i < limit; i++) {
                if (splitter.hasMotto(lines.get(i))) {
                    int start = i;
                    while (start > 0 && i - start < ABOVE_MOTTO && allCapitals(lines.get(start - 1))) {
                        start--;
                    }
                    return start;
                }
            }
            return -1;
        }

        /** A line of capitals, or of separators only ("-------", "|"). */
        private boolean allCapitals(String line) {
            return splitter.cells(line).stream().allMatch(VietCase::isUpper);
        }

        /** On the first line, the cells from the one where the issuer's name opens (chrome before it dropped). */
        private List<String> fromIssuer(List<String> cells) {
            for (int i = 0; i < cells.size(); i++) {
                if (VietCase.isUpper(cells.get(i)) && bodies.opensWithBody(cells.get(i))) {
                    return cells.subList(i, cells.size());
                }
            }
            return cells;
        }

        /** The leading cells in capitals: the issuer's name, above the number, date and type line. */
        private int issuerCells(List<Cell> cells) {
            int n = 0;
            while (n < cells.size()
                    && VietCase.isUpper(cells.get(n).text())
                    && !numberCell.matcher(cells.get(n).text()).lookingAt()
                    && types.ofTypeLine(cells.get(n).text()).isEmpty()
                    && types.ofOpening(cells.get(n).text()).isEmpty()) {
                n++;
            }
            return n;
        }
    }
}
