package org.planlens.text.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.fixtures.ScanFixtureGenerator;
import org.planlens.fixtures.ScanFixtureGenerator.Degradation;
import org.planlens.model.Warning;
import org.planlens.model.WarningCode;
import org.planlens.support.Seeds;
import org.planlens.text.DocumentTextReader;
import org.planlens.text.ExtractedText;
import org.planlens.text.TextReadOptions;

/**
 * Issue 20 part 2: an impossible year on a scanned page (seed 003's header dated "năm 2923", as OCR reads a dotted
 * zero) is mended from the years the document prints elsewhere; the same text as a text layer is left as printed.
 */
class ScannedDatesReadTest {
    private static final DocumentTextReader READER =
            new DocumentTextReader(TextReadOptions.DEFAULT, OcrOptions.DEFAULT);
    private static final String TEXT = Seeds.head(3, 1400).replace("tháng  01  năm 2023", "tháng  01  năm 2923");

    @TempDir
    static Path dir;

    private static ExtractedText read(Path file) throws Exception {
        return READER.read(file, file.toString(), file.getFileName().toString());
    }

    private static List<WarningCode> codes(ExtractedText t) {
        return t.warnings().stream().map(Warning::code).toList();
    }

    @Test
    void scannedPage_getsTheYearTheDocumentPrints_textLayerKeepsIt() throws Exception {
        assumeTrue(new PageOcr(OcrOptions.DEFAULT).available(), "tesseract with vie data is installed");
        assertTrue(TEXT.contains("năm 2923"));
        ScanFixtureGenerator generator = new ScanFixtureGenerator();
        generator.writeImagePdf(generator.pageImages(TEXT, Degradation.CLEAN), dir.resolve("scan.pdf"));
        ExtractedText scan = read(dir.resolve("scan.pdf"));
        assertTrue(scan.text().contains("tháng 01 năm 2023"), scan.text());
        assertTrue(!scan.text().contains("2923"), scan.text());
        assertTrue(
                codes(scan).contains(WarningCode.OCR_DATE_REPAIRED),
                scan.warnings().toString());
        assertEquals(
                1,
                scan.warnings().stream()
                        .filter(w -> w.code() == WarningCode.OCR_DATE_REPAIRED)
                        .findFirst()
                        .orElseThrow()
                        .page());

        generator.writeTextPdf(TEXT, dir.resolve("text.pdf"));
        ExtractedText layer = read(dir.resolve("text.pdf"));
        assertTrue(layer.text().contains("năm 2923"), layer.text());
        assertTrue(
                !codes(layer).contains(WarningCode.OCR_DATE_REPAIRED),
                layer.warnings().toString());
    }
}
