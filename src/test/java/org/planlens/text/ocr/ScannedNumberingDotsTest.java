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
import org.planlens.support.Seeds;
import org.planlens.text.DocumentTextReader;
import org.planlens.text.ExtractedText;
import org.planlens.text.TextReadOptions;

/**
 * Issue 20 part 2: seed 003 up to its list of the commune's offices, printed and scanned; a speck beside the dot of
 * {@code 3. Văn hóa - xã hội} reads as a second dot, which broke the list (and the offices named in it). {@code
 * models/ocr-noise.tsv} gives the numbering its one dot back on OCRed pages.
 */
class ScannedNumberingDotsTest {
    private static final DocumentTextReader READER =
            new DocumentTextReader(TextReadOptions.DEFAULT, OcrOptions.DEFAULT);
    private static final Pattern DOUBLED = Pattern.compile("(?m)^\\d{1,2}\\.\\.\\s");

    @TempDir
    static Path dir;

    @Test
    void aNumberingDotDoubledByASpeck_isOneDot() throws Exception {
        assumeTrue(new PageOcr(OcrOptions.DEFAULT).available(), "tesseract with vie data is installed");
        String full = Seeds.text(Seeds.all().get(3));
        String printed = full.substring(0, full.indexOf('\n', full.indexOf("4. Kế toán")));
        assertTrue(printed.contains("\n3. Văn hóa - xã hội:"), printed);
        ScanFixtureGenerator generator = new ScanFixtureGenerator();
        Path pdf = dir.resolve("scan.pdf");
        generator.writeImagePdf(generator.pageImages(printed, Degradation.FLATBED), pdf);
        ExtractedText scan = READER.read(pdf, pdf.toString(), "scan.pdf");
        assertTrue(scan.text().contains("\n3. Văn hóa - xã hội:"), scan.text());
        assertFalse(DOUBLED.matcher(scan.text()).find(), scan.text());
    }
}
