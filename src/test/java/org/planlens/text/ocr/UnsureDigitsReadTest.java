package org.planlens.text.ocr;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.fixtures.ScanFixtureGenerator;
import org.planlens.fixtures.ScanFixtureGenerator.Degradation;
import org.planlens.fixtures.TextPdfRenderer;
import org.planlens.model.Warning;
import org.planlens.model.WarningCode;
import org.planlens.support.Seeds;
import org.planlens.text.DigitChoices;
import org.planlens.text.DocumentTextReader;
import org.planlens.text.ExtractedText;
import org.planlens.text.TextReadOptions;

/**
 * Issue 20 part 2: a seed's opening set in a monospace font whose zero carries a dot, scanned, read by Tesseract.
 * The zeros it reads as 9 or 6 carry the 0 among their choices, and the numbers the document prints elsewhere mend
 * them: every mend gives back what the page prints; the same text as a text layer is left alone.
 */
class UnsureDigitsReadTest {
    private static final DocumentTextReader READER =
            new DocumentTextReader(TextReadOptions.DEFAULT, OcrOptions.DEFAULT);
    private static final Pattern MENDED = Pattern.compile("OCR read '([^']+)', unsure of a digit; mended to '([^']+)'");

    @TempDir
    static Path dir;

    private static ExtractedText read(Path file) throws Exception {
        return READER.read(file, file.toString(), file.getFileName().toString());
    }

    /** The mends of {@link UnsureDigits} (a share over 100% is mended by {@link OcrShares}, tested on its own). */
    private static List<Warning> mends(ExtractedText t) {
        return t.warnings().stream()
                .filter(w -> w.code() == WarningCode.OCR_NUMBER_REPAIRED
                        && w.message().contains("unsure of a digit"))
                .toList();
    }

    @Test
    void zerosReadAsNines_areMendedToWhatThePagePrints() throws Exception {
        assumeTrue(new PageOcr(OcrOptions.DEFAULT).available(), "tesseract with vie data is installed");
        String printed = Seeds.head(1, 5000);
        ScanFixtureGenerator generator = new ScanFixtureGenerator(TextPdfRenderer.monospace());
        generator.writeImagePdf(generator.pageImages(printed, Degradation.FLATBED), dir.resolve("scan.pdf"));
        ExtractedText scan = read(dir.resolve("scan.pdf"));

        List<DigitChoices> unsure =
                scan.layout().stream().flatMap(l -> l.digitChoices().stream()).toList();
        assertTrue(
                unsure.stream().anyMatch(c -> c.glyphs().stream().anyMatch(g -> g.length() > 1 && g.indexOf('0') > 0)),
                "a digit Tesseract read, with 0 among its other readings: " + unsure);
        List<Warning> mends = mends(scan);
        assertFalse(mends.isEmpty(), scan.warnings().toString());
        for (Warning w : mends) {
            Matcher m = MENDED.matcher(w.message());
            assertTrue(m.find(), w.message());
            assertFalse(printed.contains(m.group(1)), "mended a number the page prints: " + w.message());
            assertTrue(printed.contains(m.group(2)), "mended to a number the page does not print: " + w.message());
            assertTrue(scan.text().contains(m.group(2)), scan.text());
        }

        generator.writeTextPdf(printed, dir.resolve("text.pdf"));
        ExtractedText layer = read(dir.resolve("text.pdf"));
        assertTrue(mends(layer).isEmpty(), layer.warnings().toString());
    }

    /**
     * Seed 004 prints {@code 100%} seven times, on five pages (scanned as the whole document's scan has them). OCR
     * reads most of them {@code 106%} or {@code 199%} and is sure of it; readings that disagree among themselves are
     * one number misread several ways, no evidence: the {@code 100%} it was unsure of stays {@code 100%}.
     */
    @Test
    void confidentReadingsThatDisagree_areNoEvidence() throws Exception {
        assumeTrue(new PageOcr(OcrOptions.DEFAULT).available(), "tesseract with vie data is installed");
        String seed = Seeds.text(Seeds.all().get(4));
        ScanFixtureGenerator generator = new ScanFixtureGenerator(TextPdfRenderer.monospace());
        Path pdf = dir.resolve("seed4.pdf");
        generator.writeImagePdf(generator.pageImages(seed, Degradation.FLATBED, List.of(2, 4, 5, 14, 15)), pdf);
        ExtractedText scan = read(pdf);
        assertTrue(scan.text().contains("106%") || scan.text().contains("199%"), "OCR misreads 100%: " + scan.text());
        for (Warning w : mends(scan)) {
            Matcher m = MENDED.matcher(w.message());
            assertTrue(m.find(), w.message());
            assertTrue(seed.contains(m.group(2)), "mended to a number seed 004 does not print: " + w.message());
        }
        assertTrue(scan.text().contains("100%"), scan.text());
    }
}
