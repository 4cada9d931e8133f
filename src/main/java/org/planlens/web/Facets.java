package org.planlens.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.planlens.query.FacetCounts;
import org.planlens.query.Rows.FacetRow;
import org.planlens.rules.Fold;

/**
 * Facet counts as clickable filters: province, district and commune (from the place hierarchy), level, year,
 * pillar and document type, each value a link to the same page narrowed to it (or, when already chosen, a link
 * that drops it).
 */
public final class Facets {
    /** A value to narrow to: its label, how many records have it, the link, whether it is the current filter. */
    public record Choice(String label, int count, String href, boolean active) {}

    /** One dimension's choices, the most frequent first. */
    public record Group(String dim, String title, List<Choice> choices) {
        public List<Choice> first() {
            return choices.subList(0, Math.min(SHOWN, choices.size()));
        }

        public List<Choice> rest() {
            return choices.size() <= SHOWN ? List.of() : choices.subList(SHOWN, choices.size());
        }
    }

    /** Choices shown before "more". */
    static final int SHOWN = 8;

    private Facets() {}

    static List<Group> of(List<FacetRow> rows, Link url, Vi vi) {
        Map<String, List<Choice>> byDim = new LinkedHashMap<>();
        for (String d : List.of("province", "district", "commune", "level", "year", "pillar", "documentType")) {
            byDim.put(d, new ArrayList<>());
        }
        for (FacetRow r : rows) {
            switch (r.dimension()) {
                case FacetCounts.PLACE -> place(r, url, byDim);
                case FacetCounts.LEVEL ->
                    byDim.get("level").add(choice(vi.label("level", r.value()), r, url, "level", r.value()));
                case FacetCounts.YEAR -> byDim.get("year").add(choice(r.value(), r, url, "year", r.value()));
                case FacetCounts.PILLAR ->
                    byDim.get("pillar").add(choice(vi.label("pillar", r.value()), r, url, "pillar", r.value()));
                case FacetCounts.DOCUMENT_TYPE ->
                    byDim.get("documentType")
                            .add(choice(vi.label("docType", r.value()), r, url, "doc-type", r.value()));
                default -> {}
            }
        }
        List<Group> groups = new ArrayList<>();
        byDim.forEach((dim, choices) -> {
            if (!choices.isEmpty()) groups.add(new Group(dim, vi.label("dim", dim), choices));
        });
        return groups;
    }

    private static void place(FacetRow r, Link url, Map<String, List<Choice>> byDim) {
        String[] path = r.value().split("/");
        String province = path[0];
        switch (path.length) {
            case 1 ->
                byDim.get("province")
                        .add(new Choice(
                                province,
                                r.count(),
                                active(url, "province", province)
                                        ? url.without("province", "district", "commune")
                                                .toString()
                                        : url.with("province", province).toString(),
                                active(url, "province", province)));
            case 2 -> {
                boolean on = active(url, "district", path[1]) && active(url, "province", province);
                byDim.get("district")
                        .add(new Choice(
                                path[1] + " (" + province + ")",
                                r.count(),
                                on
                                        ? url.without("district", "commune").toString()
                                        : url.with("province", province)
                                                .with("district", path[1])
                                                .toString(),
                                on));
            }
            default -> {
                boolean on = active(url, "commune", path[2]) && active(url, "district", path[1]);
                byDim.get("commune")
                        .add(new Choice(
                                path[2] + " (" + path[1] + ")",
                                r.count(),
                                on
                                        ? url.without("commune").toString()
                                        : url.with("province", province)
                                                .with("district", path[1])
                                                .with("commune", path[2])
                                                .toString(),
                                on));
            }
        }
    }

    private static Choice choice(String label, FacetRow r, Link url, String param, String value) {
        boolean on = active(url, param, value);
        return new Choice(
                label,
                r.count(),
                on ? url.without(param).toString() : url.with(param, value).toString(),
                on);
    }

    /** Whether the page is filtered to this value (places compared as the filters compare them: folded). */
    private static boolean active(Link url, String param, String value) {
        String current = url.get(param);
        return current != null && Fold.key(current).equals(Fold.key(value));
    }
}
