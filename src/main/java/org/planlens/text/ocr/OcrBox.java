package org.planlens.text.ocr;

/**
 * A box on a page image, in pixels: a line or word Tesseract found, or ink it did not read.
 *
 * @param text what was read in it ("" for a line box or unread ink)
 * @param confidence Tesseract's word confidence, 0 to 100 (-1 for a line)
 */
public record OcrBox(int left, int top, int width, int height, String text, double confidence) {
    public int right() {
        return left + width;
    }

    public int bottom() {
        return top + height;
    }

    public int centerY() {
        return top + height / 2;
    }
}
