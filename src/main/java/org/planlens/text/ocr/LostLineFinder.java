package org.planlens.text.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds ink of text size that Tesseract left unread: its automatic segmentation drops a line that is one short
 * word on its own, such as a task table's row number ({@code 2}) or group numeral ({@code VIII}) on a line of its
 * own, so the row runs into the one before; and it drops a lone digit set apart at a line's start. Speckle is far
 * smaller than a glyph and is never taken; ink touching a line Tesseract read, or the page edge, is left alone.
 */
public final class LostLineFinder {
    /** Darker than this (0-255) is ink. */
    private static final int INK = 128;
    /** A page with more unread pieces than this holds pictures, stamps or a signature: nothing is looked for. */
    private static final int MAX_PIECES = 6;

    /** Unread pieces of {@code page}, each one or a few glyphs on a line; empty when there are none or too many. */
    public List<OcrBox> find(BufferedImage page, List<OcrBox> lines, List<OcrBox> words) {
        if (lines.size() < 3) {
            return List.of();
        }
        int lineHeight = medianHeight(lines);
        int w = page.getWidth();
        int h = page.getHeight();
        boolean[] ink = inkOf(page);
        int margin = Math.max(2, lineHeight / 4);
        // ink of the words read is no candidate: cleared first, the fill below only walks what is left
        for (OcrBox wd : words) {
            for (int y = Math.max(0, wd.top() - margin); y < Math.min(h, wd.bottom() + margin); y++) {
                Arrays.fill(
                        ink, y * w + Math.max(0, wd.left() - margin), y * w + Math.min(w, wd.right() + margin), false);
            }
        }
        List<OcrBox> glyphs = new ArrayList<>();
        for (InkPiece piece : inkPieces(ink, w, h, w * h / 4 + 16)) {
            int gh = piece.bottom() - piece.top() + 1;
            int gw = piece.right() - piece.left() + 1;
            boolean glyphSized = gh >= lineHeight * 0.45
                    && gh <= lineHeight * 1.3
                    && gw >= 2
                    && gw <= lineHeight * 2
                    && piece.size() >= gh;
            boolean atEdge = piece.left() <= margin
                    || piece.top() <= margin
                    || piece.right() >= w - 1 - margin
                    || piece.bottom() >= h - 1 - margin;
            if (!piece.overflow() && glyphSized && !atEdge) {
                OcrBox g = new OcrBox(piece.left(), piece.top(), gw, gh, "", -1);
                if (words.stream().noneMatch(l -> overlaps(l, g, margin))) {
                    glyphs.add(g);
                }
            }
        }
        List<OcrBox> pieces = group(glyphs, lineHeight);
        return pieces.size() > MAX_PIECES ? List.of() : pieces;
    }

    /**
     * Pieces of ink at least {@code minHeight} tall inside {@code box}: the letters of a Roman numeral, whose
     * strokes stand apart ({@code V I I I}), where Tesseract often reads one {@code I} fewer.
     */
    public int tallPieces(BufferedImage page, OcrBox box, int minHeight) {
        int x0 = Math.max(0, box.left());
        int y0 = Math.max(0, box.top());
        int w = Math.min(page.getWidth(), box.right()) - x0;
        int h = Math.min(page.getHeight(), box.bottom()) - y0;
        if (w <= 0 || h <= 0) {
            return 0;
        }
        boolean[] ink = inkOf(page.getSubimage(x0, y0, w, h));
        int count = 0;
        for (InkPiece piece : inkPieces(ink, w, h, w * h)) {
            if (piece.bottom() - piece.top() + 1 >= minHeight) {
                count++;
            }
        }
        return count;
    }

    /** A connected piece of ink: its box, its pixel count, and whether it outgrew the fill's stack. */
    private record InkPiece(int left, int top, int right, int bottom, int size, boolean overflow) {}

    /**
     * The connected pieces of ink (8-neighbours), by flood fill with a stack of {@code stackSize}; a piece that
     * needs more is marked as overflowing (a page-sized blot, no glyph).
     */
    private static List<InkPiece> inkPieces(boolean[] ink, int w, int h, int stackSize) {
        List<InkPiece> pieces = new ArrayList<>();
        int[] stack = new int[stackSize];
        boolean[] seen = new boolean[w * h];
        for (int start = 0; start < w * h; start++) {
            if (!ink[start] || seen[start]) {
                continue;
            }
            int top = h;
            int bottom = -1;
            int left = w;
            int right = -1;
            int size = 0;
            int sp = 0;
            stack[sp++] = start;
            seen[start] = true;
            boolean overflow = false;
            while (sp > 0) {
                int p = stack[--sp];
                int x = p % w;
                int y = p / w;
                size++;
                top = Math.min(top, y);
                bottom = Math.max(bottom, y);
                left = Math.min(left, x);
                right = Math.max(right, x);
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx;
                        int ny = y + dy;
                        if (nx < 0 || ny < 0 || nx >= w || ny >= h) {
                            continue;
                        }
                        int q = ny * w + nx;
                        if (ink[q] && !seen[q]) {
                            seen[q] = true;
                            if (sp < stack.length) {
                                stack[sp++] = q;
                            } else {
                                overflow = true;
                            }
                        }
                    }
                }
            }
            pieces.add(new InkPiece(left, top, right, bottom, size, overflow));
        }
        return pieces;
    }

    /** Glyphs side by side on one line, closer than a line height, as one piece. */
    private static List<OcrBox> group(List<OcrBox> glyphs, int lineHeight) {
        List<OcrBox> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingInt(OcrBox::left));
        List<OcrBox> pieces = new ArrayList<>();
        for (OcrBox g : sorted) {
            boolean merged = false;
            for (int i = 0; i < pieces.size(); i++) {
                OcrBox p = pieces.get(i);
                int overlap = Math.min(p.bottom(), g.bottom()) - Math.max(p.top(), g.top());
                if (overlap > Math.min(p.height(), g.height()) / 2 && g.left() - p.right() < lineHeight) {
                    int left = Math.min(p.left(), g.left());
                    int top = Math.min(p.top(), g.top());
                    pieces.set(
                            i,
                            new OcrBox(
                                    left,
                                    top,
                                    Math.max(p.right(), g.right()) - left,
                                    Math.max(p.bottom(), g.bottom()) - top,
                                    "",
                                    -1));
                    merged = true;
                    break;
                }
            }
            if (!merged) {
                pieces.add(g);
            }
        }
        pieces.sort(Comparator.comparingInt(OcrBox::top));
        return pieces;
    }

    private static boolean overlaps(OcrBox a, OcrBox b, int margin) {
        return a.left() - margin < b.right()
                && b.left() < a.right() + margin
                && a.top() - margin < b.bottom()
                && b.top() < a.bottom() + margin;
    }

    private static int medianHeight(List<OcrBox> lines) {
        int[] hs = lines.stream().mapToInt(OcrBox::height).sorted().toArray();
        return hs[hs.length / 2];
    }

    private static boolean[] inkOf(BufferedImage page) {
        int w = page.getWidth();
        int h = page.getHeight();
        boolean[] ink = new boolean[w * h];
        if (page.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            byte[] row = new byte[w];
            for (int y = 0; y < h; y++) {
                page.getRaster().getDataElements(0, y, w, 1, row);
                for (int x = 0; x < w; x++) {
                    ink[y * w + x] = (row[x] & 0xff) < INK;
                }
            }
        } else {
            int[] rgb = new int[w];
            for (int y = 0; y < h; y++) {
                page.getRGB(0, y, w, 1, rgb, 0, w);
                for (int x = 0; x < w; x++) {
                    int p = rgb[x];
                    int grey = (((p >> 16) & 0xff) * 299 + ((p >> 8) & 0xff) * 587 + (p & 0xff) * 114) / 1000;
                    ink[y * w + x] = grey < INK;
                }
            }
        }
        return ink;
    }

    /** Lowest word confidence a recovered piece must have: what is kept must be read for sure. */
    private static final double MIN_CONFIDENCE = 70;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+[.)]?");

    /** The words read in one piece as its text when it is one to three clean words or numbers; null otherwise. */
    public static String cleanWord(List<OcrBox> words) {
        if (words.isEmpty() || words.size() > 3) {
            return null;
        }
        for (OcrBox w : words) {
            if (w.confidence() < MIN_CONFIDENCE || !WORD.matcher(w.text()).matches()) {
                return null;
            }
        }
        return String.join(" ", words.stream().map(OcrBox::text).toList());
    }

    /**
     * The page text with each recovered piece put back: at the start or end of the line it stands on, or as a line
     * of its own before the first line read below it. {@code textLines} are the reading's lines, the non-blank ones
     * in the order of {@code lineBoxes}.
     */
    public static String insert(
            List<String> textLines, List<OcrBox> lineBoxes, List<OcrBox> words, List<OcrBox> pieces) {
        List<List<String>> before = new ArrayList<>();
        String[] prefix = new String[lineBoxes.size()];
        String[] suffix = new String[lineBoxes.size()];
        for (int i = 0; i <= lineBoxes.size(); i++) {
            before.add(new ArrayList<>());
        }
        for (OcrBox p : pieces) {
            int on = -1;
            for (int i = 0; i < lineBoxes.size() && on < 0; i++) {
                OcrBox l = lineBoxes.get(i);
                if (p.centerY() >= l.top()
                        && p.centerY() <= l.bottom()
                        && p.left() < l.right()
                        && p.right() > l.left()) {
                    on = i;
                }
            }
            if (on >= 0) {
                OcrBox l = lineBoxes.get(on);
                List<OcrBox> inLine = words.stream()
                        .filter(w -> w.centerY() >= l.top()
                                && w.centerY() <= l.bottom()
                                && w.left() >= l.left()
                                && w.right() <= l.right())
                        .toList();
                if (inLine.stream().allMatch(w -> w.left() >= p.right())) {
                    prefix[on] = prefix[on] == null ? p.text() : prefix[on] + " " + p.text();
                } else if (inLine.stream().allMatch(w -> w.right() <= p.left())) {
                    suffix[on] = suffix[on] == null ? p.text() : suffix[on] + " " + p.text();
                }
                continue;
            }
            int k = lineBoxes.size();
            for (int i = 0; i < lineBoxes.size(); i++) {
                if (lineBoxes.get(i).top() > p.centerY()) {
                    k = i;
                    break;
                }
            }
            before.get(k).add(p.text());
        }
        StringBuilder out = new StringBuilder();
        int box = 0;
        for (int i = 0; i < textLines.size(); i++) {
            String l = textLines.get(i);
            if (!l.isBlank()) {
                for (String piece : before.get(box)) {
                    out.append(piece).append("\n\n");
                }
                l = (prefix[box] == null ? "" : prefix[box] + " ") + l + (suffix[box] == null ? "" : " " + suffix[box]);
                box++;
            }
            out.append(l);
            if (i + 1 < textLines.size()) {
                out.append('\n');
            }
        }
        for (String piece : before.get(lineBoxes.size())) {
            out.append("\n").append(piece).append('\n');
        }
        return out.toString();
    }
}
