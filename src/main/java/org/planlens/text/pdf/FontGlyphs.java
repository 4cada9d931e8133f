package org.planlens.text.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;

/**
 * One font's glyph widths (PDFont.getWidth, glyph space) and Unicode (PDFont.toUnicode) by code, each looked up
 * once, in an open-addressing table of ints: PDFBox keeps them in maps of boxed Integers, looked up once a glyph.
 */
final class FontGlyphs {
    private int[] codes = new int[256];
    private float[] widths = new float[256];
    private String[] unicode = new String[256];
    /** Per slot: bit 1 used, bit 2 width known, bit 4 Unicode known (null when the font maps none). */
    private byte[] state = new byte[256];

    private int size;

    private static final byte USED = 1;
    private static final byte WIDTH = 2;
    private static final byte UNICODE = 4;

    float width(PDFont font, int code) throws IOException {
        int slot = slot(code);
        if ((state[slot] & WIDTH) == 0) {
            widths[slot] = font.getWidth(code);
            state[slot] |= WIDTH;
        }
        return widths[slot];
    }

    String unicode(PDFont font, int code, GlyphList glyphList) {
        int slot = slot(code);
        if ((state[slot] & UNICODE) == 0) {
            unicode[slot] = font.toUnicode(code, glyphList);
            state[slot] |= UNICODE;
        }
        return unicode[slot];
    }

    /** The slot of {@code code}, claimed when new. */
    private int slot(int code) {
        int mask = codes.length - 1;
        int slot = mix(code) & mask;
        while (state[slot] != 0) {
            if (codes[slot] == code) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        if (2 * (size + 1) > codes.length) {
            grow();
            return slot(code);
        }
        codes[slot] = code;
        state[slot] = USED;
        size++;
        return slot;
    }

    private void grow() {
        int[] oldCodes = codes;
        float[] oldWidths = widths;
        String[] oldUnicode = unicode;
        byte[] oldState = state;
        int n = oldCodes.length * 2;
        codes = new int[n];
        widths = new float[n];
        unicode = new String[n];
        state = new byte[n];
        int mask = n - 1;
        for (int i = 0; i < oldCodes.length; i++) {
            if (oldState[i] != 0) {
                int slot = mix(oldCodes[i]) & mask;
                while (state[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                codes[slot] = oldCodes[i];
                widths[slot] = oldWidths[i];
                unicode[slot] = oldUnicode[i];
                state[slot] = oldState[i];
            }
        }
    }

    private static int mix(int code) {
        return code * 0x9E3779B9 >>> 16;
    }
}
