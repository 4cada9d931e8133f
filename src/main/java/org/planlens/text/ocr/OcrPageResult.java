package org.planlens.text.ocr;

import java.util.ArrayList;
import java.util.List;
import org.planlens.model.PageMethod;
import org.planlens.text.DigitChoices;
import org.planlens.text.PageLayout;
import org.planlens.text.layout.PositionedWord;

/**
 * One page as Tesseract read it.
 *
 * @param text       the recognised text
 * @param confidence mean word confidence, 0 to 100 (0 when no word was found)
 * @param rotation   degrees the page was turned before the reading that was kept (0, 90, 180, 270)
 * @param cleaned    whether the image was cleaned up (deskew, median, threshold) before that reading
 * @param words      the words of the kept reading with their boxes in pixels of the page image, when that reading
 *                   was of the image as it is (not turned or cleaned); else empty
 * @param width      the page image's width in pixels (0 when unknown)
 * @param height     the page image's height in pixels (0 when unknown)
 * @param choices    the words of the kept reading with a digit Tesseract was unsure of ({@link HocrChoices}), when
 *                   that reading was of the image as it is; else empty
 */
public record OcrPageResult(
        String text,
        double confidence,
        int rotation,
        boolean cleaned,
        List<OcrBox> words,
        int width,
        int height,
        List<DigitChoices> choices) {
    /** A word with digits read under this confidence is doubtful: a number written by hand, a smudged one. */
    static final double DOUBTFUL = 60;

    public OcrPageResult {
        words = List.copyOf(words);
        choices = List.copyOf(choices);
    }

    public OcrPageResult(String text, double confidence, int rotation, boolean cleaned) {
        this(text, confidence, rotation, cleaned, List.of(), 0, 0, List.of());
    }

    /** This reading as page {@code page}'s layout: its words in pixels of the image Tesseract read. */
    public PageLayout layout(int page) {
        List<PositionedWord> boxed = new ArrayList<>();
        List<String> doubtful = new ArrayList<>();
        for (OcrBox w : words) {
            if (width > 0 && height > 0) {
                boxed.add(new PositionedWord(page, w.left(), w.top(), w.right(), w.bottom(), w.text()));
            }
            if (w.confidence() >= 0
                    && w.confidence() < DOUBTFUL
                    && w.text().chars().anyMatch(Character::isDigit)) {
                doubtful.add(w.text());
            }
        }
        return new PageLayout(page, PageMethod.OCR, confidence, width, height, boxed, doubtful, choices);
    }
}
