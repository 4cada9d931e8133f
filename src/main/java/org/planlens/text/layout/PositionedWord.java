package org.planlens.text.layout;

/**
 * A word and its box on the page, in points from the top-left corner, y growing down ({@code y1} is the
 * baseline). PDF text positions give these; OCR word boxes (tesseract's TSV) can give the same, so the table
 * assembly works on either.
 */
public record PositionedWord(int page, float x0, float y0, float x1, float y1, String text) {
    public PositionedWord {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a positioned word needs text");
        }
        if (x1 < x0 || y1 < y0) {
            throw new IllegalArgumentException(
                    "box must have x0 <= x1 and y0 <= y1, got " + x0 + "," + y0 + " " + x1 + "," + y1);
        }
    }

    public float height() {
        return y1 - y0;
    }

    public float centerX() {
        return (x0 + x1) / 2;
    }
}
