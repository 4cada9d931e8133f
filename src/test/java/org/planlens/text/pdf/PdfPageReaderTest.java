package org.planlens.text.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.fixtures.DocxRenderer;
import org.planlens.fixtures.FixtureFonts;
import org.planlens.fixtures.LegacyFixtureGenerator;
import org.planlens.fixtures.OfficeConverter;
import org.planlens.fixtures.ScanFixtureGenerator;
import org.planlens.fixtures.TextPdfRenderer;
import org.planlens.model.TextEncoding;
import org.planlens.support.Seeds;
import org.planlens.text.ocr.OcrOptions;
import org.planlens.text.ocr.TesseractCli;

/**
 * The page reader's own glyph pass gives PDFBox's text stripper's text and word boxes, page by page, on the pages it
 * covers, and hands the others to the stripper.
 */
class PdfPageReaderTest {
    private static final String LINE = "Kế hoạch cải cách hành chính năm 2025 của Ủy ban nhân dân xã Tân Lập";

    @Test
    void seedPdfs_readByTheGlyphPass_asPdfboxReadsThem() throws IOException {
        for (Path seed : Seeds.all()) {
            try (PDDocument pdf = TextPdfRenderer.plain().layOut(Seeds.text(seed))) {
                assertSameAsPdfbox(pdf);
            }
        }
    }

    @Test
    void legacyFontPdfs_spacingAccentsAsLetters_asPdfboxReadsThem(@TempDir Path dir) throws IOException {
        String text = Seeds.text(Seeds.all().get(1));
        for (TextEncoding encoding : List.of(TextEncoding.TCVN3, TextEncoding.VNI)) {
            Path file = dir.resolve(encoding.code() + ".pdf");
            new LegacyFixtureGenerator().writeTextLayerPdf(text, encoding, file);
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                assertSameAsPdfbox(pdf);
            }
        }
    }

    @Test
    void libreOfficePdf_asPdfboxReadsIt(@TempDir Path dir) throws Exception {
        assumeTrue(OfficeConverter.available(), "LibreOffice (soffice) is installed by ./planlens test");
        Path docx = dir.resolve("plan.docx");
        new DocxRenderer().render(Seeds.text(Seeds.all().get(2)), docx);
        Path file = OfficeConverter.convert(docx, dir, "pdf");
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertSameAsPdfbox(pdf);
        }
    }

    @Test
    void tesseractSearchablePdf_invisibleOcrLayer_asPdfboxReadsIt(@TempDir Path dir) throws Exception {
        assumeTrue(new TesseractCli(OcrOptions.DEFAULT).available(), "tesseract with 'vie' is installed by ./planlens");
        ScanFixtureGenerator scans = new ScanFixtureGenerator();
        String text = Seeds.text(Seeds.all().get(0));
        scans.writePngs(
                scans.pageImages(
                                text.substring(0, Math.min(text.length(), 2500)),
                                ScanFixtureGenerator.Degradation.CLEAN)
                        .subList(0, 1),
                dir);
        Path image;
        try (var pngs = Files.list(dir)) {
            image = pngs.filter(f -> f.toString().endsWith(".png")).findFirst().orElseThrow();
        }
        // tesseract's own PDF: the scan under an invisible text layer in its GlyphLessFont, a word scaled at a time
        ProcessBuilder ocr = new ProcessBuilder(
                        "tesseract", image.toString(), dir.resolve("searchable").toString(), "-l", "vie", "pdf")
                .redirectErrorStream(true);
        ocr.environment().put("OMP_THREAD_LIMIT", "1");
        Process p = ocr.start();
        p.getInputStream().readAllBytes();
        assertEquals(0, p.waitFor());
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("searchable.pdf").toFile())) {
            assertTrue(assertSameAsPdfbox(pdf).contains("hành chính"), "the OCR layer is read");
        }
    }

    @Test
    void drawingVariants_readByTheGlyphPass_asPdfboxReadsThem() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDFont serif = PDType0Font.load(pdf, FixtureFonts.vietnameseSerif().toFile());
            PDFont sans = PDType0Font.load(pdf, new File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"));
            PDFont helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            // scaled, sheared and slightly turned drawing, crop box moved off the origin
            PDPage moved = page(pdf, cs -> {
                cs.transform(new Matrix(1.2f, 0.05f, 0.1f, 0.9f, 10, 20));
                lines(cs, serif, 11, 60, 700, LINE, "Mục tiêu: 95% hồ sơ được giải quyết đúng hạn");
            });
            moved.setCropBox(new PDRectangle(20, 30, 520, 720));
            // text state: horizontal scaling, rise, character and word spacing, kerning, a smaller superscript
            page(pdf, cs -> {
                cs.beginText();
                cs.setFont(serif, 12);
                cs.newLineAtOffset(50, 700);
                cs.setHorizontalScaling(80);
                cs.setCharacterSpacing(1.5f);
                cs.setWordSpacing(4);
                cs.showText(LINE);
                cs.newLineAtOffset(0, -20);
                cs.showTextWithPositioning(new Object[] {"Kế", -300f, "hoạch", 120f, "cải cách", -900f, "hành chính"});
                cs.setTextRise(4);
                cs.setFont(serif, 7);
                cs.showText("1");
                cs.setTextRise(0);
                cs.setFont(sans, 12);
                cs.showText(" tiếp theo");
                cs.endText();
            });
            // accents drawn as glyphs of their own: a combining mark over the letter before it, a spacing accent
            // under the letter after it, and legacy-style accents in a simple font
            page(pdf, cs -> {
                cs.beginText();
                cs.setFont(sans, 14);
                cs.newLineAtOffset(50, 700);
                cs.showTextWithPositioning(new Object[] {"Thanh Hoa", 520f, "\u0301", " tỉnh"});
                cs.newLineAtOffset(0, -24);
                cs.showTextWithPositioning(new Object[] {"Ho", "\u00b4", 420f, "a", " Bình"});
                cs.newLineAtOffset(0, -24);
                cs.setFont(helvetica, 14);
                cs.setWordSpacing(6); // applies to a simple font's code 32 only
                cs.showTextWithPositioning(new Object[] {"Ha", 500f, "\u00b8", "  caf", 480f, "\u00a8", "e"});
                cs.endText();
            });
            // drawn twice (fake bold), ActualText (nested sequence, soft hyphen), invisible text, a form XObject
            page(pdf, cs -> {
                lines(cs, serif, 11, 50, 700, LINE);
                lines(cs, serif, 11, 50.3f, 700, LINE);
                COSDictionary span = new COSDictionary();
                span.setString(COSName.ACTUAL_TEXT, "Ủy ban\u00adnhân dân");
                lines(cs, serif, 11, 50, 660, "UBND"); // drawn again inside the span: kept there, as in PDFBox
                cs.beginMarkedContent(COSName.getPDFName("Span"), PDPropertyList.create(span));
                lines(cs, serif, 11, 50, 660, "UBND");
                cs.endMarkedContent();
                cs.beginMarkedContent(COSName.P);
                lines(cs, serif, 11, 50, 640, "đoạn có đánh dấu");
                cs.endMarkedContent();
                cs.beginText();
                cs.setRenderingMode(RenderingMode.NEITHER);
                cs.setFont(serif, 11);
                cs.newLineAtOffset(50, 620);
                cs.showText("lớp chữ ẩn của bản quét");
                cs.endText();
                cs.setRenderingMode(RenderingMode.FILL);
                PDFormXObject form = new PDFormXObject(pdf);
                form.setBBox(new PDRectangle(0, 0, 500, 100));
                form.setResources(new PDResources());
                try (PDFormContentStream fcs = new PDFormContentStream(form)) {
                    fcs.beginText();
                    fcs.setFont(serif, 10);
                    fcs.newLineAtOffset(10, 50);
                    fcs.showText("Phụ lục trong một form XObject");
                    fcs.endText();
                }
                cs.saveGraphicsState();
                cs.transform(Matrix.getTranslateInstance(40, 400));
                cs.drawForm(form);
                cs.restoreGraphicsState();
            });
            page(pdf, cs -> cs.addRect(50, 50, 100, 100)); // contents without text
            pdf.addPage(new PDPage()); // no contents at all
            String text = assertSameAsPdfbox(pdf);
            assertTrue(text.contains("Hoa\u0301 tỉnh"), "combining accent merged after its letter: " + text);
            assertTrue(text.contains("UBNDỦy bannhân dân"), "ActualText, soft hyphen dropped: " + text);
        }
    }

    @Test
    void rotatedPageVerticalTextAndRightToLeft_goToPdfboxStripper() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDFont serif = PDType0Font.load(pdf, FixtureFonts.vietnameseSerif().toFile());
            PDFont sans = PDType0Font.load(pdf, new File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"));
            page(pdf, cs -> lines(cs, serif, 11, 50, 700, LINE)).setRotation(90);
            page(pdf, cs -> {
                lines(cs, serif, 11, 50, 700, LINE);
                cs.beginText();
                cs.setFont(serif, 11);
                cs.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, 500, 100));
                cs.showText("STT  Nhiệm vụ");
                cs.endText();
            });
            page(pdf, cs -> lines(cs, sans, 11, 50, 700, LINE, "שלום עולם"));
            PdfPageReader reader = new PdfPageReader();
            for (int p = 1; p <= 3; p++) {
                assertEquals(stripperText(pdf, p), reader.read(pdf, p));
                assertNotNull(reader.fallback(), "page " + p + " should go to PDFBox's stripper");
            }
        }
    }

    /** Every page read through the glyph pass, as PageTextStripper reads it, words too; returns the text. */
    private static String assertSameAsPdfbox(PDDocument pdf) throws IOException {
        PdfPageReader reader = new PdfPageReader();
        PageTextStripper stripper = new PageTextStripper();
        StringBuilder all = new StringBuilder();
        for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
            String text = reader.read(pdf, p);
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            assertEquals(stripper.getText(pdf), text, "page " + p);
            assertEquals(stripper.words(), reader.words(), "words of page " + p);
            assertNull(reader.fallback(), "page " + p + " should not need PDFBox's stripper");
            all.append(text);
        }
        return all.toString();
    }

    private static String stripperText(PDDocument pdf, int page) throws IOException {
        PageTextStripper stripper = new PageTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }

    private interface Drawing {
        void draw(PDPageContentStream cs) throws IOException;
    }

    private static PDPage page(PDDocument pdf, Drawing drawing) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
            drawing.draw(cs);
        }
        return page;
    }

    private static void lines(PDPageContentStream cs, PDFont font, float size, float x, float y, String... lines)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.setLeading(size * 1.4f);
        cs.newLineAtOffset(x, y);
        for (String line : lines) {
            cs.showText(line);
            cs.newLine();
        }
        cs.endText();
    }
}
