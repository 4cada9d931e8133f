package org.planlens.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.fixtures.ScanFixtureGenerator;
import org.planlens.fixtures.TextPdfRenderer;
import org.planlens.support.IngestRun;
import org.planlens.support.PlanSchema;
import org.planlens.text.ocr.OcrOptions;
import org.planlens.text.ocr.TesseractCli;

/**
 * Issue 20, part 3: a target's page and box. Seed 004 is printed as a text PDF and as a scan of the same pages; the
 * box exported for a satisfaction target must hold the glyphs PDFBox finds for its words on the rendered page, and
 * the scan's OCR word boxes must put the same target at the same place.
 */
class ProvenanceIntegrationTest {
    private static final Path SEED = Path.of("corpus/004_55605d56893740eb.txt");
    /** Slack around a box, as a fraction of the page: glyph boxes and word boxes differ by a little. */
    private static final double SLACK = 0.01;

    @Test
    void targetsBox_coversItsWordsOnThePage_inTheTextPdfAndTheScan(@TempDir Path dir) throws Exception {
        String text = Files.readString(SEED, StandardCharsets.UTF_8);
        Path pdfs = Files.createDirectories(dir.resolve("text"));
        Path pdf = pdfs.resolve("plan.pdf");
        TextPdfRenderer.plain().render(text, pdf);
        IngestRun run = IngestRun.ingest(dir.resolve("out-text"), pdfs.toString());
        assertEquals(0, run.exitCode());
        Path json = run.planJsons().getFirst();
        assertEquals(List.of(), PlanSchema.errors(json));
        JsonNode plan = run.plan(json);
        assertEquals("text", plan.at("/source/pageInfo/0/method").asText());

        JsonNode target = satisfactionTarget(plan);
        int page = target.get("page").asInt();
        List<Double> box = box(target);
        String words = firstWords(target.get("text").asText(), 4);
        List<double[]> glyphs = glyphCentres(pdf, page, words);
        assertFalse(glyphs.isEmpty(), "'" + words + "' on page " + page);
        for (double[] g : glyphs) {
            assertTrue(
                    g[0] >= box.get(0) - SLACK
                            && g[0] <= box.get(2) + SLACK
                            && g[1] >= box.get(1) - SLACK
                            && g[1] <= box.get(3) + SLACK,
                    "glyph of '" + words + "' at " + g[0] + "," + g[1] + " outside " + box);
        }
        for (JsonNode section : plan.get("sections")) {
            assertTrue(section.has("page"), section.toString());
        }
        for (JsonNode r : plan.get("legalReferences")) {
            r.get("mentions").forEach(m -> assertTrue(m.has("page") && m.has("box"), m.toString()));
        }

        assumeTrue(new TesseractCli(OcrOptions.DEFAULT).available(), "tesseract with vie data is installed");
        ScanFixtureGenerator scans = new ScanFixtureGenerator();
        Path scanned = Files.createDirectories(dir.resolve("scan"));
        scans.writeImagePdf(
                scans.pageImages(text, ScanFixtureGenerator.Degradation.FLATBED), scanned.resolve("plan.pdf"));
        IngestRun scan = IngestRun.ingest(dir.resolve("out-scan"), scanned.toString());
        assertEquals(0, scan.exitCode());
        JsonNode scanPlan = scan.plan(scan.planJsons().getFirst());
        assertEquals(List.of(), PlanSchema.errors(scan.planJsons().getFirst()));
        assertEquals("ocr", scanPlan.at("/source/pageInfo/0/method").asText());
        assertTrue(scanPlan.at("/source/pageInfo/0/ocrConfidence").asDouble() > 50);
        JsonNode scanTarget = satisfactionTarget(scanPlan);
        assertEquals(page, scanTarget.get("page").asInt());
        List<Double> scanBox = box(scanTarget);
        double cx = (scanBox.get(0) + scanBox.get(2)) / 2;
        double cy = (scanBox.get(1) + scanBox.get(3)) / 2;
        assertTrue(
                cx >= box.get(0) - 3 * SLACK
                        && cx <= box.get(2) + 3 * SLACK
                        && cy >= box.get(1) - 3 * SLACK
                        && cy <= box.get(3) + 3 * SLACK,
                "scan box " + scanBox + " not over the text box " + box);
        System.out.println("provenance, seed 004 target '" + words + "': text PDF page " + page + " box " + box
                + "; scan page " + scanTarget.get("page") + " box " + scanBox);
    }

    /** The first target on satisfaction ("hài lòng") with a box. */
    private static JsonNode satisfactionTarget(JsonNode plan) {
        for (JsonNode t : plan.get("targets")) {
            if (t.get("text").asText().contains("hài lòng") && t.has("box")) {
                return t;
            }
        }
        throw new AssertionError("no satisfaction target with a box in " + plan.get("targets"));
    }

    private static List<Double> box(JsonNode record) {
        JsonNode b = record.get("box");
        assertNotNull(b, record.toString());
        List<Double> out = new ArrayList<>();
        b.forEach(v -> out.add(v.asDouble()));
        assertEquals(4, out.size());
        return out;
    }

    private static String firstWords(String s, int n) {
        String[] w = s.strip().split("\\s+");
        return String.join(" ", List.of(w).subList(0, Math.min(n, w.length)));
    }

    /** Centres of the glyphs of the first occurrence of {@code words} on {@code page}, as fractions of the page. */
    static List<double[]> glyphCentres(Path pdf, int page, String words) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDRectangle size = doc.getPage(page - 1).getCropBox();
            List<TextPosition> positions = new ArrayList<>();
            StringBuilder chars = new StringBuilder();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String s, List<TextPosition> glyphs) {
                    for (TextPosition g : glyphs) {
                        positions.add(g);
                        chars.append(
                                g.getUnicode().isEmpty() ? " " : g.getUnicode().substring(0, 1));
                    }
                    positions.add(null);
                    chars.append(' ');
                }
            };
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            stripper.getText(doc);
            String squeezedWords = words.replaceAll("\\s+", "");
            StringBuilder squeezed = new StringBuilder();
            List<Integer> at = new ArrayList<>();
            for (int i = 0; i < chars.length(); i++) {
                if (!Character.isWhitespace(chars.charAt(i))) {
                    squeezed.append(chars.charAt(i));
                    at.add(i);
                }
            }
            int found = squeezed.indexOf(squeezedWords);
            List<double[]> out = new ArrayList<>();
            for (int k = found; found >= 0 && k < found + squeezedWords.length(); k++) {
                TextPosition g = positions.get(at.get(k));
                double x = (g.getXDirAdj() + g.getWidthDirAdj() / 2) / size.getWidth();
                double y = (g.getYDirAdj() - g.getHeightDir() / 2) / size.getHeight();
                out.add(new double[] {x, y});
            }
            return out;
        }
    }
}
