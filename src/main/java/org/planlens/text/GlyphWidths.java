package org.planlens.text;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * One font's glyph widths (PDFont.getWidth, glyph space) by code, in an open-addressing table of ints and floats:
 * PDFBox keeps them in a map of boxed Integers and Floats, looked up once a glyph.
 */
final class GlyphWidths {
    private int[] codes = new int[256];
    private float[] widths = new float[256];
    /** Slot i is used when {@code used[i]}: codes can be 0. */
    private boolean[] used = new boolean[256];
    private int size;

    float width(PDFont font, int code) throws IOException {
        int mask = codes.length - 1;
        int slot = mix(code) & mask;
        while (used[slot]) {
            if (codes[slot] == code) {
                return widths[slot];
            }
            slot = (slot + 1) & mask;
        }
        float width = font.getWidth(code);
        if (2 * (size + 1) > codes.length) {
            grow();
            return put(code, width);
        }
        codes[slot] = code;
        widths[slot] = width;
        used[slot] = true;
        size++;
        return width;
    }

    private float put(int code, float width) {
        int mask = codes.length - 1;
        int slot = mix(code) & mask;
        while (used[slot]) {
            slot = (slot + 1) & mask;
        }
        codes[slot] = code;
        widths[slot] = width;
        used[slot] = true;
        size++;
        return width;
    }

    private void grow() {
        int[] oldCodes = codes;
        float[] oldWidths = widths;
        boolean[] oldUsed = used;
        codes = new int[oldCodes.length * 2];
        widths = new float[oldCodes.length * 2];
        used = new boolean[oldCodes.length * 2];
        size = 0;
        for (int i = 0; i < oldCodes.length; i++) {
            if (oldUsed[i]) {
                put(oldCodes[i], oldWidths[i]);
            }
        }
    }

    private static int mix(int code) {
        return code * 0x9E3779B9 >>> 16;
    }
}
