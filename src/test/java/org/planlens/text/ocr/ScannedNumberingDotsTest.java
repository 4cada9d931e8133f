package org.planlens.text.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.fixtures.ScanFixtureGenerator;
import org.planlens.fixtures.ScanFixtureGenerator.Degradation;
import org.planlens.model.Section;
import org.planlens.model.WarningCode;
import org.planlens.rules.ModelData;
import org.planlens.structure.SectionParser;
import org.planlens.structure.SectionTree;
import org.planlens.support.Seeds;
import org.planlens.text.DocumentTextReader;
import org.planlens.text.ExtractedText;
import org.planlens.text.TextReadOptions;

/**
 * Issue 20 part 2: seed 003 up to its list of the commune's offices, printed and scanned (read once for the class);
 * a speck beside the dot of {@code 3. Văn hóa - xã hội} reads as a second dot, which broke the list (and the offices
 * named in it). {@code models/ocr-noise.tsv} gives the numbering its one dot back on OCRed pages. On the same scan
 * {@code III. CÁC GIẢI PHÁP CHỦ YẾU} reads {@code _.IE CÁC GIẢI PHÁP CHỦ YẾU}, and a speck after the sentence that
 * closes before {@code VI. TỔ CHỨC THỰC HIỆN} reads as a dash, which made that heading look like the sentence going
 * on: the offices hung off III. The dash goes, and the garbled heading is numbered by its place, with a warning.
 */
class ScannedNumberingDotsTest {
    private static final DocumentTextReader READER =
            new DocumentTextReader(TextReadOptions.DEFAULT, OcrOptions.DEFAULT);
    private static final Pattern DOUBLED = Pattern.compile("(?m)^\\d{1,2}\\.\\.\\s");
    private static final Pattern DASH_AFTER_CLOSE = Pattern.compile("(?m)[.;!?][ \\t]+-$");

    @TempDir
    static Path dir;

    private static ExtractedText scan;

    @BeforeAll
    static void scan() throws Exception {
        assumeTrue(new PageOcr(OcrOptions.DEFAULT).available(), "tesseract with vie data is installed");
        String full = Seeds.text(Seeds.all().get(3));
        String printed = full.substring(0, full.indexOf('\n', full.indexOf("4. Kế toán")));
        assertTrue(printed.contains("\n3. Văn hóa - xã hội:"), printed);
        assertTrue(printed.contains("\nIII. CÁC GIẢI PHÁP CHỦ YẾU") && printed.contains("\nVI. TỔ CHỨC"), printed);
        ScanFixtureGenerator generator = new ScanFixtureGenerator();
        Path pdf = dir.resolve("scan.pdf");
        generator.writeImagePdf(generator.pageImages(printed, Degradation.FLATBED), pdf);
        scan = READER.read(pdf, pdf.toString(), "scan.pdf");
    }

    @Test
    void aNumberingDotDoubledByASpeck_isOneDot() {
        assertTrue(scan.text().contains("\n3. Văn hóa - xã hội:"), scan.text());
        assertFalse(DOUBLED.matcher(scan.text()).find(), scan.text());
    }

    @Test
    void aGarbledRomanHeading_isNumberedByItsPlace_andTheHeadingsAfterItKeepTheirs() {
        assertFalse(DASH_AFTER_CLOSE.matcher(scan.text()).find(), scan.text());
        SectionTree ocr = new SectionParser(ModelData.packaged()).parse(scan.text(), true);
        Map<String, String> byPath =
                ocr.sections().stream().collect(Collectors.toMap(Section::path, Section::heading, (a, b) -> a));
        assertEquals("CÁC GIẢI PHÁP CHỦ YẾU", byPath.get("III"), byPath.toString());
        assertEquals("TỔ CHỨC THỰC HIỆN", byPath.get("VI"), byPath.toString());
        assertEquals("Văn phòng - thống kê", byPath.get("VI.1"), byPath.toString());
        assertEquals("Văn hóa - xã hội", byPath.get("VI.3"), byPath.toString());
        List<String> renumbered = ocr.warnings().stream()
                .filter(w -> w.code() == WarningCode.OCR_HEADING_RENUMBERED)
                .map(w -> w.message())
                .toList();
        // the scan's garbled line is named, and so is every heading renumbered: none printed as a numeral in order
        assertTrue(
                renumbered.stream().anyMatch(m -> m.contains("CÁC GIẢI PHÁP CHỦ YẾU") && m.contains(" III,")),
                renumbered.toString());

        // the same text read as a text layer: numbers as printed, no warning
        SectionTree layer = new SectionParser(ModelData.packaged()).parse(scan.text(), false);
        assertTrue(layer.warnings().isEmpty(), layer.warnings().toString());
        assertTrue(
                layer.sections().stream().noneMatch(s -> s.path().equals("III")),
                layer.sections().toString());
    }
}
