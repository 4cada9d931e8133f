package org.planlens.text.ocr;

import java.time.Duration;

/**
 * How Tesseract is run. Language must be given: left alone, Tika and Tesseract read Vietnamese as English.
 *
 * @param language    Tesseract language data, {@code vie} for Vietnamese
 * @param dpi         resolution PDF pages are rendered at before OCR (150 to 600)
 * @param pageTimeout one page is abandoned after this long, with a warning
 */
public record OcrOptions(String language, int dpi, Duration pageTimeout) {
    public static final OcrOptions DEFAULT = new OcrOptions("vie", 300, Duration.ofMinutes(2));

    public OcrOptions {
        if (language == null || !language.matches("[a-z_]{3,}(\\+[a-z_]{3,})*")) {
            throw new IllegalArgumentException(
                    "language must be Tesseract language codes like 'vie' or 'vie+eng', was " + language);
        }
        if (dpi < 150 || dpi > 600) throw new IllegalArgumentException("dpi must be 150 to 600, was " + dpi);
        if (pageTimeout.isNegative() || pageTimeout.isZero()) {
            throw new IllegalArgumentException("pageTimeout must be positive, was " + pageTimeout);
        }
    }
}
