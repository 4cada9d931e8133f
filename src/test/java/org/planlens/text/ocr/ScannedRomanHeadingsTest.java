package org.planlens.text.ocr;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.fixtures.ScanFixtureGenerator;
import org.planlens.fixtures.ScanFixtureGenerator.Degradation;
import org.planlens.fixtures.TextPdfRenderer;
import org.planlens.support.Seeds;
import org.planlens.text.DocumentTextReader;
import org.planlens.text.ExtractedText;
import org.planlens.text.TextReadOptions;

/**
 * Issue 20 part 2: the Roman headings of a seed set in a monospace face and scanned; Tesseract reads their I's as a
 * lower-case or marked i ({@code i. MỤC ĐÍCH}, {@code IỊ. CÁC CHỈ TIÊU}), and {@code models/ocr-noise.tsv} gives
 * them back before a title in capitals, so the sections keep their numbering.
 */
class ScannedRomanHeadingsTest {
    private static final DocumentTextReader READER =
            new DocumentTextReader(TextReadOptions.DEFAULT, OcrOptions.DEFAULT);
    private static final Pattern ODD_NUMERAL =
            Pattern.compile("(?m)^(?=[IVX]*[^IVX\\s.])\\S{1,4}\\.\\s+(MỤC ĐÍCH|CÁC CHỈ TIÊU)");

    @TempDir
    static Path dir;

    @Test
    void romanHeadingsOfAMonospaceScan_keepTheirNumerals() throws Exception {
        assumeTrue(new PageOcr(OcrOptions.DEFAULT).available(), "tesseract with vie data is installed");
        String printed = Seeds.head(0, 4200);
        assertTrue(printed.contains("\nI. MỤC ĐÍCH") && printed.contains("\nII. CÁC CHỈ TIÊU"), printed);
        ScanFixtureGenerator generator = new ScanFixtureGenerator(TextPdfRenderer.monospace());
        Path pdf = dir.resolve("scan.pdf");
        generator.writeImagePdf(generator.pageImages(printed, Degradation.FLATBED), pdf);
        ExtractedText scan = READER.read(pdf, pdf.toString(), "scan.pdf");
        assertTrue(scan.text().contains("\nI. MỤC ĐÍCH"), scan.text());
        assertTrue(scan.text().contains("\nII. CÁC CHỈ TIÊU"), scan.text());
        assertFalse(ODD_NUMERAL.matcher(scan.text()).find(), scan.text());
    }
}
