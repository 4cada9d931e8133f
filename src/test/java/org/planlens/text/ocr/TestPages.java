package org.planlens.text.ocr;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Page images for OCR tests: a white grey page and a pen to write on it in black serif. */
final class TestPages {
    private TestPages() {}

    /** A pen on {@code page}, filled white first; the caller disposes it. */
    static Graphics2D blank(BufferedImage page, int fontSize) {
        Graphics2D g = page.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, fontSize));
        return g;
    }
}
