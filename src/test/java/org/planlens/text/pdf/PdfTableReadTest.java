package org.planlens.text.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.fixtures.TextPdfRenderer;
import org.planlens.text.normalize.TextNormalizer;
import org.planlens.text.ocr.OcrOptions;
import org.planlens.text.ocr.PageOcr;

/** PDF tables come out one row a line; pages of running text come out exactly as PDFBox gives them. */
class PdfTableReadTest {
    private static final PdfTextReader READER = new PdfTextReader(5_000_000, new PageOcr(OcrOptions.DEFAULT));

    @Test
    void seedAsTextPdf_readsAsPdfBoxReadsIt(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("seed.pdf");
        TextPdfRenderer.plain()
                .render(Files.readString(Path.of("corpus/001_6a0161e947e78645.txt"), StandardCharsets.UTF_8), pdf);
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc));
            }
        }
        assertEquals(String.join("\f", pages), READER.read(pdf, "seed.pdf").text());
    }

    @Test
    void ruledTableOverTwoPages_givesOneLineARow(@TempDir Path dir) throws Exception {
        StringBuilder text = new StringBuilder("PHỤ LỤC\nNHIỆM VỤ NĂM 2024\n");
        text.append("STT\tNHIỆM VỤ\tSẢN PHẨM\tTHỜI GIAN\tCHỦ TRÌ\tPHỐI HỢP\n");
        for (int i = 1; i <= 24; i++) {
            text.append(i)
                    .append("\tTriển khai nhiệm vụ số ")
                    .append(i)
                    .append(" về cải cách hành chính trên địa bàn huyện trong năm\tKế hoạch của UBND huyện\tQuý ")
                    .append(i % 4 + 1)
                    .append(" năm 2024\tPhòng Nội vụ\tCác cơ quan, đơn vị thuộc huyện, UBND các xã\n");
        }
        Path pdf = dir.resolve("table.pdf");
        int pages = TextPdfRenderer.plain().render(text.toString(), pdf);
        assertTrue(pages >= 2, "the table should run over a page break");
        List<String> rows = TextNormalizer.standard()
                .normalize(READER.read(pdf, "table.pdf").text())
                .lines()
                .filter(l -> l.matches("\\d+\\t.*"))
                .toList();
        assertEquals(24, rows.size(), String.join("\n", rows));
        for (int i = 1; i <= 24; i++) {
            assertEquals(
                    i + "\tTriển khai nhiệm vụ số " + i + " về cải cách hành chính trên địa bàn huyện trong năm"
                            + "\tKế hoạch của UBND huyện\tQuý " + (i % 4 + 1) + " năm 2024\tPhòng Nội vụ"
                            + "\tCác cơ quan, đơn vị thuộc huyện, UBND các xã",
                    rows.get(i - 1));
        }
    }
}
