package org.planlens.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.fixtures.ScanFixtureGenerator;
import org.planlens.fixtures.TaskTableText;
import org.planlens.fixtures.TextPdfRenderer;
import org.planlens.model.Place;
import org.planlens.pipeline.PageLocator;
import org.planlens.rules.ModelData;
import org.planlens.text.DocumentTextReader;
import org.planlens.text.ExtractedText;
import org.planlens.text.TextReadOptions;
import org.planlens.text.ocr.OcrOptions;
import org.planlens.text.ocr.TesseractCli;

/**
 * Issue 20, part 3: a task row on a scanned table page carries the box of its task words. Seed 001's task table is
 * printed as a ruled PDF table (PDFBox), one table page holding a whole long task cell is rendered and scanned,
 * Tesseract reads it, and the box the locator gives the task's description must hold the cell's glyphs as PDFBox
 * placed them, and stay inside that cell: the OCR reads a table row across its cells, in another order than the
 * text, so a box found by reading order alone stretches over the neighbouring cells or is not found.
 */
class TableProvenanceIntegrationTest {
    private static final Path SEED = Path.of("corpus/001_6a0161e947e78645.txt");
    /** Slack around a box, as a fraction of the page: a word's box reaches past its glyphs' centres, scans skew. */
    private static final double SLACK = 0.025;
    /** A task cell that wraps over a few lines of its column. */
    private static final int LONG_TASK = 120;

    @Test
    void aTaskRowOnAScannedTablePage_getsTheBoxOfItsTaskWords(@TempDir Path dir) throws Exception {
        assumeTrue(new TesseractCli(OcrOptions.DEFAULT).available(), "tesseract with vie data is installed");
        String tabbed = new TaskTableText(ModelData.packaged())
                .rewrite(Files.readString(SEED, StandardCharsets.UTF_8), TaskTableFormsIntegrationTest.HEADER);
        Path pdf = dir.resolve("table.pdf");
        TextPdfRenderer.plain().render(tabbed, pdf);
        int page = -1;
        List<String> tasks = new ArrayList<>();
        try (PDDocument doc = TextPdfRenderer.plain().layOut(tabbed)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages() && tasks.isEmpty(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String printed = squeeze(stripper.getText(doc));
                if (!printed.contains(squeeze(TaskTableFormsIntegrationTest.HEADER.get(1)))) {
                    // prose pages repeat some tasks' wording
                    continue;
                }
                for (String row : tabbed.split("\n")) {
                    String[] cells = row.split("\t", -1);
                    if (cells.length > 2
                            && cells[0].strip().matches("\\d+")
                            && cells[1].length() > LONG_TASK
                            && printed.contains(squeeze(cells[1]))) {
                        page = p;
                        tasks.add(cells[1].strip());
                    }
                }
            }
        }
        assertFalse(tasks.isEmpty(), "a table page holds a whole long task cell");
        ScanFixtureGenerator scans = new ScanFixtureGenerator();
        Path scan = dir.resolve("scan.pdf");
        scans.writeImagePdf(
                scans.pageImages(tabbed, ScanFixtureGenerator.Degradation.FLATBED, List.of(page - 1)), scan);
        ExtractedText read = new DocumentTextReader(TextReadOptions.DEFAULT, OcrOptions.DEFAULT)
                .read(scan, scan.toString(), "scan.pdf");
        PageLocator locator = PageLocator.of(read).orElseThrow();
        // a row whose task cell the OCR text holds whole, from its opening once on the page to its last words (a
        // row Tesseract reads across its cells is the table reading's matter, not the locator's)
        String task = null;
        int start = -1;
        int end = -1;
        for (String candidate : tasks) {
            List<String> words = List.of(candidate.split("\\s+"));
            String opening = String.join(" ", words.subList(0, 5));
            String last = String.join(" ", words.subList(words.size() - 2, words.size()));
            int at = locator.find(opening, 0);
            int to = at < 0 ? -1 : locator.findEnd(last, at);
            if (at >= 0 && locator.find(opening, at + 1) < 0 && to > at && to - at < candidate.length() * 6 / 5) {
                task = candidate;
                start = at;
                end = to;
                break;
            }
        }
        assertNotNull(task, "a task cell of page " + page + " held whole by the OCR text: " + read.text());
        String[] words = task.split("\\s+");
        Place place = locator.place(start, end);
        assertNotNull(place.box(), "a box for '" + task + "'");
        List<Double> box = place.box();

        List<double[]> cell = ProvenanceIntegrationTest.glyphCentres(pdf, page, task);
        assertFalse(cell.isEmpty(), "the task's glyphs on the text PDF's page " + page);
        List<double[]> opening = cell.subList(0, squeeze(words[0] + words[1]).length());
        for (double[] g : opening) {
            assertTrue(
                    inside(g[0], g[1], box.get(0), box.get(1), box.get(2), box.get(3), SLACK),
                    "glyph of the task's opening at " + g[0] + "," + g[1] + " outside " + box);
        }
        double left = cell.stream().mapToDouble(g -> g[0]).min().orElseThrow();
        double top = cell.stream().mapToDouble(g -> g[1]).min().orElseThrow();
        double right = cell.stream().mapToDouble(g -> g[0]).max().orElseThrow();
        double bottom = cell.stream().mapToDouble(g -> g[1]).max().orElseThrow();
        for (int corner = 0; corner < 4; corner += 2) {
            assertTrue(
                    inside(box.get(corner), box.get(corner + 1), left, top, right, bottom, SLACK),
                    "box " + box + " reaches out of the task's cell " + List.of(left, top, right, bottom));
        }
    }

    private static boolean inside(double x, double y, double x0, double y0, double x1, double y1, double slack) {
        return x >= x0 - slack && x <= x1 + slack && y >= y0 - slack && y <= y1 + slack;
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
