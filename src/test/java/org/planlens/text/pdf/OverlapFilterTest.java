package org.planlens.text.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The bucketed table gives PDFBox's overlap rule glyph by glyph, checked against that rule written out plainly
 * (every earlier copy compared), on pages dense enough to grow the table and with the odd glyphs PDFs hold:
 * infinite and NaN positions, huge and zero widths.
 */
class OverlapFilterTest {

    @Test
    void randomPages_answerAsTheRuleDoes() {
        Random random = new Random(7);
        // enough texts that a dense page holds more (text, bucket) keys than the table's first size
        List<String> texts = new ArrayList<>(List.of("ư", "ớ", "ng", "."));
        for (char c = 'A'; c <= 'z'; c++) {
            texts.add(String.valueOf(c));
        }
        OverlapFilter filter = new OverlapFilter();
        int dropped = 0;
        for (int page = 0; page < 6; page++) {
            filter.clear();
            List<Object[]> kept = new ArrayList<>();
            int glyphs = page == 0 ? 5_000 : 2_000;
            for (int g = 0; g < glyphs; g++) {
                String text = texts.get(random.nextInt(texts.size()));
                // x from -50: buckets on both sides of 0, where truncation puts (-8, 8) in one
                float x = odd(random, random.nextFloat() * 200 - 50);
                // lines 12 points apart from -60, a quarter of the glyphs shifted down a little (fake bold, subscripts)
                float y = odd(
                        random, random.nextInt(20) * 12f - 60 + (random.nextInt(4) == 0 ? random.nextFloat() * 3 : 0));
                float width =
                        random.nextInt(200) == 0 ? 1e30f : random.nextInt(50) == 0 ? 0f : 2 + random.nextFloat() * 6;
                boolean expected = overlapsByTheRule(kept, text, x, y, width);
                assertEquals(expected, filter.overlapsEarlier(text, x, y, width), "page " + page + " glyph " + g);
                if (expected) {
                    dropped++;
                } else {
                    kept.add(new Object[] {text, x, y});
                }
            }
        }
        assertTrue(dropped > 300, "the pages must hold overlapping copies to test: " + dropped);
    }

    @Test
    void negativeWidth_throwsAsPdfboxDoes() {
        assertThrows(IllegalArgumentException.class, () -> new OverlapFilter().overlapsEarlier("a", 10, 10, -3));
    }

    @Test
    void newPage_forgetsThePositions() {
        OverlapFilter filter = new OverlapFilter();
        filter.overlapsEarlier("a", 10, 10, 6);
        assertTrue(filter.overlapsEarlier("a", 10.5f, 10, 6));
        filter.clear();
        assertEquals(false, filter.overlapsEarlier("a", 10.5f, 10, 6));
    }

    private static float odd(Random random, float usual) {
        int r = random.nextInt(400);
        return r == 0 ? Float.POSITIVE_INFINITY : r == 1 ? Float.NaN : r == 2 ? Float.NEGATIVE_INFINITY : usual;
    }

    /** PDFTextStripper's rule: an earlier copy with x in [x - tol, x + tol) and y in [y - tol, y + tol). */
    private static boolean overlapsByTheRule(List<Object[]> kept, String text, float x, float y, float width) {
        float tolerance = width / text.length() / 3.0f;
        for (Object[] k : kept) {
            float kx = (float) k[1];
            float ky = (float) k[2];
            if (k[0].equals(text)
                    && Float.compare(kx, x - tolerance) >= 0
                    && Float.compare(kx, x + tolerance) < 0
                    && Float.compare(ky, y - tolerance) >= 0
                    && Float.compare(ky, y + tolerance) < 0) {
                return true;
            }
        }
        return false;
    }
}
