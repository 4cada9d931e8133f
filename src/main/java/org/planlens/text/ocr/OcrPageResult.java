package org.planlens.text.ocr;

/**
 * One page as Tesseract read it.
 *
 * @param text       the recognised text
 * @param confidence mean word confidence, 0 to 100 (0 when no word was found)
 * @param rotation   degrees the page was turned before the reading that was kept (0, 90, 180, 270)
 * @param cleaned    whether the image was cleaned up (deskew, median, threshold) before that reading
 */
public record OcrPageResult(String text, double confidence, int rotation, boolean cleaned) {}
