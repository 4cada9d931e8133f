package org.planlens.extract.tasks;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.planlens.fixtures.FixtureFonts;

/**
 * A plan whose appendix is one table given as a grid, written as each format stores it: a Word table with true merged
 * cells (gridSpan across, vMerge down; the header row marked to repeat), an HTML table with colspan and rowspan, a
 * Markdown pipe table (merged cells empty, as crawlers write them), and a text PDF with ruled cells, the header rows
 * printed again at the top of each page. In the grid, {@code "<"} is a cell merged into the one on its left and
 * {@code "^"} one merged into the one above.
 */
record GridTableFiles(List<String> before, List<String[]> grid, int headerRows, List<String> after) {
    static final String LEFT = "<";
    static final String UP = "^";

    private int columns() {
        return grid.get(0).length;
    }

    private int colspan(int r, int c) {
        int span = 1;
        while (c + span < columns() && grid.get(r)[c + span].equals(LEFT)) {
            span++;
        }
        return span;
    }

    private int rowspan(int r, int c) {
        int span = 1;
        while (r + span < grid.size() && grid.get(r + span)[c].equals(UP)) {
            span++;
        }
        return span;
    }

    private static boolean merged(String cell) {
        return cell.equals(LEFT) || cell.equals(UP);
    }

    void docx(Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument();
                OutputStream out = Files.newOutputStream(file)) {
            before.forEach(p -> doc.createParagraph().createRun().setText(p));
            XWPFTable table = doc.createTable(grid.size(), columns());
            for (int r = 0; r < grid.size(); r++) {
                XWPFTableRow row = table.getRow(r);
                if (r < headerRows) {
                    row.setRepeatHeader(true);
                }
                String[] cells = grid.get(r);
                for (int c = cells.length - 1; c >= 0; c--) {
                    if (cells[c].equals(LEFT)) {
                        row.removeCell(c);
                        continue;
                    }
                    XWPFTableCell cell = row.getCell(c);
                    CTTcPr pr = cell.getCTTc().isSetTcPr()
                            ? cell.getCTTc().getTcPr()
                            : cell.getCTTc().addNewTcPr();
                    int across = colspan(r, c);
                    if (across > 1) {
                        pr.addNewGridSpan().setVal(BigInteger.valueOf(across));
                    }
                    if (cells[c].equals(UP)) {
                        pr.addNewVMerge().setVal(STMerge.CONTINUE);
                    } else {
                        if (rowspan(r, c) > 1) {
                            pr.addNewVMerge().setVal(STMerge.RESTART);
                        }
                        cell.setText(cells[c]);
                    }
                }
            }
            after.forEach(p -> doc.createParagraph().createRun().setText(p));
            doc.write(out);
        }
    }

    void html(Path file) throws IOException {
        StringBuilder b = new StringBuilder(
                "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Kế hoạch</title>" + "</head><body>\n");
        before.forEach(p -> b.append("<p>").append(p).append("</p>\n"));
        b.append("<table border=\"1\">\n");
        for (int r = 0; r < grid.size(); r++) {
            b.append(r == 0 ? "<thead>" : r == headerRows ? "<tbody>" : "").append("<tr>");
            String[] cells = grid.get(r);
            for (int c = 0; c < cells.length; c++) {
                if (merged(cells[c])) {
                    continue;
                }
                String tag = r < headerRows ? "th" : "td";
                b.append('<').append(tag);
                if (colspan(r, c) > 1) {
                    b.append(" colspan=\"").append(colspan(r, c)).append('"');
                }
                if (rowspan(r, c) > 1) {
                    b.append(" rowspan=\"").append(rowspan(r, c)).append('"');
                }
                b.append('>').append(cells[c]).append("</").append(tag).append('>');
            }
            b.append("</tr>").append(r == headerRows - 1 ? "</thead>" : "").append('\n');
        }
        b.append("</tbody></table>\n");
        after.forEach(p -> b.append("<p>").append(p).append("</p>\n"));
        Files.writeString(file, b.append("</body></html>\n"), StandardCharsets.UTF_8);
    }

    void markdown(Path file) throws IOException {
        StringBuilder b = new StringBuilder();
        before.forEach(p -> b.append(p).append("\n\n"));
        for (int r = 0; r < grid.size(); r++) {
            b.append('|');
            for (String cell : grid.get(r)) {
                b.append(' ').append(merged(cell) ? "" : cell).append(" |");
            }
            b.append('\n');
            if (r == 0) {
                b.append("|").append(" --- |".repeat(columns())).append('\n');
            }
        }
        b.append('\n');
        after.forEach(p -> b.append(p).append("\n\n"));
        Files.writeString(file, b, StandardCharsets.UTF_8);
    }

    private static final float MARGIN = 50f;
    private static final float SIZE = 10f;
    private static final float LEADING = 12.5f;
    private static final float PAD = 3f;

    void pdf(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font =
                    PDType0Font.load(doc, FixtureFonts.vietnameseSerif().toFile());
            Page page = new Page(doc, font);
            for (String p : before) {
                page.line(p, MARGIN, SIZE + 2);
                page.y -= 2 * LEADING;
            }
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            float[] edges = new float[columns() + 1];
            edges[0] = MARGIN;
            for (int c = 0; c < columns(); c++) {
                float share = c == 0 ? 0.07f : c == 1 ? 0.33f : 0.60f / (columns() - 2);
                edges[c + 1] = edges[c] + share * width;
            }
            List<List<List<String>>> lines = new ArrayList<>();
            float[] heights = new float[grid.size()];
            for (int r = 0; r < grid.size(); r++) {
                List<List<String>> row = new ArrayList<>();
                int most = 1;
                for (int c = 0; c < columns(); c++) {
                    String cell = grid.get(r)[c];
                    List<String> wrapped =
                            merged(cell) ? List.of() : wrap(cell, font, edges[c + colspan(r, c)] - edges[c] - 2 * PAD);
                    row.add(wrapped);
                    if (rowspan(r, c) == 1) {
                        most = Math.max(most, wrapped.size());
                    }
                }
                lines.add(row);
                heights[r] = most * LEADING + 2 * PAD;
            }
            for (int r = 0; r < grid.size(); r++) {
                if (r >= headerRows && page.y - heights[r] < MARGIN) {
                    page.next();
                    for (int h = 0; h < headerRows; h++) {
                        page.row(h, lines.get(h), edges, heights);
                    }
                }
                page.row(r, lines.get(r), edges, heights);
            }
            page.y -= LEADING;
            for (String p : after) {
                page.line(p, MARGIN, SIZE + 2);
                page.y -= 2 * LEADING;
            }
            page.close();
            doc.save(file.toFile());
        }
    }

    private static List<String> wrap(String text, PDType0Font font, float width) throws IOException {
        List<String> out = new ArrayList<>();
        String line = "";
        for (String word : text.split("\\s+")) {
            String next = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(next) / 1000 * SIZE > width) {
                out.add(line);
                line = word;
            } else {
                line = next;
            }
        }
        if (!line.isEmpty()) {
            out.add(line);
        }
        return out;
    }

    /** The page being drawn and where the next line goes. */
    private final class Page {
        private final PDDocument doc;
        private final PDType0Font font;
        private PDPageContentStream cs;
        float y;

        Page(PDDocument doc, PDType0Font font) throws IOException {
            this.doc = doc;
            this.font = font;
            next();
        }

        void next() throws IOException {
            close();
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void close() throws IOException {
            if (cs != null) {
                cs.close();
            }
        }

        void line(String s, float x, float size) throws IOException {
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(x, y - size);
            cs.showText(s);
            cs.endText();
        }

        /** One grid row: each cell that starts here drawn over the rows and columns it spans. */
        void row(int r, List<List<String>> lines, float[] edges, float[] heights) throws IOException {
            for (int c = 0; c < columns(); c++) {
                if (merged(grid.get(r)[c])) {
                    continue;
                }
                float height = 0;
                for (int k = r; k < r + rowspan(r, c); k++) {
                    height += heights[k];
                }
                float x0 = edges[c];
                float x1 = edges[c + colspan(r, c)];
                cs.setLineWidth(0.5f);
                cs.addRect(x0, y - height, x1 - x0, height);
                cs.stroke();
                List<String> cell = lines.get(c);
                for (int i = 0; i < cell.size(); i++) {
                    cs.beginText();
                    cs.setFont(font, SIZE);
                    cs.newLineAtOffset(x0 + PAD, y - PAD - SIZE - i * LEADING);
                    cs.showText(cell.get(i));
                    cs.endText();
                }
            }
            y -= heights[r];
        }
    }
}
