package org.planlens.text.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Words of a page from tesseract's TSV output ({@code tesseract IMG out -l vie tsv}), as positioned words in
 * points, so a scanned table can go through the same column and row assembly ({@link TableFlow}) as a text PDF.
 * Columns of the TSV: level, page_num, block_num, par_num, line_num, word_num, left, top, width, height, conf,
 * text; rows of level 5 are words, boxes in pixels of an image scanned at {@code dpi}.
 */
public final class TesseractWords {
    private static final int WORD_LEVEL = 5;
    private static final int COLUMNS = 12;

    private TesseractWords() {}

    public static List<PositionedWord> parse(String tsv, int page, int dpi) {
        if (dpi <= 0) {
            throw new IllegalArgumentException("dpi must be positive, got " + dpi);
        }
        float scale = 72f / dpi;
        List<PositionedWord> words = new ArrayList<>();
        for (String line : tsv.split("\n")) {
            String[] f = line.split("\t", -1);
            if (f.length < COLUMNS || !f[0].strip().equals(String.valueOf(WORD_LEVEL)) || f[11].isBlank()) {
                continue;
            }
            try {
                float left = Integer.parseInt(f[6].strip()) * scale;
                float top = Integer.parseInt(f[7].strip()) * scale;
                float width = Integer.parseInt(f[8].strip()) * scale;
                float height = Integer.parseInt(f[9].strip()) * scale;
                words.add(new PositionedWord(page, left, top, left + width, top + height, f[11].strip()));
            } catch (NumberFormatException e) {
                // a damaged row: the word is left out, the rest of the page still counts
            }
        }
        return List.copyOf(words);
    }
}
