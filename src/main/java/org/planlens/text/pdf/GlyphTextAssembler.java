package org.planlens.text.pdf;

import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.planlens.text.layout.PositionedWord;

/**
 * Lines and words from a page's glyphs, by PDFBox's text stripper's rules in content order (its writePage with
 * sortByPosition off): a glyph starts a new line when its height band misses the line's, and a word gap is the
 * smaller of half the space width and a third of the running average glyph width. Gives PDFBox's text, character for
 * character, for the pages {@link GlyphCollector} covers, and each word's box as {@link PageTextStripper} makes it.
 * One per thread.
 */
final class GlyphTextAssembler {
    private static final float SPACING_TOLERANCE = .5f;
    private static final float AVERAGE_CHAR_TOLERANCE = .3f;
    private static final float RESET = -Float.MAX_VALUE;
    private static final int WORD_GAP = -1;

    /** The current line: glyph indexes, {@link #WORD_GAP} between words. */
    private int[] line = new int[256];

    private int lineSize;
    private final WordBoxBuilder box = new WordBoxBuilder();

    /**
     * The page's text as PDFBox's stripper writes it (lines ended by a newline, the page's last one too), its words
     * added to {@code words}.
     */
    String assemble(PageGlyphs g, int page, List<PositionedWord> words) {
        StringBuilder out = new StringBuilder(g.size() + g.size() / 8 + 16);
        lineSize = 0;
        float maxYForLine = RESET;
        float endOfLastTextX = -1;
        float lastWordSpacing = -1;
        float maxHeightForLine = -1;
        float previousAveCharWidth = -1;
        int last = -1;
        for (int i = 0; i < g.size(); i++) {
            if (last >= 0 && fontOrSizeChanged(g, i, last)) {
                previousAveCharWidth = -1;
            }
            float positionX = g.x(i);
            float positionY = g.y(i);
            float positionWidth = g.width(i);
            float positionHeight = g.height(i);
            float wordSpacing = g.spaceWidth(i);
            float deltaSpace;
            if (Float.compare(wordSpacing, 0) == 0 || Float.isNaN(wordSpacing)) {
                deltaSpace = Float.MAX_VALUE;
            } else if (lastWordSpacing < 0) {
                deltaSpace = wordSpacing * SPACING_TOLERANCE;
            } else {
                deltaSpace = (wordSpacing + lastWordSpacing) / 2f * SPACING_TOLERANCE;
            }
            int wordCharCount = g.chars(i);
            float averageCharWidth = previousAveCharWidth < 0
                    ? positionWidth / wordCharCount
                    : (previousAveCharWidth + positionWidth / wordCharCount) / 2f;
            float deltaCharWidth = averageCharWidth * AVERAGE_CHAR_TOLERANCE;
            float expectedStartOfNextWordX = RESET;
            if (Float.compare(endOfLastTextX, -1) != 0) {
                expectedStartOfNextWordX = endOfLastTextX + Math.min(deltaSpace, deltaCharWidth);
            }
            if (last >= 0) {
                if (!overlap(positionY, positionHeight, maxYForLine, maxHeightForLine)) {
                    writeLine(g, page, out, words);
                    out.append('\n');
                    expectedStartOfNextWordX = RESET;
                    maxYForLine = RESET;
                    maxHeightForLine = -1;
                }
                if (Float.compare(expectedStartOfNextWordX, RESET) != 0
                        && expectedStartOfNextWordX < positionX
                        && !g.unicode(last).endsWith(" ")) {
                    push(WORD_GAP);
                }
                if (Math.abs(positionX - g.x(last)) > wordSpacing + deltaSpace) {
                    maxYForLine = RESET;
                    maxHeightForLine = -1;
                }
            }
            if (positionY >= maxYForLine) {
                maxYForLine = positionY;
            }
            endOfLastTextX = positionX + positionWidth;
            push(i);
            maxHeightForLine = Math.max(maxHeightForLine, positionHeight);
            last = i;
            lastWordSpacing = wordSpacing;
            previousAveCharWidth = averageCharWidth;
        }
        if (lineSize > 0) {
            writeLine(g, page, out, words);
        }
        return out.append('\n').toString();
    }

    private void push(int item) {
        if (lineSize == line.length) {
            line = Arrays.copyOf(line, lineSize * 2);
        }
        line[lineSize++] = item;
    }

    /**
     * The line's words joined by a space. As in PDFBox, every word before a gap is written, even an empty one, and
     * the last only when it has text.
     */
    private void writeLine(PageGlyphs g, int page, StringBuilder out, List<PositionedWord> words) {
        int start = 0;
        boolean first = true;
        for (int k = 0; k <= lineSize; k++) {
            boolean end = k == lineSize;
            if (!end && line[k] != WORD_GAP) {
                continue;
            }
            int textStart = out.length() + (first ? 0 : 1);
            if (!first) {
                out.append(' ');
            }
            for (int j = start; j < k; j++) {
                out.append(g.unicode(line[j]));
            }
            if (end && out.length() == textStart) {
                if (!first) {
                    out.setLength(textStart - 1);
                }
            } else {
                addWords(g, page, start, k, words);
            }
            first = false;
            start = k + 1;
        }
        lineSize = 0;
    }

    /** The words of line items [from, to), split at blank glyphs, boxed as {@link PageTextStripper} boxes them. */
    private void addWords(PageGlyphs g, int page, int from, int to, List<PositionedWord> words) {
        int start = from;
        for (int k = from; k < to; k++) {
            if (g.unicode(line[k]).isBlank()) {
                addWord(g, page, start, k, words);
                start = k + 1;
            }
        }
        addWord(g, page, start, to, words);
    }

    private void addWord(PageGlyphs g, int page, int from, int to, List<PositionedWord> words) {
        if (from >= to) {
            return;
        }
        box.start(g.y(line[from]));
        for (int k = from; k < to; k++) {
            int i = line[k];
            box.add(g.unicode(i), g.x(i), g.width(i), g.height(i), g.fontSizePt(i));
        }
        box.addTo(page, words);
    }

    /** PDFBox's test of two glyphs' height bands meeting (y at the baseline, the band above it). */
    private static boolean overlap(float y1, float height1, float y2, float height2) {
        return within(y1, y2, .1f) || y2 <= y1 && y2 >= y1 - height1 || y1 <= y2 && y1 >= y2 - height2;
    }

    private static boolean within(float first, float second, float variance) {
        return second < first + variance && second > first - variance;
    }

    /** PDFBox's hasFontOrSizeChanged: another size, or another font by identity, then name, then hash. */
    private static boolean fontOrSizeChanged(PageGlyphs g, int current, int last) {
        if (Float.compare(g.fontSize(current), g.fontSize(last)) != 0) {
            return true;
        }
        PDFont now = g.font(current);
        PDFont before = g.font(last);
        if (now == before) {
            return false;
        }
        String nowName = now.getName();
        String beforeName = before.getName();
        if (nowName != null) {
            return !nowName.equals(beforeName);
        }
        if (beforeName != null) {
            return true;
        }
        return now.hashCode() != before.hashCode();
    }
}
