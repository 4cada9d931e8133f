package org.planlens.text.pdf;

import java.io.IOException;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.util.Matrix;

/**
 * PDFBox's text stripper's arithmetic and tests for one glyph, as plain functions over floats (Matrix's products,
 * TextPosition's direction, accent and containment tests, LegacyPDFStreamEngine's font height and space width), so
 * {@link GlyphCollector} gives its numbers without its objects. Each says which PDFBox method it follows.
 */
final class StripperGlyphRules {
    /** What {@link #kind} says of a glyph's text. */
    static final int PLAIN = 0;

    static final int ACCENT = 1;
    static final int PDFBOX = 2;

    private StripperGlyphRules() {}

    /** The matrix's entries, row after row, as Matrix keeps them. */
    static void load(Matrix m, float[] into) {
        into[0] = m.getValue(0, 0);
        into[1] = m.getValue(0, 1);
        into[2] = m.getValue(0, 2);
        into[3] = m.getValue(1, 0);
        into[4] = m.getValue(1, 1);
        into[5] = m.getValue(1, 2);
        into[6] = m.getValue(2, 0);
        into[7] = m.getValue(2, 1);
        into[8] = m.getValue(2, 2);
    }

    /**
     * {@code a x b} into {@code c}, as Matrix.multiply computes it (written out: C1 does not unroll loops); false
     * when an entry is not finite (Matrix throws then). x - x is 0 for a finite x and NaN otherwise.
     */
    static boolean multiply(float[] a, float[] b, float[] c) {
        c[0] = a[0] * b[0] + a[1] * b[3] + a[2] * b[6];
        c[1] = a[0] * b[1] + a[1] * b[4] + a[2] * b[7];
        c[2] = a[0] * b[2] + a[1] * b[5] + a[2] * b[8];
        c[3] = a[3] * b[0] + a[4] * b[3] + a[5] * b[6];
        c[4] = a[3] * b[1] + a[4] * b[4] + a[5] * b[7];
        c[5] = a[3] * b[2] + a[4] * b[5] + a[5] * b[8];
        c[6] = a[6] * b[0] + a[7] * b[3] + a[8] * b[6];
        c[7] = a[6] * b[1] + a[7] * b[4] + a[8] * b[7];
        c[8] = a[6] * b[2] + a[7] * b[5] + a[8] * b[8];
        float zero = (c[0] - c[0])
                + (c[1] - c[1])
                + (c[2] - c[2])
                + (c[3] - c[3])
                + (c[4] - c[4])
                + (c[5] - c[5])
                + (c[6] - c[6])
                + (c[7] - c[7])
                + (c[8] - c[8]);
        return zero == 0f;
    }

    /** TextPosition.getDir() says 0 for this matrix, by its first test (not by its fall-through). */
    static boolean upright(float r0, float r1, float r3, float r4) {
        float a = r4;
        float b = r1;
        float c = r3;
        float d = r0;
        return a > 0 && Math.abs(b) < d && Math.abs(c) < a && d > 0;
    }

    /**
     * Matrix.getScalingFactorX (called with r1, r0) or getScalingFactorY (with r3, r4): {@code own} unless
     * {@code other} is not zero, then the length of the two.
     */
    static float scalingFactor(float other, float own) {
        if (Float.compare(other, 0.0f) != 0) {
            return (float) Math.sqrt(Math.pow(other, 2) + Math.pow(own, 2));
        }
        return own;
    }

    /**
     * {@link #ACCENT} for what PDFBox takes for an accent that may belong to the letter it touches (one combining
     * mark, spacing accent or modifier letter: TextPosition.isDiacritic); {@link #PDFBOX} for right-to-left text
     * (PDFBox reorders it), a presentation form or bidi control (PDFBox normalises it) or a surrogate pair; else
     * {@link #PLAIN}.
     */
    static int kind(String unicode) {
        if (unicode.length() == 1 && unicode.charAt(0) < SINGLE_KINDS.length) {
            return SINGLE_KINDS[unicode.charAt(0)];
        }
        return kindOf(unicode);
    }

    /**
     * {@link #kind} of each one-char glyph below U+2000 (Latin with Vietnamese's letters, marks, Greek, Cyrillic,
     * Hebrew, Arabic), worked out once: a glyph's kind is asked for every glyph, and most Vietnamese letters took
     * the slow way through {@link Character#getType}.
     */
    private static final byte[] SINGLE_KINDS = new byte[0x2000];

    static {
        for (char c = 0; c < SINGLE_KINDS.length; c++) {
            SINGLE_KINDS[c] = (byte) kindOf(String.valueOf(c));
        }
    }

    private static int kindOf(String unicode) {
        if (unicode.length() == 1) {
            char c = unicode.charAt(0);
            if (c < '^' || c >= 'a' && c <= 'z') {
                return PLAIN; // none of these is an accent, a modifier or right-to-left
            }
            int type = Character.getType(c);
            if ((type == Character.NON_SPACING_MARK
                            || type == Character.MODIFIER_SYMBOL
                            || type == Character.MODIFIER_LETTER)
                    && c != 'ー') {
                return ACCENT;
            }
        }
        for (int i = 0; i < unicode.length(); i++) {
            char c = unicode.charAt(i);
            if (c >= 0x0590
                    && (c <= 0x08FF
                            || c >= 0xFB00 && c <= 0xFEFF
                            || c == 0x200F
                            || c >= 0x202A && c <= 0x202E
                            || c >= 0x2066 && c <= 0x2069
                            || Character.isSurrogate(c))) {
                return PDFBOX;
            }
        }
        return PLAIN;
    }

    /**
     * TextPosition.contains for upright glyphs: whether the second glyph's box meets the first's, by more than 15%
     * of the first's width when it sticks out on one side.
     */
    static boolean contains(
            double x, double width, double y, double height, double x2, double width2, double y2, double height2) {
        double end = x + width;
        double end2 = x2 + width2;
        if (end2 <= x || x2 >= end) {
            return false;
        }
        if (y2 + height2 < y || y2 > y + height) {
            return false;
        } else if (x2 > x && end2 > end) {
            return (end - x2) / width > .15;
        } else if (x2 < x && end2 < end) {
            return (end2 - x) / width > .15;
        }
        return true;
    }

    /** LegacyPDFStreamEngine.computeFontHeight, for a font that is not Type 3. */
    static float fontHeight(PDFont font) throws IOException {
        BoundingBox bbox = font.getBoundingBox();
        if (bbox.getLowerLeftY() < Short.MIN_VALUE) {
            bbox.setLowerLeftY(-(bbox.getLowerLeftY() + 65536));
        }
        float glyphHeight = bbox.getHeight() / 2;
        PDFontDescriptor descriptor = font.getFontDescriptor();
        if (descriptor != null) {
            float capHeight = descriptor.getCapHeight();
            if (Float.compare(capHeight, 0) != 0 && (capHeight < glyphHeight || Float.compare(glyphHeight, 0) == 0)) {
                glyphHeight = capHeight;
            }
            float ascent = descriptor.getAscent();
            float descent = descriptor.getDescent();
            if (capHeight > ascent
                    && ascent > 0
                    && descent < 0
                    && ((ascent - descent) / 2 < glyphHeight || Float.compare(glyphHeight, 0) == 0)) {
                glyphHeight = (ascent - descent) / 2;
            }
        }
        return glyphHeight / 1000;
    }

    /** LegacyPDFStreamEngine's space width in text space, for a font that is not Type 3. */
    static float spaceWidth(PDFont font) {
        float spaceWidthText = 0;
        try {
            spaceWidthText = font.getSpaceWidth() * (1 / 1000f);
        } catch (RuntimeException e) {
            // as PDFBox (PDFBOX-614): a font whose space cannot be measured falls back to its average width
        }
        if (Float.compare(spaceWidthText, 0) == 0) {
            spaceWidthText = font.getAverageFontWidth() * (1 / 1000f);
            spaceWidthText *= .80f;
        }
        if (Float.compare(spaceWidthText, 0) == 0) {
            spaceWidthText = 1.0f;
        }
        return spaceWidthText;
    }
}
