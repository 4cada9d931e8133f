package org.planlens.text.ocr;

import java.util.ArrayList;
import java.util.List;
import org.planlens.text.DigitChoices;

/**
 * The words of a page Tesseract was unsure of a digit of, found in the page's text in reading order: where each
 * stands. A word not found (mended since) is passed over.
 */
record PlacedChoices(int at, DigitChoices word) {
    static List<PlacedChoices> on(String page, List<DigitChoices> words) {
        List<PlacedChoices> out = new ArrayList<>();
        int cursor = 0;
        for (DigitChoices word : words) {
            int at = page.indexOf(word.word(), cursor);
            if (at < 0) {
                continue;
            }
            cursor = at + word.word().length();
            out.add(new PlacedChoices(at, word));
        }
        return out;
    }

    /** The characters {@code i} of the word may be (the one read first). */
    String glyph(int i) {
        return word.glyphs().get(i);
    }
}
