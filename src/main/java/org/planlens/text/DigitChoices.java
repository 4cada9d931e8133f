package org.planlens.text;

import java.util.List;

/**
 * A word OCR read with a digit it was unsure of: for each character of {@code word}, the characters it may be, the
 * one read first ({@code "9"} for a glyph Tesseract was sure of, {@code "90"} for a 9 it also read as a 0 with good
 * confidence).
 */
public record DigitChoices(String word, List<String> glyphs) {
    public DigitChoices {
        glyphs = List.copyOf(glyphs);
        if (glyphs.size() != word.length()) {
            throw new IllegalArgumentException("choices for " + glyphs.size() + " characters of the " + word.length()
                    + "-character '" + word + "'");
        }
    }

    /** Whether some glyph of the word may be another character than the one read. */
    public boolean unsure() {
        return glyphs.stream().anyMatch(g -> g.length() > 1);
    }
}
