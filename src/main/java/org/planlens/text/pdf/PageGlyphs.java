package org.planlens.text.pdf;

import java.util.Arrays;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * One page's glyphs as PDFBox's text stripper sees them (its legacy metrics, in the page's top-down coordinates),
 * in drawing order, held in flat arrays: a text page has thousands of glyphs, and an object per glyph (PDFBox's
 * TextPosition) costs more than working out the glyph. Reused page after page.
 */
final class PageGlyphs {
    private int size;
    private String[] unicode = new String[2048];
    private float[] x = new float[2048];
    private float[] y = new float[2048];
    private float[] width = new float[2048];
    private float[] height = new float[2048];
    private float[] spaceWidth = new float[2048];
    private float[] fontSize = new float[2048];
    private int[] fontSizePt = new int[2048];
    private PDFont[] font = new PDFont[2048];
    /** The glyph's advance as PDFBox measures it before the crop box (TextPosition's individual width). */
    private float[] advance = new float[2048];
    /** Per character when accents were merged into the glyph (TextPosition's widths); null: {advance}. */
    private float[][] merged = new float[2048][];

    void clear() {
        Arrays.fill(unicode, 0, size, null);
        Arrays.fill(font, 0, size, null);
        Arrays.fill(merged, 0, size, null);
        size = 0;
    }

    void add(
            String text,
            float gx,
            float gy,
            float gWidth,
            float gAdvance,
            float gHeight,
            float gSpace,
            float size,
            int sizePt,
            PDFont f) {
        if (this.size == x.length) {
            grow();
        }
        int i = this.size++;
        unicode[i] = text;
        x[i] = gx;
        y[i] = gy;
        width[i] = gWidth;
        height[i] = gHeight;
        spaceWidth[i] = gSpace;
        fontSize[i] = size;
        fontSizePt[i] = sizePt;
        font[i] = f;
        advance[i] = gAdvance;
    }

    /** Forgets the last glyph (an accent about to be merged into the glyph after it). */
    void removeLast() {
        size--;
        unicode[size] = null;
        font[size] = null;
        merged[size] = null;
    }

    /**
     * PDFBox's TextPosition.mergeDiacritic: the accent (one character, already in its combining form) goes after
     * the character of glyph {@code i} it sits over, found from its left edge and advance.
     */
    void mergeAccent(int i, String accent, float accentX, float accentAdvance) {
        float[] widths = merged[i] != null ? merged[i] : new float[] {advance[i]};
        String text = unicode[i];
        float diacXStart = accentX;
        float diacXEnd = diacXStart + accentAdvance;
        float currCharXStart = x[i];
        int strLen = text.length();
        for (int k = 0; k < strLen && k < widths.length; k++) {
            float currCharXEnd = currCharXStart + widths[k];
            int at = -1;
            if (diacXStart < currCharXStart && diacXEnd <= currCharXEnd) {
                if (k == 0) {
                    at = k;
                } else {
                    float percentage1 = (diacXEnd - currCharXStart) / widths[k];
                    float percentage2 = (currCharXStart - diacXStart) / widths[k - 1];
                    at = percentage1 >= percentage2 ? k : k - 1;
                }
            } else if (diacXStart < currCharXStart || diacXEnd <= currCharXEnd || k == strLen - 1) {
                at = k;
            }
            if (at >= 0) {
                float[] grown = new float[widths.length + 1];
                System.arraycopy(widths, 0, grown, 0, at + 1);
                System.arraycopy(widths, at + 1, grown, at + 2, widths.length - at - 1);
                unicode[i] = text.substring(0, at + 1) + accent + text.substring(at + 1);
                merged[i] = grown;
                return;
            }
            currCharXStart += widths[k];
        }
    }

    /** The characters PDFBox counts in the glyph (one, plus the accents merged into it). */
    int chars(int i) {
        return merged[i] == null ? 1 : merged[i].length;
    }

    /** The glyph's advance before the crop box: where an accent drawn after it starts from. */
    float advance(int i) {
        return advance[i];
    }

    private void grow() {
        int n = x.length * 2;
        unicode = Arrays.copyOf(unicode, n);
        x = Arrays.copyOf(x, n);
        y = Arrays.copyOf(y, n);
        width = Arrays.copyOf(width, n);
        height = Arrays.copyOf(height, n);
        spaceWidth = Arrays.copyOf(spaceWidth, n);
        fontSize = Arrays.copyOf(fontSize, n);
        fontSizePt = Arrays.copyOf(fontSizePt, n);
        font = Arrays.copyOf(font, n);
        advance = Arrays.copyOf(advance, n);
        merged = Arrays.copyOf(merged, n);
    }

    int size() {
        return size;
    }

    String unicode(int i) {
        return unicode[i];
    }

    /** Left edge, points from the crop box's left. */
    float x(int i) {
        return x[i];
    }

    /** Baseline, points from the crop box's top. */
    float y(int i) {
        return y[i];
    }

    float width(int i) {
        return width[i];
    }

    /** PDFBox's glyph height: half the font's box, or its cap height, scaled. */
    float height(int i) {
        return height[i];
    }

    float spaceWidth(int i) {
        return spaceWidth[i];
    }

    /** The text state's font size (unscaled). */
    float fontSize(int i) {
        return fontSize[i];
    }

    int fontSizePt(int i) {
        return fontSizePt[i];
    }

    PDFont font(int i) {
        return font[i];
    }
}
