package org.planlens.text.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The columns of a table on a page: the gutters between them (x ranges no cell text crosses) and the gap that
 * separates phrases (wider than a few spaces: cell from cell, not word from word).
 */
public record ColumnGrid(List<Gutter> gutters, float phraseGap) {
    /** Points of overlap that count a word as lying in a gutter. */
    private static final float OVERLAP = 0.5f;
    /** A gap up to this many word heights is a space between words. */
    private static final float SPACE_HEIGHTS = 0.6f;

    /** An x range between two columns. */
    public record Gutter(float from, float to) {
        float middle() {
            return (from + to) / 2;
        }
    }

    public ColumnGrid {
        gutters = List.copyOf(gutters);
    }

    /**
     * True when this grid is {@code wider}'s with some gutters missing (a column with no text on this page):
     * each of its gutters lies within one of {@code wider}'s, give or take a word height.
     */
    public boolean fitsWithin(ColumnGrid wider) {
        if (gutters.size() >= wider.gutters.size()) {
            return gutters.size() == wider.gutters.size() && gutters.equals(wider.gutters);
        }
        float slack = phraseGap;
        return gutters.stream()
                .allMatch(g -> wider.gutters.stream()
                        .anyMatch(w -> g.middle() >= w.from() - slack && g.middle() <= w.to() + slack));
    }

    public int columns() {
        return gutters.size() + 1;
    }

    /** The column a phrase starting at {@code x} belongs to. */
    public int columnOf(float x) {
        int c = 0;
        while (c < gutters.size() && x >= gutters.get(c).middle()) {
            c++;
        }
        return c;
    }

    /** The line's words as phrases: runs of words with gaps narrower than {@link #phraseGap}. */
    public List<List<PositionedWord>> phrases(WordLine line) {
        return phrases(line, phraseGap);
    }

    static List<List<PositionedWord>> phrases(WordLine line, float gap) {
        List<List<PositionedWord>> out = new ArrayList<>();
        List<PositionedWord> current = new ArrayList<>();
        PositionedWord previous = null;
        for (PositionedWord w : line.words()) {
            if (previous != null && w.x0() - previous.x1() >= gap) {
                out.add(current);
                current = new ArrayList<>();
            }
            current.add(w);
            previous = w;
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    /**
     * The line's text by column: each word goes to the column its centre is in, except on a line laid across
     * the gutters (a group title, a heading), where each phrase stays whole in the column it starts in.
     */
    public String[] cells(WordLine line) {
        String[] cells = new String[columns()];
        Arrays.fill(cells, "");
        boolean spanning = spans(line);
        for (List<PositionedWord> phrase : phrases(line)) {
            int start = columnOf(phrase.get(0).x0());
            for (PositionedWord w : phrase) {
                int c = spanning ? start : columnOf(w.centerX());
                cells[c] = cells[c].isEmpty() ? w.text() : cells[c] + " " + w.text();
            }
        }
        return cells;
    }

    /**
     * True when the line runs across a gutter: a word lies in one, or two words a space apart sit either side
     * of one. Cells side by side never do: their text stops a cell padding short of the gutter.
     */
    public boolean spans(WordLine line) {
        PositionedWord previous = null;
        for (PositionedWord w : line.words()) {
            for (Gutter g : gutters) {
                if (w.x0() < g.to() - OVERLAP && w.x1() > g.from() + OVERLAP) {
                    return true;
                }
                if (previous != null
                        && w.x0() - previous.x1() <= SPACE_HEIGHTS * w.height()
                        && previous.x1() <= g.from() + OVERLAP
                        && w.x0() >= g.to() - OVERLAP) {
                    return true;
                }
            }
            previous = w;
        }
        return false;
    }

    /** How many columns hold text on this line. */
    public int filled(WordLine line) {
        int n = 0;
        for (String c : cells(line)) {
            if (!c.isEmpty()) {
                n++;
            }
        }
        return n;
    }
}
