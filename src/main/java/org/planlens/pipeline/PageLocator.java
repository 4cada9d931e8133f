package org.planlens.pipeline;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.planlens.model.Place;
import org.planlens.text.ExtractedText;
import org.planlens.text.PageLayout;
import org.planlens.text.layout.PositionedWord;

/**
 * Places spans of a document's normalised text on its source's pages: the page a span starts on (each page found
 * in the text by the first of its lines that the text still holds) and, where the reader kept word positions (PDF
 * text layers, OCR word boxes), the box of the page's words that fall in the span. Words and text are compared by
 * their letters and digits, case ignored (repairs move white space, join hyphenated lines, mend marks and case); a
 * word is placed by its neighbours in reading order (see {@link #matchWords}); a word the text no longer holds is
 * left out, so a box never takes in a word that is not the span's.
 */
public final class PageLocator {
    /** Letters and digits a page's line needs to anchor the page's start. */
    private static final int ANCHOR = 16;
    /**
     * Letters and digits of that line looked for: as many as it has up to this, since a short opening ("nâng cao chất
     * lượng") is printed on many pages and would place the page's start on an earlier one.
     */
    private static final int ANCHOR_MAX = 48;
    /** Letters and digits of a page's first lines looked for together before a line is looked for alone. */
    private static final int ANCHOR_LONG = 96;
    /** Lines of a page tried as its anchor (the first may be a running head the text lost). */
    private static final int ANCHOR_LINES = 8;
    /**
     * Chars of a word and its reading-order neighbours that must occur together, and once, near the page for the
     * word to be placed by them: shorter runs ("của", "và các") are printed many times on a page.
     */
    private static final int CONTEXT = 16;
    /** Chars a run of words left unplaced between placed ones needs to be placed by occurring once near the page. */
    private static final int RUN = 10;
    /** Chars of the text looked at before a page's start and after the next one's (a table row split by the break). */
    private static final int SLACK = 1200;
    /** Chars the text may hold between two words adjacent in reading order (a repaired mark, a list number). */
    private static final int GAP = 3;

    private final String squeezed;
    private final int[] original;
    private final int[] pageStarts;
    private final List<PageLayout> layouts;
    private final Map<Integer, int[][]> wordSpans = new HashMap<>();

    private PageLocator(String text, List<String> pageTexts, List<PageLayout> layouts) {
        StringBuilder sb = new StringBuilder(text.length());
        int[] map = new int[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
            if (kept(text.charAt(i))) {
                map[sb.length()] = i;
                sb.append(Character.toLowerCase(text.charAt(i)));
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

    /** Where the text first holds {@code phrase} (letters and digits, case ignored) from {@code from}, or -1. */
    public int find(String phrase, int from) {
        String s = squeeze(phrase);
        if (s.isEmpty()) {
            return -1;
        }
        int at = squeezed.indexOf(s, squeezedIndex(from));
        return at < 0 ? -1 : original[at];
    }

    /** Where in the text the first {@code phrase} from {@code from} ends (as {@link #find}), or -1. */
    public int findEnd(String phrase, int from) {
        String s = squeeze(phrase);
        if (s.isEmpty()) {
            return -1;
        }
        int at = squeezed.indexOf(s, squeezedIndex(from));
        return at < 0 ? -1 : original[at + s.length() - 1] + 1;
    }

    private List<Double> box(int page, int start, int end) {
        if (page - 1 >= layouts.size()) {
            return null;
        }
        PageLayout layout = layouts.get(page - 1);
        if (layout.words().isEmpty() || layout.width() <= 0 || layout.height() <= 0) {
            return null;
        }
        int[][] spans = wordSpans.computeIfAbsent(page, p -> matchWords(layout, p));
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

    /**
     * Each word's span in the normalised text (null when not found). The page's words come in the reader's order,
     * which is not the text's where the text was rebuilt (a table's cells joined across its rows and pages, columns,
     * lines moved by repairs), so no running position is followed: a word is placed where it and its neighbours in
     * reading order occur together once in the text near the page ({@link #CONTEXT}); then each word still unplaced
     * next to a placed one is placed where the text holds it right beside that one, and a word between two placed
     * neighbours takes the text between them when that is about its length (a word the repairs mended).
     */
    private int[][] matchWords(PageLayout layout, int page) {
        List<PositionedWord> words = layout.words();
        int n = words.size();
        String[] keys = new String[n];
        for (int i = 0; i < n; i++) {
            keys[i] = squeeze(words.get(i).text());
        }
        int lo = Math.max(0, squeezedIndex(Math.max(0, knownStart(page, -1))) - SLACK);
        int next = knownStart(page + 1, 1);
        int hi = next < 0 ? squeezed.length() : Math.min(squeezed.length(), squeezedIndex(next) + SLACK);
        String region = squeezed.substring(lo, hi);
        int[] at = new int[n];
        Arrays.fill(at, -1);
        for (int i = 0; i < n; i++) {
            if (!keys[i].isEmpty()) {
                at[i] = anchored(keys, i, region, lo);
            }
        }
        grow(keys, at, lo, hi);
        placeRuns(keys, at, region, lo);
        grow(keys, at, lo, hi);
        int[][] spans = new int[n][];
        for (int i = 0; i < n; i++) {
            if (at[i] >= 0) {
                spans[i] = new int[] {original[at[i]], original[at[i] + keys[i].length() - 1] + 1};
            } else if (!keys[i].isEmpty()) {
                spans[i] = between(keys, at, i);
            }
        }
        return spans;
    }

    /**
     * Where word {@code i} starts in the squeezed text when it and its following (or preceding) words in reading
     * order, {@link #CONTEXT} chars at least, occur exactly once in {@code region}, the squeezed text from {@code
     * lo}; else -1.
     */
    private static int anchored(String[] keys, int i, String region, int lo) {
        StringBuilder after = new StringBuilder(keys[i]);
        for (int j = i + 1; j < keys.length && after.length() < CONTEXT; j++) {
            after.append(keys[j]);
        }
        int at = once(after.toString(), region, lo);
        if (at >= 0) {
            return at;
        }
        StringBuilder before = new StringBuilder(keys[i]);
        for (int j = i - 1; j >= 0 && before.length() < CONTEXT; j--) {
            before.insert(0, keys[j]);
        }
        at = once(before.toString(), region, lo);
        return at < 0 ? -1 : at + before.length() - keys[i].length();
    }

    /** Where {@code s} occurs in {@code region} (from {@code lo}) when it is long enough and occurs there once. */
    private static int once(String s, String region, int lo) {
        if (s.length() < CONTEXT) {
            return -1;
        }
        int at = region.indexOf(s);
        return at < 0 || region.indexOf(s, at + 1) >= 0 ? -1 : lo + at;
    }

    /** Places unplaced words right beside placed neighbours until no more are. */
    private void grow(String[] keys, int[] at, int lo, int hi) {
        for (boolean grew = true; grew; ) {
            grew = false;
            for (int i = 0; i < keys.length; i++) {
                if (at[i] < 0 && !keys[i].isEmpty()) {
                    at[i] = besideNeighbour(keys, at, i, lo, hi);
                    grew |= at[i] >= 0;
                }
            }
        }
    }

    /**
     * Places each run of unplaced words, in reading order between placed ones, where the run's words occur together
     * once near the page, {@link #RUN} chars at least: a narrow table cell's line ("Văn phòng HĐND và"), too short
     * to anchor its words and followed in reading order by another cell's.
     */
    private static void placeRuns(String[] keys, int[] at, String region, int lo) {
        int i = 0;
        while (i < keys.length) {
            if (at[i] >= 0 || keys[i].isEmpty()) {
                i++;
                continue;
            }
            int j = i;
            StringBuilder run = new StringBuilder();
            while (j < keys.length && at[j] < 0 && !keys[j].isEmpty()) {
                run.append(keys[j++]);
            }
            int found = run.length() < RUN ? -1 : region.indexOf(run.toString());
            if (found >= 0 && region.indexOf(run.toString(), found + 1) < 0) {
                for (int k = i, pos = lo + found; k < j; pos += keys[k].length(), k++) {
                    at[k] = pos;
                }
            }
            i = j;
        }
    }

    /** Word {@code i} found right after its placed predecessor or right before its placed successor, or -1. */
    private int besideNeighbour(String[] keys, int[] at, int i, int lo, int hi) {
        String key = keys[i];
        if (i > 0 && at[i - 1] >= 0) {
            int from = at[i - 1] + keys[i - 1].length();
            for (int g = 0; g <= GAP && from + g + key.length() <= hi; g++) {
                if (squeezed.startsWith(key, from + g)) {
                    return from + g;
                }
            }
        }
        if (i + 1 < keys.length && at[i + 1] >= 0) {
            int to = at[i + 1] - key.length();
            for (int g = 0; g <= GAP && to - g >= lo; g++) {
                if (squeezed.startsWith(key, to - g)) {
                    return to - g;
                }
            }
        }
        return -1;
    }

    /** The text between word {@code i}'s placed neighbours when it is about the word's length, or null. */
    private int[] between(String[] keys, int[] at, int i) {
        if (i == 0 || i + 1 >= keys.length || at[i - 1] < 0 || at[i + 1] < 0) {
            return null;
        }
        int from = at[i - 1] + keys[i - 1].length();
        int to = at[i + 1];
        int length = keys[i].length();
        if (to <= from || to - from > length + GAP || to - from < Math.max(1, length - GAP)) {
            return null;
        }
        return new int[] {original[from], original[to - 1] + 1};
    }

    /** The start offset of page {@code page}, or of the nearest page in direction {@code step} whose start is known. */
    private int knownStart(int page, int step) {
        for (int p = page; p >= 1 && p <= pageStarts.length; p += step) {
            if (pageStarts[p - 1] >= 0) {
                return pageStarts[p - 1];
            }
        }
        return -1;
    }

    /**
     * Each page's start in the text: where one of its first lines is found after the previous page's start, looked
     * for with the lines after it ({@link #ANCHOR_LONG} chars, which a phrase repeated on many pages rarely shares),
     * else alone; moved back over the page's lines before it where the text holds them just before (a heading too
     * short to anchor the page).
     */
    private int[] pageStarts(List<String> pageTexts) {
        int[] starts = new int[pageTexts.size()];
        int from = 0;
        for (int p = 1; p < pageTexts.size(); p++) {
            starts[p] = -1;
            List<String> lines = pageTexts
                    .get(p)
                    .lines()
                    .map(PageLocator::squeeze)
                    .filter(l -> !l.isEmpty())
                    .toList();
            int tried = 0;
            for (int k = 0; k < lines.size() && tried < ANCHOR_LINES; k++) {
                if (lines.get(k).length() < ANCHOR) {
                    continue;
                }
                tried++;
                int at = anchorAt(lines, k, from);
                if (at >= 0) {
                    at = backOver(lines, k, at);
                    starts[p] = original[at];
                    from = at;
                    break;
                }
            }
        }
        return starts;
    }

    /** Where line {@code k} of a page is found from {@code from}, with its following lines or else alone; or -1. */
    private int anchorAt(List<String> lines, int k, int from) {
        StringBuilder run = new StringBuilder();
        for (int j = k; j < lines.size() && run.length() < ANCHOR_LONG; j++) {
            run.append(lines.get(j));
        }
        if (run.length() >= ANCHOR_LONG) {
            int at = squeezed.indexOf(run.substring(0, ANCHOR_LONG), from);
            if (at >= 0) {
                return at;
            }
        }
        String line = lines.get(k);
        return squeezed.indexOf(line.substring(0, Math.min(line.length(), ANCHOR_MAX)), from);
    }

    /** {@code at} moved back over the page's lines before line {@code k} that the text holds just before it. */
    private int backOver(List<String> lines, int k, int at) {
        for (int j = k - 1; j >= 0; j--) {
            String line = lines.get(j);
            if (at < line.length() || !squeezed.startsWith(line, at - line.length())) {
                break;
            }
            at -= line.length();
        }
        return at;
    }

    /** The index in the squeezed text of the first letter or digit at or after {@code offset}. */
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

    /**
     * The letters and digits of {@code s}, lower-cased: what a page's words and the repaired text share (repairs
     * join hyphenated lines, mend quotes, dashes and case, and move white space).
     */
    private static String squeeze(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (kept(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    private static boolean kept(char c) {
        return Character.isLetterOrDigit(c);
    }
}
