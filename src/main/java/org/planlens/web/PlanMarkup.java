package org.planlens.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.planlens.model.Section;
import org.planlens.query.PlanView.Span;

/**
 * A plan's text cut into pieces for the page: each piece is plain text or text inside one or more parts' spans
 * (highlighted by kind), with the anchors that start there ({@code s-N} for span N, {@code sec-ID} for a
 * section). Pieces are text, never markup: the page prints them escaped.
 */
public final class PlanMarkup {
    /** A stretch of text; {@code spans} the ids of the spans covering it (space-separated, empty for none). */
    public record Piece(String text, List<String> anchors, String css, String spans, String title) {}

    private final List<Piece> pieces;
    private final Map<String, List<String>> anchorsByPart;

    private PlanMarkup(List<Piece> pieces, Map<String, List<String>> anchorsByPart) {
        this.pieces = pieces;
        this.anchorsByPart = anchorsByPart;
    }

    List<Piece> pieces() {
        return pieces;
    }

    /** The anchors of a part's spans ({@code kind:id}), in text order: where its rows jump to. */
    Map<String, List<String>> anchorsByPart() {
        return anchorsByPart;
    }

    static PlanMarkup of(String text, List<Span> spans, List<Section> sections, Vi vi) {
        int length = text.length();
        List<Span> ordered = new ArrayList<>(spans);
        ordered.sort(Comparator.comparingInt(Span::start)
                .thenComparing(Comparator.comparingInt(Span::end).reversed()));
        Map<String, List<String>> byPart = new LinkedHashMap<>();
        // every place the text is cut: span ends and section starts, with what starts and ends there
        TreeMap<Integer, List<Integer>> starts = new TreeMap<>();
        TreeMap<Integer, List<Integer>> ends = new TreeMap<>();
        TreeMap<Integer, List<String>> anchors = new TreeMap<>();
        Set<Integer> cuts = new TreeSet<>(List.of(0, length));
        for (int i = 0; i < ordered.size(); i++) {
            Span s = ordered.get(i);
            int a = clamp(s.start(), length);
            int b = clamp(s.end(), length);
            if (b <= a) continue;
            String id = "s-" + i;
            byPart.computeIfAbsent(s.kind() + ":" + s.id(), k -> new ArrayList<>())
                    .add(id);
            starts.computeIfAbsent(a, k -> new ArrayList<>()).add(i);
            ends.computeIfAbsent(b, k -> new ArrayList<>()).add(i);
            anchors.computeIfAbsent(a, k -> new ArrayList<>()).add(id);
            cuts.add(a);
            cuts.add(b);
        }
        for (Section s : sections) {
            int a = clamp(s.start(), length);
            anchors.computeIfAbsent(a, k -> new ArrayList<>()).add("sec-" + s.id());
            cuts.add(a);
        }
        List<Piece> pieces = new ArrayList<>();
        Set<Integer> active = new LinkedHashSet<>();
        Integer previous = null;
        for (int cut : cuts) {
            if (previous != null && cut > previous) {
                pieces.add(piece(
                        text.substring(previous, cut), anchors.getOrDefault(previous, List.of()), active, ordered, vi));
            }
            for (int i : ends.getOrDefault(cut, List.of())) active.remove(i);
            for (int i : starts.getOrDefault(cut, List.of())) active.add(i);
            previous = cut;
        }
        if (length == 0 && !anchors.isEmpty())
            pieces.add(new Piece("", anchors.firstEntry().getValue(), "", "", null));
        return new PlanMarkup(pieces, byPart);
    }

    private static Piece piece(String text, List<String> anchors, Set<Integer> active, List<Span> spans, Vi vi) {
        if (active.isEmpty()) return new Piece(text, anchors, "", "", null);
        Set<String> kinds = new LinkedHashSet<>();
        StringBuilder ids = new StringBuilder();
        Set<String> titles = new LinkedHashSet<>();
        for (int i : active) {
            Span s = spans.get(i);
            kinds.add(s.kind());
            if (!ids.isEmpty()) ids.append(' ');
            ids.append("s-").append(i);
            titles.add(vi.label("kind", s.kind()) + (s.page() == null ? "" : " (trang " + s.page() + ")"));
        }
        StringBuilder css = new StringBuilder("hl");
        for (String k : kinds) css.append(" k-").append(k);
        return new Piece(text, anchors, css.toString(), ids.toString(), String.join(" · ", titles));
    }

    private static int clamp(int offset, int length) {
        return Math.max(0, Math.min(offset, length));
    }
}
