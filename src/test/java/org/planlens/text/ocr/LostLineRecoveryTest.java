package org.planlens.text.ocr;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tesseract's page layout drops a lone row number on a line of its own; PageOcr puts it back. */
class LostLineRecoveryTest {
    @Test
    void loneRowNumberBetweenTableLines_isRead() throws Exception {
        PageOcr ocr = new PageOcr(OcrOptions.DEFAULT);
        assumeTrue(ocr.available(), "tesseract with vie data is installed");
        BufferedImage page = new BufferedImage(1654, 1400, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = TestPages.blank(page, 36);
        int y = 150;
        for (String line : List.of("Quy IV hang nam", "Phong Tu phap", "Cac co quan, don vi thuoc", "huyen UBND")) {
            g.drawString(line, 180, y);
            y += 90;
        }
        g.drawString("2", 180, y + 150);
        g.drawString("Tang cuong cong tac kiem tra van ban", 180, y + 330);
        g.dispose();
        Path image = ocr.pageImage(page);
        try {
            String text = ocr.recognise(image).text();
            assertTrue(text.lines().anyMatch(l -> l.strip().equals("2")), text);
        } finally {
            Files.deleteIfExists(image);
        }
    }
}
