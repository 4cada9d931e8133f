package org.planlens.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.planlens.index.FacetTally;
import org.planlens.index.IndexFields;
import org.planlens.index.RecordIndex;
import org.planlens.index.RecordKind;
import org.planlens.query.Rows.FacetRow;

/**
 * Counts of records by province (then district, then commune), level, year and pillar. Order: dimension (place,
 * level, year, pillar); within one, by count descending then label (place: each province followed by its
 * districts and their communes).
 */
public final class FacetCounts {
    private static final Comparator<FacetTally> BY_COUNT_THEN_LABEL = Comparator.comparingInt(FacetTally::count)
            .reversed()
            .thenComparing(t -> t.path().get(t.path().size() - 1));

    private final RecordIndex index;

    public FacetCounts(RecordIndex index) {
        this.index = index;
    }

    public List<FacetRow> count(RecordKind kind, PlanFilter plans) throws IOException {
        Map<String, List<FacetTally>> byDimension = new LinkedHashMap<>();
        for (FacetTally t : index.facets(plans.on(kind))) {
            byDimension.computeIfAbsent(t.dimension(), d -> new ArrayList<>()).add(t);
        }
        List<FacetRow> rows = new ArrayList<>();
        Map<List<String>, List<FacetTally>> placeChildren = new LinkedHashMap<>();
        for (FacetTally t : byDimension.getOrDefault(IndexFields.FACET_PLACE, List.of())) {
            placeChildren
                    .computeIfAbsent(t.path().subList(0, t.path().size() - 1), p -> new ArrayList<>())
                    .add(t);
        }
        place(placeChildren, List.of(), rows);
        for (String dim : List.of(IndexFields.FACET_LEVEL, IndexFields.FACET_YEAR, IndexFields.FACET_PILLAR)) {
            List<FacetTally> tallies = new ArrayList<>(byDimension.getOrDefault(dim, List.of()));
            tallies.sort(BY_COUNT_THEN_LABEL);
            for (FacetTally t : tallies) {
                rows.add(new FacetRow(dim, t.path().get(0), t.count()));
            }
        }
        return rows;
    }

    /** The children of {@code parent} in count order, each followed by its own children. */
    private static void place(Map<List<String>, List<FacetTally>> byParent, List<String> parent, List<FacetRow> rows) {
        List<FacetTally> children = new ArrayList<>(byParent.getOrDefault(parent, List.of()));
        children.sort(BY_COUNT_THEN_LABEL);
        for (FacetTally t : children) {
            rows.add(new FacetRow(IndexFields.FACET_PLACE, String.join("/", t.path()), t.count()));
            if (t.path().size() < 3) place(byParent, t.path(), rows);
        }
    }
}
