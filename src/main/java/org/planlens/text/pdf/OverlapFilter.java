package org.planlens.text.pdf;

import java.util.Arrays;
import org.apache.pdfbox.text.TextPosition;

/**
 * Tells a glyph drawn again over an earlier copy of itself (fake bold, shadowed headings), with PDFBox's own rule
 * (PDFTextStripper's suppressDuplicateOverlappingText): the same text within a third of the glyph's width of an
 * earlier one, across and down, on the same page. PDFBox keeps those positions in a tree map of tree sets of boxed
 * floats, a large share of its text extraction time on a plain page. Here a page's positions sit in flat arrays,
 * chained
 * by text and bucket of {@link #CELL} points across, found through one open-addressing table: a glyph is compared
 * with the few earlier copies of its text near it, with no boxing and no map per text (maps of lists were a large
 * part of reading a text PDF). Same answers, glyph by glyph.
 */
final class OverlapFilter {
    /** Bucket width in points; a glyph's tolerance is a third of its width, so one or two buckets are searched. */
    private static final float CELL = 8f;
    /** A tolerance spanning more buckets than this (huge or infinite glyph widths) compares with every copy. */
    private static final long MAX_CELLS = 64;

    private static final int NONE = -1;

    /** The page's positions in drawing order; {@code chain[i]} is the previous position of the same chain. */
    private float[] xs = new float[1024];

    private float[] ys = new float[1024];
    private String[] texts = new String[1024];
    private int[] chain = new int[1024];
    private int size;
    /** Positions whose x is not finite: no bucket holds them, every search looks at them. */
    private int[] odd = new int[16];

    private int oddSize;
    /** Open addressing from a (text, bucket) key to the last position of its chain; slots hold index + 1. */
    private long[] slotKeys = new long[2048];

    private int[] slotHeads = new int[2048];
    private int used;
    /** The key {@link #head} looked up last and the slot its probe stopped at (-1 when stale). */
    private long probedKey;

    private int probedSlot = -1;

    /** Forgets every position: a new page starts. */
    void clear() {
        if (size > 0) {
            Arrays.fill(texts, 0, size, null);
            Arrays.fill(slotHeads, 0);
        }
        size = 0;
        oddSize = 0;
        used = 0;
        probedSlot = -1;
    }

    /**
     * Whether the glyph overlaps an earlier copy of its text; if not, it is remembered. Throws as PDFBox does when
     * the glyph's width is negative (the search range is then inverted).
     */
    boolean overlapsEarlier(TextPosition text) {
        return overlapsEarlier(text.getUnicode(), text.getX(), text.getY(), text.getWidth());
    }

    /** As {@link #overlapsEarlier(TextPosition)}, for a glyph of this text, position and width. */
    boolean overlapsEarlier(String unicode, float x, float y, float width) {
        float tolerance = width / unicode.length() / 3.0f;
        float fromX = x - tolerance;
        float toX = x + tolerance;
        if (Float.compare(fromX, toX) > 0) {
            throw new IllegalArgumentException("fromKey > toKey");
        }
        if (overlaps(unicode, fromX, toX, y - tolerance, y + tolerance)) {
            return true;
        }
        add(unicode, x, y);
        return false;
    }

    private boolean overlaps(String unicode, float fromX, float toX, float fromY, float toY) {
        if (Float.isFinite(fromX) && Float.isFinite(toX)) {
            int first = cell(fromX);
            int last = cell(toX);
            if ((long) last - first <= MAX_CELLS) {
                for (long c = first; c <= last; c++) {
                    for (int i = head(key(unicode, c)); i != NONE; i = chain[i]) {
                        if (hit(i, unicode, fromX, toX, fromY, toY)) {
                            return true;
                        }
                    }
                }
                for (int k = 0; k < oddSize; k++) {
                    if (hit(odd[k], unicode, fromX, toX, fromY, toY)) {
                        return true;
                    }
                }
                return false;
            }
        }
        for (int i = 0; i < size; i++) {
            if (hit(i, unicode, fromX, toX, fromY, toY)) {
                return true;
            }
        }
        return false;
    }

    /** Comparisons are Float.compare's, as in PDFBox's maps: [from, to) in x and in y. */
    private boolean hit(int i, String unicode, float fromX, float toX, float fromY, float toY) {
        return Float.compare(xs[i], fromX) >= 0
                && Float.compare(xs[i], toX) < 0
                && Float.compare(ys[i], fromY) >= 0
                && Float.compare(ys[i], toY) < 0
                && texts[i].equals(unicode);
    }

    private void add(String unicode, float x, float y) {
        if (size == xs.length) {
            int n = size * 2;
            xs = Arrays.copyOf(xs, n);
            ys = Arrays.copyOf(ys, n);
            texts = Arrays.copyOf(texts, n);
            chain = Arrays.copyOf(chain, n);
        }
        int i = size++;
        xs[i] = x;
        ys[i] = y;
        texts[i] = unicode;
        if (Float.isFinite(x)) {
            int slot = slot(key(unicode, cell(x)));
            chain[i] = slotHeads[slot] - 1;
            slotHeads[slot] = i + 1;
        } else {
            chain[i] = NONE;
            if (oddSize == odd.length) {
                odd = Arrays.copyOf(odd, oddSize * 2);
            }
            odd[oddSize++] = i;
        }
    }

    /**
     * The last position whose (text, bucket) key is {@code key}; keys of other texts may share it. The slot where
     * the probe stopped is kept: a glyph with no earlier copy is added under the key it was just looked up by.
     */
    private int head(long key) {
        int mask = slotKeys.length - 1;
        int s = mix(key) & mask;
        while (slotHeads[s] != 0 && slotKeys[s] != key) {
            s = (s + 1) & mask;
        }
        probedKey = key;
        probedSlot = s;
        return slotHeads[s] - 1;
    }

    /** The slot of {@code key}, claimed when new (its head then empty). */
    private int slot(long key) {
        if (probedSlot >= 0 && probedKey == key && slotHeads[probedSlot] != 0) {
            return probedSlot;
        }
        if (2 * (used + 1) > slotKeys.length) {
            grow();
        } else if (probedSlot >= 0 && probedKey == key) {
            slotKeys[probedSlot] = key;
            used++;
            return probedSlot;
        }
        int mask = slotKeys.length - 1;
        int s = mix(key) & mask;
        while (slotHeads[s] != 0) {
            if (slotKeys[s] == key) {
                return s;
            }
            s = (s + 1) & mask;
        }
        slotKeys[s] = key;
        used++;
        return s;
    }

    private void grow() {
        long[] keys = slotKeys;
        int[] heads = slotHeads;
        slotKeys = new long[keys.length * 2];
        slotHeads = new int[heads.length * 2];
        probedSlot = -1;
        int mask = slotKeys.length - 1;
        for (int old = 0; old < keys.length; old++) {
            if (heads[old] != 0) {
                int s = mix(keys[old]) & mask;
                while (slotHeads[s] != 0) {
                    s = (s + 1) & mask;
                }
                slotKeys[s] = keys[old];
                slotHeads[s] = heads[old];
            }
        }
    }

    private static long key(String unicode, long cell) {
        return ((long) unicode.hashCode() << 32) ^ (cell & 0xffffffffL);
    }

    private static int mix(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40);
    }

    /**
     * The bucket of a finite x: x / {@link #CELL} truncated, so buckets only need to rise with x, which is all the
     * search needs (C1 compiles Math.floor as a call). Beyond the int range it saturates (the x comparisons stay
     * exact): a long bucket saturated at Long.MAX_VALUE made the search loop wrap around and never end on a glyph
     * of huge width.
     */
    private static int cell(float x) {
        return (int) (x * (1f / CELL));
    }
}
