package org.planlens.text.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.planlens.fixtures.FixtureFonts;
import org.planlens.fixtures.TextPdfRenderer;
import org.planlens.support.Seeds;

/** The faster overlap check must give PDFBox's own text, page by page, with and without drawn-twice glyphs. */
class PageTextStripperTest {

    @Test
    void seedPdfs_giveThePdfboxText() throws IOException {
        for (Path seed : Seeds.all()) {
            try (PDDocument pdf = TextPdfRenderer.plain().layOut(Seeds.text(seed))) {
                assertEquals(pdfboxPages(pdf), pages(new PageTextStripper(), pdf), seed.toString());
            }
        }
    }

    @Test
    void fakeBold_dropsTheCopyAsPdfboxDoes() throws IOException {
        List<String> lines = Seeds.text(Seeds.all().get(0))
                .lines()
                .filter(l -> !l.isBlank())
                .limit(25)
                .toList();
        // each line drawn again 0.4 pt to the right (fake bold) and 3 pt to the right (a shadow, partly kept)
        try (PDDocument once = drawn(lines, 0f);
                PDDocument bold = drawn(lines, 0.4f, 0f);
                PDDocument shadow = drawn(lines, 3f, 0f)) {
            assertEquals(pages(new PageTextStripper(), once), pages(new PageTextStripper(), bold));
            assertEquals(pdfboxPages(bold), pages(new PageTextStripper(), bold));
            assertEquals(pdfboxPages(shadow), pages(new PageTextStripper(), shadow));
            assertNotEquals(pages(new PageTextStripper(), once), pages(new PageTextStripper(), shadow));
        }
    }

    private static PDDocument drawn(List<String> lines, float... offsets) throws IOException {
        PDDocument pdf = new PDDocument();
        PDType0Font font = PDType0Font.load(pdf, FixtureFonts.vietnameseSerif().toFile());
        PDPage page = new PDPage();
        pdf.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
            float y = 760;
            for (String line : lines) {
                String shown = line.length() > 70 ? line.substring(0, 70) : line;
                for (float dx : offsets) {
                    cs.beginText();
                    cs.setFont(font, 11);
                    cs.newLineAtOffset(40 + dx, y);
                    cs.showText(shown);
                    cs.endText();
                }
                y -= 28;
            }
        }
        return pdf;
    }

    private static String pdfboxPages(PDDocument pdf) throws IOException {
        PDFTextStripper reference = new PDFTextStripper();
        reference.setSortByPosition(false);
        return pages(reference, pdf);
    }

    private static String pages(PDFTextStripper stripper, PDDocument pdf) throws IOException {
        StringBuilder out = new StringBuilder();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            out.append(stripper.getText(pdf)).append('\f');
        }
        return out.toString();
    }
}
