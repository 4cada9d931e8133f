package org.planlens.text;

import java.util.List;
import org.planlens.model.PageMethod;
import org.planlens.text.layout.PositionedWord;

/**
 * How one page was read and where its words stand: {@code method} as {@code source.pageInfo} names it ({@code
 * text}, {@code ocr}, {@code legacy}), Tesseract's mean confidence for an OCRed page, the page's size and its
 * words' boxes in one unit (PDF points for a text layer, pixels for a scan), top-down; no words when positions are
 * unknown. {@code doubtful} are the words with digits Tesseract read with low confidence, {@code digitChoices} the
 * words with a digit it was unsure of, in reading order, with its other readings of each.
 */
public record PageLayout(
        int page,
        PageMethod method,
        Double ocrConfidence,
        float width,
        float height,
        List<PositionedWord> words,
        List<String> doubtful,
        List<DigitChoices> digitChoices) {
    public PageLayout {
        words = List.copyOf(words);
        doubtful = List.copyOf(doubtful);
        // texts cached before the choices were kept have none
        digitChoices = digitChoices == null ? List.of() : List.copyOf(digitChoices);
    }

    public PageLayout(
            int page, PageMethod method, Double ocrConfidence, float width, float height, List<PositionedWord> words) {
        this(page, method, ocrConfidence, width, height, words, List.of(), List.of());
    }
}
