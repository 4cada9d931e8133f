package org.planlens.text.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Finds table columns on a page from where its words sit: the lines with wide gaps (cells side by side) are
 * the voters, and an x range that almost none of them crosses is a gutter between columns. Prose lines have no
 * wide gaps and do not vote, so a page of prose has no table, and a table under a few lines of prose is found.
 * Only arithmetic on word boxes: it costs nothing next to reading the page.
 */
public final class ColumnFinder {
    /** A gap this many word heights wide separates cells, not words. */
    private static final float PHRASE_GAP_HEIGHTS = 1.5f;
    /** A gutter is at least this many word heights wide. */
    private static final float MIN_GUTTER_HEIGHTS = 0.35f;
    /** A gap up to this many word heights is a space between words of one cell. */
    private static final float SPACE_HEIGHTS = 0.6f;
    /** Share of the voting lines allowed to cross a gutter (group titles, headings laid across the table). */
    private static final float CROSSING_SHARE = 0.25f;

    private final int minColumns;
    private final int minVoters;

    /** A table has at least {@code minColumns} columns and {@code minVoters} lines with cells side by side. */
    public ColumnFinder(int minColumns, int minVoters) {
        if (minColumns < 2 || minVoters < 1) {
            throw new IllegalArgumentException(
                    "minColumns must be >= 2 and minVoters >= 1, got " + minColumns + ", " + minVoters);
        }
        this.minColumns = minColumns;
        this.minVoters = minVoters;
    }

    public static ColumnFinder standard() {
        return new ColumnFinder(4, 6);
    }

    public Optional<ColumnGrid> find(List<WordLine> lines) {
        float height = medianHeight(lines);
        if (height <= 0) {
            return Optional.empty();
        }
        float gap = PHRASE_GAP_HEIGHTS * height;
        List<WordLine> voters = new ArrayList<>();
        for (WordLine l : lines) {
            if (ColumnGrid.phrases(l, gap).size() > 1) {
                voters.add(l);
            }
        }
        if (voters.size() < minVoters) {
            return Optional.empty();
        }
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        for (WordLine l : voters) {
            left = Math.min(left, l.words().get(0).x0());
            right = Math.max(right, l.words().get(l.words().size() - 1).x1());
        }
        int bins = (int) Math.ceil(right - left) + 1;
        int[] crossing = new int[bins];
        float space = SPACE_HEIGHTS * height;
        boolean[] covered = new boolean[bins];
        for (WordLine l : voters) {
            Arrays.fill(covered, false);
            PositionedWord previous = null;
            for (PositionedWord w : l.words()) {
                // a word covers its box, and the space before it when it follows a word of the same phrase
                float from = previous != null && w.x0() - previous.x1() <= space ? previous.x1() : w.x0();
                for (int b = Math.max(0, (int) Math.floor(from - left));
                        b < Math.min(bins, (int) Math.ceil(w.x1() - left));
                        b++) {
                    covered[b] = true;
                }
                previous = w;
            }
            for (int b = 0; b < bins; b++) {
                crossing[b] += covered[b] ? 1 : 0;
            }
        }
        int allowed = (int) Math.floor(voters.size() * CROSSING_SHARE);
        float minGutter = MIN_GUTTER_HEIGHTS * height;
        List<ColumnGrid.Gutter> gutters = new ArrayList<>();
        int b = 0;
        while (b < bins) {
            if (crossing[b] > allowed) {
                b++;
                continue;
            }
            int start = b;
            int least = crossing[b];
            while (b < bins && crossing[b] <= allowed) {
                least = Math.min(least, crossing[b]);
                b++;
            }
            // within a stretch few lines cross, the gutters are where fewest do: a sparse column (STT, notes)
            // is crossed by its own few words and stays a column
            int a = start;
            while (a < b) {
                if (crossing[a] != least) {
                    a++;
                    continue;
                }
                int from = a;
                while (a < b && crossing[a] == least) {
                    a++;
                }
                if (from > 0 && a < bins && a - from >= minGutter) {
                    gutters.add(new ColumnGrid.Gutter(left + from, left + a));
                }
            }
        }
        if (gutters.size() + 1 < minColumns) {
            return Optional.empty();
        }
        return Optional.of(new ColumnGrid(gutters, gap));
    }

    private static float medianHeight(List<WordLine> lines) {
        List<Float> heights = new ArrayList<>();
        for (WordLine l : lines) {
            for (PositionedWord w : l.words()) {
                heights.add(w.height());
            }
        }
        if (heights.isEmpty()) {
            return 0;
        }
        heights.sort(null);
        return heights.get(heights.size() / 2);
    }
}
