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
import org.planlens.text.DocumentTextReader;
import org.planlens.text.ExtractedText;
import org.planlens.text.TextReadOptions;

/**
 * Issue 20 part 2: seed 001 set in the monospace face whose zero carries a dot, printed and scanned; its first page
 * (its period, 2021-2025) and its page 7, where Tesseract reads "Đến năm 2025" as {@code 20625}: the dotted zero
 * read as two glyphs, the 6 one it also weighed as a 0. No plan prints a five-digit year; dropping that glyph leaves
 * the one year inside the document's dates, and a warning says so. Every year so mended is one the seed prints.
 */
class ScannedYearGlyphsTest {
    private static final DocumentTextReader READER =
            new DocumentTextReader(TextReadOptions.DEFAULT, OcrOptions.DEFAULT);
    private static final Pattern MENDED =
            Pattern.compile("OCR read the year '(\\d+)', which cannot be; mended to '(\\d+)'");

    @TempDir
    static Path dir;

    @Test
    void aZeroReadAsTwoGlyphs_isOneZeroAgain() throws Exception {
        assumeTrue(new PageOcr(OcrOptions.DEFAULT).available(), "tesseract with vie data is installed");
        String seed = Seeds.text(Seeds.all().get(1));
        ScanFixtureGenerator generator = new ScanFixtureGenerator(TextPdfRenderer.monospace());
        Path pdf = dir.resolve("seed1.pdf");
        generator.writeImagePdf(generator.pageImages(seed, Degradation.FLATBED, List.of(0, 6)), pdf);
        ExtractedText scan = READER.read(pdf, pdf.toString(), "seed1.pdf");

        assertFalse(Pattern.compile("năm \\d{5}").matcher(scan.text()).find(), scan.text());
        assertTrue(scan.text().contains("Đến năm 2025 ít nhất 80% hồ sơ"), scan.text());
        List<Warning> repaired = scan.warnings().stream()
                .filter(w -> w.code() == WarningCode.OCR_DATE_REPAIRED)
                .toList();
        assertTrue(
                repaired.stream().anyMatch(w -> w.message().contains("'20625'")),
                scan.warnings().toString());
        for (Warning w : repaired) {
            Matcher m = MENDED.matcher(w.message());
            assertTrue(m.find(), w.message());
            assertTrue(seed.contains(m.group(2)), "mended to a year seed 001 does not print: " + w.message());
        }
    }
}
