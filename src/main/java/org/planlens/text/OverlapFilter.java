package org.planlens.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.text.TextPosition;

/**
 * Tells a glyph drawn again over an earlier copy of itself (fake bold, shadowed headings), with PDFBox's own rule
 * (PDFTextStripper's suppressDuplicateOverlappingText): the same text within a third of the glyph's width of an
 * earlier one, across and down, on the same page. PDFBox keeps those positions in a tree map of tree sets of boxed
 * floats, a quarter of its text extraction time on a plain page; here they sit in buckets of {@link #CELL} points
 * across, so a glyph is compared with the few earlier copies near it. Same answers, glyph by glyph.
 */
final class OverlapFilter {
    /** Bucket width in points; a glyph's tolerance is a third of its width, so one or two buckets are searched. */
    private static final float CELL = 8f;
    /** A tolerance spanning more buckets than this (huge or infinite glyph widths) compares with every copy. */
    private static final long MAX_CELLS = 64;

    /** Earlier positions of each text: by bucket, and all of them in drawing order. */
    private final Map<String, Copies> byText = new HashMap<>();

    /** Forgets every position: a new page starts. */
    void clear() {
        byText.clear();
    }

    /**
     * Whether the glyph overlaps an earlier copy of its text; if not, it is remembered. Throws as PDFBox does when
     * the glyph's width is negative (the search range is then inverted).
     */
    boolean overlapsEarlier(TextPosition text) {
        String unicode = text.getUnicode();
        float x = text.getX();
        float y = text.getY();
        float tolerance = text.getWidth() / unicode.length() / 3.0f;
        float fromX = x - tolerance;
        float toX = x + tolerance;
        if (Float.compare(fromX, toX) > 0) {
            throw new IllegalArgumentException("fromKey > toKey");
        }
        Copies copies = byText.computeIfAbsent(unicode, k -> new Copies());
        if (copies.overlaps(fromX, toX, y - tolerance, y + tolerance)) {
            return true;
        }
        copies.add(x, y);
        return false;
    }

    /** Positions of one text. Comparisons are Float.compare's, as in PDFBox's maps: [from, to) in x and in y. */
    private static final class Copies {
        private final Map<Long, List<float[]>> cells = new HashMap<>();
        private final List<float[]> all = new ArrayList<>();
        /** Positions whose x is not finite: no bucket holds them, every search looks at them. */
        private final List<float[]> odd = new ArrayList<>();

        boolean overlaps(float fromX, float toX, float fromY, float toY) {
            if (Float.isFinite(fromX) && Float.isFinite(toX)) {
                long first = cell(fromX);
                long last = cell(toX);
                if (last - first <= MAX_CELLS) {
                    for (long c = first; c <= last; c++) {
                        if (any(cells.get(c), fromX, toX, fromY, toY)) {
                            return true;
                        }
                    }
                    return any(odd, fromX, toX, fromY, toY);
                }
            }
            return any(all, fromX, toX, fromY, toY);
        }

        void add(float x, float y) {
            float[] p = {x, y};
            all.add(p);
            if (Float.isFinite(x)) {
                cells.computeIfAbsent(cell(x), k -> new ArrayList<>(2)).add(p);
            } else {
                odd.add(p);
            }
        }

        private static long cell(float x) {
            return (long) Math.floor(x / CELL);
        }

        private static boolean any(List<float[]> points, float fromX, float toX, float fromY, float toY) {
            if (points == null) {
                return false;
            }
            for (float[] p : points) {
                if (Float.compare(p[0], fromX) >= 0 && Float.compare(p[0], toX) < 0
                        && Float.compare(p[1], fromY) >= 0 && Float.compare(p[1], toY) < 0) {
                    return true;
                }
            }
            return false;
        }
    }
}
