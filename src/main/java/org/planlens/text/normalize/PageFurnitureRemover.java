package org.planlens.text.normalize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.planlens.rules.NumberingGrammar;

/**
 * Drops page numbers and running heads or feet: lines that are only a page number ({@code 2}, {@code - 2 -},
 * {@code Trang 2/7}) at the top or bottom of a page, and short lines repeated at the top or bottom of at least
 * half the pages. Pages arrive separated by form feeds; the output has none.
 */
public final class PageFurnitureRemover implements UnaryOperator<String> {
    /** "2", "- 2 -", "Trang 2/7": the page word is a kind of the numbering grammar (models/numbering.tsv). */
    private static final Pattern PAGE_NUMBER = NumberingGrammar.packaged()
            .compile("^\\s*(?:[-–—]\\s*)?(?:(?i:$PAGE_WORD)\\s*)?\\d{1,4}(?:\\s*/\\s*\\d{1,4})?(?:\\s*[-–—])?\\s*$");
    /** How many lines at each end of a page count as its top or bottom margin. */
    private static final int EDGE = 3;

    @Override
    public String apply(String s) {
        if (s.indexOf('\f') < 0) {
            return s;
        }
        String[] pages = s.split("\f", -1);
        List<List<String>> lines = new ArrayList<>();
        Map<String, Integer> edgeCounts = new HashMap<>();
        for (String page : pages) {
            List<String> pl = new ArrayList<>(List.of(page.split("\n", -1)));
            lines.add(pl);
            for (String edge : edgeLines(pl)) {
                edgeCounts.merge(edge.strip(), 1, Integer::sum);
            }
        }
        int repeatThreshold = Math.max(2, (pages.length + 1) / 2);
        int offset = pageNumberOffset(lines);
        StringBuilder out = new StringBuilder(s.length());
        for (int page = 0; page < lines.size(); page++) {
            List<String> pl = lines.get(page);
            int first = firstNonBlank(pl);
            int last = lastNonBlank(pl);
            for (int i = 0; i < pl.size(); i++) {
                String line = pl.get(i);
                boolean atEdge = i >= 0 && (i - first < EDGE && i >= first || last - i < EDGE && i <= last);
                String key = line.strip();
                boolean furniture = atEdge
                        && !key.isEmpty()
                        && (isPageNumber(key, page, offset)
                                || key.length() <= 80
                                        && pages.length >= 3
                                        && edgeCounts.getOrDefault(key, 0) >= repeatThreshold);
                if (!furniture) {
                    out.append(line).append('\n');
                }
            }
        }
        return out.toString();
    }

    private static final Pattern BARE_NUMBER = Pattern.compile("^\\d{1,4}$");

    /**
     * A bare number at a page edge is the page number only when it follows the page sequence (page index plus the
     * document's usual offset): table rows numbered 1, 2, 3 land at page edges too.
     */
    private static boolean isPageNumber(String key, int page, int offset) {
        if (!PAGE_NUMBER.matcher(key).matches()) {
            return false;
        }
        return !BARE_NUMBER.matcher(key).matches() || Integer.parseInt(key) - page == offset;
    }

    /** The most common difference between a bare edge number and its page index (page numbers start at 1 or 2). */
    private static int pageNumberOffset(List<List<String>> pages) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            Set<Integer> seen = new HashSet<>();
            for (String edge : edgeLines(pages.get(p))) {
                String key = edge.strip();
                if (BARE_NUMBER.matcher(key).matches() && seen.add(Integer.parseInt(key) - p)) {
                    counts.merge(Integer.parseInt(key) - p, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey)
                .orElse(1);
    }

    private static List<String> edgeLines(List<String> page) {
        List<String> edges = new ArrayList<>();
        int first = firstNonBlank(page);
        int last = lastNonBlank(page);
        if (first < 0) return edges;
        for (int i = first; i <= last; i++) {
            if (i - first < EDGE || last - i < EDGE) {
                if (!page.get(i).isBlank()) edges.add(page.get(i));
            }
        }
        return edges;
    }

    private static int firstNonBlank(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) if (!lines.get(i).isBlank()) return i;
        return -1;
    }

    private static int lastNonBlank(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) if (!lines.get(i).isBlank()) return i;
        return -1;
    }
}
