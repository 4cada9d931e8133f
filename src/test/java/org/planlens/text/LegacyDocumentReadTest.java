package org.planlens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.fixtures.CharacterErrorRate;
import org.planlens.fixtures.DocxRenderer;
import org.planlens.fixtures.LegacyFixtureGenerator;
import org.planlens.fixtures.OfficeConverter;
import org.planlens.fixtures.ScanFixtureGenerator;
import org.planlens.model.SourceFormat;
import org.planlens.model.TextEncoding;
import org.planlens.model.WarningCode;
import org.planlens.support.Seeds;
import org.planlens.text.ocr.OcrOptions;

/** Legacy-encoded documents made from a seed read back as the seed's Unicode text (issue 5). */
class LegacyDocumentReadTest {
    private static final DocumentTextReader READER =
            new DocumentTextReader(TextReadOptions.DEFAULT, OcrOptions.DEFAULT);
    private final LegacyFixtureGenerator generator = new LegacyFixtureGenerator();

    @TempDir
    Path dir;

    private void assertReadsBack(Path file, TextEncoding expected, String seed) throws Exception {
        ExtractedText read =
                READER.read(file, file.toString(), file.getFileName().toString());
        ExtractedText unicode = READER.read(dir.resolve("unicode.txt"), "unicode.txt", "unicode.txt");
        assertEquals(expected, read.encoding());
        assertTrue(read.warnings().stream().anyMatch(w -> w.code() == WarningCode.LEGACY_ENCODING_CONVERTED));
        assertFalse(read.ocr());
        double cer = CharacterErrorRate.of(unicode.text(), read.text());
        assertTrue(cer < 0.01, file + " CER " + cer);
    }

    @Test
    void tcvn3AndVniTextFiles_areConverted() throws Exception {
        for (int seed : new int[] {0, 3}) {
            String text = Seeds.text(Seeds.all().get(seed));
            Files.writeString(dir.resolve("unicode.txt"), text);
            generator.writeText(text, TextEncoding.TCVN3, dir.resolve("tcvn3.txt"));
            generator.writeText(text, TextEncoding.VNI, dir.resolve("vni.txt"));
            assertReadsBack(dir.resolve("tcvn3.txt"), TextEncoding.TCVN3, text);
            assertReadsBack(dir.resolve("vni.txt"), TextEncoding.VNI, text);
        }
    }

    @Test
    void pdfWithTcvn3TextLayer_isConvertedWithoutOcr() throws Exception {
        String text = Seeds.head(1, 3000);
        generator.writeTextLayerPdf(text, TextEncoding.TCVN3, dir.resolve("tcvn3.pdf"));
        new ScanFixtureGenerator().writeTextPdf(text, dir.resolve("unicode.pdf"));
        ExtractedText legacy = READER.read(dir.resolve("tcvn3.pdf"), "tcvn3.pdf", "tcvn3.pdf");
        ExtractedText unicode = READER.read(dir.resolve("unicode.pdf"), "unicode.pdf", "unicode.pdf");
        assertEquals(TextEncoding.TCVN3, legacy.encoding());
        assertEquals(TextEncoding.UNICODE, unicode.encoding());
        assertFalse(legacy.ocr());
        double cer = CharacterErrorRate.of(unicode.text(), legacy.text());
        assertTrue(cer < 0.01, "CER " + cer);
    }

    /**
     * Word files typed with a legacy keyboard, whole or mixed with Unicode paragraphs: runs are decoded by their
     * font, so the Unicode paragraphs (whose à, á, â are legacy codes too) stay as they are.
     */
    @Test
    void docxWithLegacyFontRuns_isConvertedRunByRun() throws Exception {
        String text = Seeds.text(Seeds.all().get(0));
        new DocxRenderer().render(text, dir.resolve("unicode.docx"));
        ExtractedText unicode = READER.read(dir.resolve("unicode.docx"), "unicode.docx", "unicode.docx");
        assertEquals(TextEncoding.UNICODE, unicode.encoding());
        for (TextEncoding encoding : new TextEncoding[] {TextEncoding.TCVN3, TextEncoding.VNI}) {
            for (int unicodeEvery : new int[] {0, 3}) {
                Path docx = dir.resolve(encoding.code() + "-" + unicodeEvery + ".docx");
                generator.writeDocx(text, encoding, unicodeEvery, docx);
                ExtractedText read =
                        READER.read(docx, docx.toString(), docx.getFileName().toString());
                assertEquals(encoding, read.encoding(), docx.toString());
                assertTrue(read.warnings().stream().anyMatch(w -> w.code() == WarningCode.LEGACY_ENCODING_CONVERTED));
                double cer = CharacterErrorRate.of(unicode.text(), read.text());
                assertTrue(cer < 0.01, docx + " CER " + cer);
            }
        }
    }

    /** The same for Word 97-2003 files (made from the DOCX by LibreOffice, which keeps the fonts). */
    @Test
    void docWithLegacyFontRuns_isConvertedRunByRun() throws Exception {
        assumeTrue(OfficeConverter.available(), "LibreOffice (soffice) is installed by ./planlens test");
        String text = Seeds.head(3, 6000);
        new DocxRenderer().render(text, dir.resolve("unicode.docx"));
        generator.writeDocx(text, TextEncoding.TCVN3, 4, dir.resolve("tcvn3.docx"));
        Path unicodeDoc = OfficeConverter.toDoc(dir.resolve("unicode.docx"), dir);
        Path legacyDoc = OfficeConverter.toDoc(dir.resolve("tcvn3.docx"), dir);
        ExtractedText unicode = READER.read(unicodeDoc, unicodeDoc.toString(), "unicode.doc");
        ExtractedText read = READER.read(legacyDoc, legacyDoc.toString(), "tcvn3.doc");
        assertEquals(SourceFormat.of("doc"), read.format());
        assertEquals(TextEncoding.UNICODE, unicode.encoding());
        assertEquals(TextEncoding.TCVN3, read.encoding());
        double cer = CharacterErrorRate.of(unicode.text(), read.text());
        assertTrue(cer < 0.01, "CER " + cer);
    }

    @Test
    void unicodeSeeds_areNotConverted() throws Exception {
        for (Path seed : Seeds.all()) {
            ExtractedText read =
                    READER.read(seed, seed.toString(), seed.getFileName().toString());
            assertEquals(TextEncoding.UNICODE, read.encoding(), seed.toString());
        }
    }
}
