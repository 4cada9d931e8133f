package org.planlens.text;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.planlens.model.Place;
import org.planlens.text.layout.PositionedWord;

/**
 * Places spans of a document's normalised text on its source's pages: the page a span starts on (each page found
 * in the text by the first of its lines that the text still holds) and, where the reader kept word positions (PDF
 * text layers, OCR word boxes), the box of the page's words that fall in the span. Words are matched to the text in
 * reading order, white space ignored (line joins and letter-spacing repairs move it), each within a short reach of
 * the last; a word the text no longer holds is left out.
 */
public final class PageLocator {
    /** Non-space chars a page's line needs to anchor the page's start. */
    private static final int ANCHOR = 16;
    /**
     * Non-space chars of that line looked for: as many as it has up to this, since a short opening ("nâng cao chất
     * lượng") is printed on many pages and would place the page's start on an earlier one.
     */
    private static final int ANCHOR_MAX = 48;
    /** Lines of a page tried as its anchor (the first may be a running head the text lost). */
    private static final int ANCHOR_LINES = 8;
    /** How far (non-space chars) past the last matched word the next one is looked for. */
    private static final int REACH = 400;
    /**
     * A word shorter than this (a page number, a bullet, "1.", "và") is looked for only {@link #NEAR} chars on: found
     * further, it is more likely another printing of it than this one, and taking it would carry the match past the
     * words in between (a page number on top matching a year lines below).
     */
    private static final int SHORT = 4;

    private static final int NEAR = 24;

    private final String squeezed;
    private final int[] original;
    private final int[] pageStarts;
    private final List<PageLayout> layouts;
    private final Map<Integer, int[][]> wordSpans = new HashMap<>();

    private PageLocator(String text, List<String> pageTexts, List<PageLayout> layouts) {
        StringBuilder sb = new StringBuilder(text.length());
        int[] map = new int[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                map[sb.length()] = i;
                sb.append(text.charAt(i));
            }
        }
        map[sb.length()] = text.length();
        this.squeezed = sb.toString();
        this.original = map;
        this.layouts = List.copyOf(layouts);
        this.pageStarts = pageStarts(pageTexts);
    }

    /** A locator for a text whose source has pages; empty for one without. */
    public static Optional<PageLocator> of(ExtractedText text) {
        if (text.pageTexts().isEmpty() || text.layout().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PageLocator(text.text(), text.pageTexts(), text.layout()));
    }

    /** Where the span {@code [start, end)} of the normalised text is: its page and, where known, its box. */
    public Place place(int start, int end) {
        int page = pageAt(start);
        return new Place(page, box(page, start, Math.max(end, start + 1)));
    }

    /** The page holding offset {@code offset} of the normalised text. */
    public int pageAt(int offset) {
        int page = 1;
        for (int p = 1; p < pageStarts.length; p++) {
            if (pageStarts[p] >= 0 && pageStarts[p] <= offset) {
                page = p + 1;
            }
        }
        return page;
    }

    /** Where the text first holds {@code phrase} (white space ignored) from {@code from}, or -1. */
    public int find(String phrase, int from) {
        String s = squeeze(phrase);
        if (s.isEmpty()) {
            return -1;
        }
        int at = squeezed.indexOf(s, squeezedIndex(from));
        return at < 0 ? -1 : original[at];
    }

    private List<Double> box(int page, int start, int end) {
        if (page - 1 >= layouts.size()) {
            return null;
        }
        PageLayout layout = layouts.get(page - 1);
        if (layout.words().isEmpty() || layout.width() <= 0 || layout.height() <= 0) {
            return null;
        }
        int[][] spans = wordSpans.computeIfAbsent(page, p -> matchWords(layout, pageStarts[p - 1]));
        float x0 = Float.MAX_VALUE, y0 = Float.MAX_VALUE, x1 = -1, y1 = -1;
        for (int i = 0; i < spans.length; i++) {
            if (spans[i] == null || spans[i][1] <= start || spans[i][0] >= end) {
                continue;
            }
            PositionedWord w = layout.words().get(i);
            x0 = Math.min(x0, w.x0());
            y0 = Math.min(y0, w.y0());
            x1 = Math.max(x1, w.x1());
            y1 = Math.max(y1, w.y1());
        }
        if (x1 < 0) {
            return null;
        }
        return List.of(
                fraction(x0, layout.width()),
                fraction(y0, layout.height()),
                fraction(x1, layout.width()),
                fraction(y1, layout.height()));
    }

    private static double fraction(float v, float size) {
        return Math.round(Math.max(0, Math.min(1, v / size)) * 10000) / 10000.0;
    }

    /** Each word's span in the normalised text (null when not found), in reading order from the page's start. */
    private int[][] matchWords(PageLayout layout, int pageStart) {
        List<PositionedWord> words = layout.words();
        int[][] spans = new int[words.size()][];
        int cursor = squeezedIndex(Math.max(0, pageStart));
        for (int i = 0; i < words.size(); i++) {
            String w = squeeze(words.get(i).text());
            if (w.isEmpty()) {
                continue;
            }
            int limit = Math.min(squeezed.length(), cursor + (w.length() < SHORT ? NEAR : REACH) + w.length());
            int at = squeezed.substring(cursor, limit).indexOf(w);
            if (at < 0) {
                continue;
            }
            int s = cursor + at;
            spans[i] = new int[] {original[s], original[s + w.length() - 1] + 1};
            cursor = s + w.length();
        }
        return spans;
    }

    private int[] pageStarts(List<String> pageTexts) {
        int[] starts = new int[pageTexts.size()];
        int from = 0;
        for (int p = 1; p < pageTexts.size(); p++) {
            starts[p] = -1;
            int tried = 0;
            for (String line : pageTexts.get(p).split("\n")) {
                String s = squeeze(line);
                if (s.length() < ANCHOR) {
                    continue;
                }
                int at = squeezed.indexOf(s.substring(0, Math.min(s.length(), ANCHOR_MAX)), from);
                if (at >= 0) {
                    starts[p] = original[at];
                    from = at;
                    break;
                }
                if (++tried >= ANCHOR_LINES) {
                    break;
                }
            }
        }
        return starts;
    }

    /** The index in the squeezed text of the first non-space char at or after {@code offset}. */
    private int squeezedIndex(int offset) {
        int lo = 0, hi = squeezed.length();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (original[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static String squeeze(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00AD' && c != '\u200B' && c != '\uFEFF') {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
