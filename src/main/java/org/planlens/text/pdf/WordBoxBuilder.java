package org.planlens.text.pdf;

import java.util.List;
import org.planlens.text.layout.PositionedWord;

/**
 * A word's box from its glyphs, as the PDF readers make it for the table reader: the glyphs' span across, the
 * first glyph's baseline, and the tallest glyph above it (a glyph without height counts 0.7 of its font size).
 * Reused word after word.
 */
final class WordBoxBuilder {
    private final StringBuilder text = new StringBuilder();
    private float x0;
    private float x1;
    private float base;
    private float height;

    /** Starts a word whose first glyph sits on {@code baseline}. */
    void start(float baseline) {
        text.setLength(0);
        x0 = Float.MAX_VALUE;
        x1 = -Float.MAX_VALUE;
        base = baseline;
        height = 0;
    }

    void add(String unicode, float x, float width, float glyphHeight, float fontSizePt) {
        text.append(unicode);
        x0 = Math.min(x0, x);
        x1 = Math.max(x1, x + width);
        height = Math.max(height, glyphHeight > 0 ? glyphHeight : fontSizePt * 0.7f);
    }

    /** Adds the word to {@code words} unless its text is blank. */
    void addTo(int page, List<PositionedWord> words) {
        String word = text.toString().strip();
        if (!word.isEmpty()) {
            words.add(new PositionedWord(page, x0, base - Math.max(height, 0.1f), Math.max(x0, x1), base, word));
        }
    }
}
