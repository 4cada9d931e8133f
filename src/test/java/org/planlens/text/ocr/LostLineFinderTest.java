package org.planlens.text.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LostLineFinderTest {
    private final LostLineFinder finder = new LostLineFinder();

    /** A speckled page: three read lines (their boxes given as Tesseract's), and a lone "2" that was not read. */
    private static BufferedImage page() {
        BufferedImage img = new BufferedImage(800, 600, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = blank(img, 34);
        g.drawString("Các cơ quan", 100, 100);
        g.drawString("đơn vị thuộc", 100, 180);
        g.drawString("huyện UBND", 100, 260);
        g.drawString("2", 100, 400);
        Random r = new Random(5);
        for (int i = 0; i < 3000; i++) {
            g.fillRect(r.nextInt(800), r.nextInt(600), 1 + r.nextInt(2), 1 + r.nextInt(2));
        }
        g.dispose();
        return img;
    }

    private static final List<OcrBox> LINES = List.of(
            new OcrBox(95, 70, 200, 40, "", -1),
            new OcrBox(95, 150, 200, 40, "", -1),
            new OcrBox(95, 230, 200, 40, "", -1));

    @Test
    void loneGlyphOutsideEveryReadWord_isFound_speckleIsNot() {
        List<OcrBox> pieces = finder.find(page(), LINES, LINES);
        assertEquals(1, pieces.size());
        OcrBox two = pieces.get(0);
        assertTrue(two.left() >= 95 && two.left() <= 110 && two.top() > 360 && two.bottom() < 410, two.toString());
    }

    @Test
    void pieceGoesBackAsItsOwnLineOrOntoTheLineItStandsOn() {
        List<String> text = List.of("Các cơ quan", "", "đơn vị thuộc", "huyện UBND", "");
        OcrBox own = new OcrBox(100, 375, 15, 25, "2", 95);
        assertEquals(
                "Các cơ quan\n\nđơn vị thuộc\nhuyện UBND\n\n2\n",
                LostLineFinder.insert(text, LINES, List.of(), List.of(own)));
        // Tesseract's line box takes in the digit it dropped at the line's start
        List<OcrBox> lines = List.of(LINES.get(0), new OcrBox(55, 150, 240, 40, "", -1), LINES.get(2));
        OcrBox before = new OcrBox(60, 155, 15, 25, "5", 95);
        List<OcrBox> words = List.of(new OcrBox(100, 150, 60, 40, "đơn", 96));
        assertEquals(
                "Các cơ quan\n\n5 đơn vị thuộc\nhuyện UBND",
                LostLineFinder.insert(
                        List.of("Các cơ quan", "", "đơn vị thuộc", "huyện UBND"), lines, words, List.of(before)));
    }

    @Test
    void onlyCleanConfidentWordsAreKept() {
        assertEquals("VIII", LostLineFinder.cleanWord(List.of(new OcrBox(0, 0, 9, 9, "VIII", 91))));
        assertNull(LostLineFinder.cleanWord(List.of(new OcrBox(0, 0, 9, 9, "2", 40))));
        assertNull(LostLineFinder.cleanWord(List.of(new OcrBox(0, 0, 9, 9, "~'", 95))));
        assertNull(LostLineFinder.cleanWord(List.of()));
    }

    @Test
    void romanNumeralStrokesAreCounted() {
        BufferedImage img = new BufferedImage(300, 100, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = blank(img, 40);
        g.drawString("VIII", 20, 70);
        g.dispose();
        assertEquals(4, finder.tallPieces(img, new OcrBox(10, 30, 200, 50, "VII", 60), 20));
    }

    /** A pen on {@code img}, filled white first, writing black serif without anti-aliasing. */
    private static Graphics2D blank(BufferedImage img, int fontSize) {
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, fontSize));
        return g;
    }
}
