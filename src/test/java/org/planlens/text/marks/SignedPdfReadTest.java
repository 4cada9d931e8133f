package org.planlens.text.marks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.extract.MetadataExtractor;
import org.planlens.fixtures.CharacterErrorRate;
import org.planlens.fixtures.ScanFixtureGenerator;
import org.planlens.fixtures.ScanFixtureGenerator.Degradation;
import org.planlens.fixtures.SignedPdfGenerator;
import org.planlens.fixtures.SignedPdfGenerator.Scan;
import org.planlens.model.Metadata;
import org.planlens.model.Warning;
import org.planlens.model.WarningCode;
import org.planlens.rules.Fold;
import org.planlens.rules.ModelData;
import org.planlens.structure.SectionParser;
import org.planlens.support.Seeds;
import org.planlens.text.DocumentTextReader;
import org.planlens.text.ExtractedText;
import org.planlens.text.TextReadOptions;
import org.planlens.text.ocr.OcrOptions;
import org.planlens.text.ocr.PageOcr;

/**
 * Issue 20 part 2: a signed PDF (marks of the signing body in a corner of the first page, of the signer under the
 * signature) reads as the same document unsigned: same text, same issuer, date and signer; the marks are warnings.
 */
class SignedPdfReadTest {
    private static final DocumentTextReader READER =
            new DocumentTextReader(TextReadOptions.DEFAULT, OcrOptions.DEFAULT);
    private static final ModelData MODELS = ModelData.packaged();
    private static final MetadataExtractor METADATA = new MetadataExtractor(MODELS);
    private static final SectionParser SECTIONS = new SectionParser(MODELS);
    private static final SignedPdfGenerator SIGNED = new SignedPdfGenerator(
            List.of(
                    "Ký bởi: Ủy ban nhân dân xã Lê Lợi",
                    "Email: ubndleloi@haiduong.gov.vn",
                    "Cơ quan: Tỉnh Hải Dương",
                    "Thời gian ký: 12.03.2025 08:15:22 +07:00"),
            List.of(
                    "Ký bởi: Trần Văn Bình",
                    "Cơ quan phát hành: Ủy ban nhân dân huyện Gia Lộc",
                    "Chứng thư số: 54 04 FF FE 8A 2C 11 03",
                    "Thời gian ký: 12.03.2025 08:15:22 +07:00"));

    /** Seed 003's header and opening, and its closing with the signature block: three pages. */
    private static final String DOCUMENT =
            Seeds.head(3, 2600) + "\n" + tail(Seeds.text(Seeds.all().get(3)), 330);

    @TempDir
    static Path dir;

    private static ExtractedText plain;
    private static Metadata plainMetadata;

    private static String tail(String text, int chars) {
        int cut = text.indexOf('\n', text.length() - chars);
        return text.substring(cut + 1);
    }

    @BeforeAll
    static void unsigned() throws Exception {
        new ScanFixtureGenerator().writeTextPdf(DOCUMENT, dir.resolve("plain.pdf"));
        plain = read(dir.resolve("plain.pdf"));
        plainMetadata = metadata(plain);
        assertEquals("Hồ Xuân Trường", plainMetadata.signer().name(), plainMetadata.toString());
    }

    private static ExtractedText read(Path file) throws Exception {
        return READER.read(file, file.toString(), file.getFileName().toString());
    }

    private static Metadata metadata(ExtractedText t) {
        return METADATA.extract(t.text(), SECTIONS.parse(t.text()));
    }

    private static void assertReadAsUnsigned(ExtractedText signed) {
        assertFalse(Fold.fold(signed.text()).contains("ky boi"), signed.text());
        assertFalse(signed.text().contains("12.03.2025"), signed.text());
        Metadata m = metadata(signed);
        assertEquals(plainMetadata.signer(), m.signer());
        assertEquals(plainMetadata.issuer(), m.issuer());
        assertEquals(plainMetadata.issueDate(), m.issueDate());
        assertEquals(plainMetadata.number(), m.number());
        List<Integer> pages = signed.warnings().stream()
                .filter(w -> w.code() == WarningCode.SIGNATURE_OVERLAY_DROPPED)
                .map(Warning::page)
                .toList();
        assertEquals(List.of(1, signed.pages()), pages, signed.warnings().toString());
    }

    @Test
    void signedTextPdf_readsAsTheUnsignedOne() throws Exception {
        SIGNED.writeTextPdf(DOCUMENT, dir.resolve("signed.pdf"));
        ExtractedText signed = read(dir.resolve("signed.pdf"));
        assertEquals(plain.pages(), signed.pages());
        assertFalse(signed.ocr());
        assertEquals(plain.text(), signed.text());
        assertReadAsUnsigned(signed);
        assertTrue(
                signed.warnings().stream().anyMatch(w -> w.message().contains("Chứng thư số: 54 04 FF FE 8A 2C 11 03")),
                signed.warnings().toString());
    }

    /** Signed after scanning: the page's only text layer is its marks, and its scan must still be read. */
    @Test
    void scanSignedAfterScanning_isStillOcred() throws Exception {
        assumeTrue(new PageOcr(OcrOptions.DEFAULT).available(), "tesseract with vie data is installed");
        SIGNED.writeScanPdf(DOCUMENT, dir.resolve("scan-text.pdf"), Degradation.FLATBED, Scan.MARKS_AS_TEXT);
        ExtractedText signed = read(dir.resolve("scan-text.pdf"));
        assertTrue(signed.ocr());
        assertTrue(CharacterErrorRate.of(plain.text(), signed.text()) < 0.02);
        assertReadAsUnsigned(signed);
    }

    /** Signed, printed and scanned: OCR reads the marks, and they go as the text layer's do. */
    @Test
    void scanOfASignedPrint_dropsTheMarksOcrReads() throws Exception {
        assumeTrue(new PageOcr(OcrOptions.DEFAULT).available(), "tesseract with vie data is installed");
        SIGNED.writeScanPdf(DOCUMENT, dir.resolve("scan-image.pdf"), Degradation.FLATBED, Scan.MARKS_IN_IMAGE);
        ExtractedText signed = read(dir.resolve("scan-image.pdf"));
        assertTrue(signed.ocr());
        assertTrue(CharacterErrorRate.of(plain.text(), signed.text()) < 0.02);
        assertReadAsUnsigned(signed);
    }
}
