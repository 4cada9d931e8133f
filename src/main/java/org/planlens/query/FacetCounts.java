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
 * Counts of records by province (then district, then commune), level, year, pillar and document type. Order:
 * dimension (place, level, year, pillar, document type); within one, by count descending then label (place: each
 * province followed by its districts and their communes).
 */
public final class FacetCounts {
    /** The dimensions of {@link #count} rows: place paths ({@code province/district/commune}), level, year, pillar. */
    public static final String PLACE = IndexFields.FACET_PLACE;

    public static final String LEVEL = IndexFields.FACET_LEVEL;
    public static final String YEAR = IndexFields.FACET_YEAR;
    public static final String PILLAR = IndexFields.FACET_PILLAR;
    /** The dimension of {@link #count} rows counting document types. */
    public static final String DOCUMENT_TYPE = IndexFields.DOCUMENT_TYPE;
    /** The dimension of {@link TextSearch#facets} rows counting record kinds. */
    public static final String KIND = IndexFields.FACET_KIND;

    private static final Comparator<FacetTally> BY_COUNT_THEN_LABEL = Comparator.comparingInt(FacetTally::count)
            .reversed()
            .thenComparing(t -> t.path().get(t.path().size() - 1));

    private final RecordIndex index;

    public FacetCounts(RecordIndex index) {
        this.index = index;
    }

    public List<FacetRow> count(RecordKind kind, PlanFilter plans) throws IOException {
        return count(index.facets(plans.on(kind)));
    }

    /** The rows of {@code tallies}, one index answer: place, level, year, pillar and document type. */
    static List<FacetRow> count(List<FacetTally> tallies) {
        Map<String, List<FacetTally>> byDimension = byDimension(tallies);
        List<FacetRow> rows = new ArrayList<>();
        Map<List<String>, List<FacetTally>> placeChildren = new LinkedHashMap<>();
        for (FacetTally t : byDimension.getOrDefault(PLACE, List.of())) {
            placeChildren
                    .computeIfAbsent(t.path().subList(0, t.path().size() - 1), p -> new ArrayList<>())
                    .add(t);
        }
        place(placeChildren, List.of(), rows);
        for (String dim : List.of(LEVEL, YEAR, PILLAR, DOCUMENT_TYPE)) {
            rows.addAll(flat(byDimension, dim));
        }
        return rows;
    }

    /** The counts by record kind among {@code tallies}. */
    static List<FacetRow> kinds(List<FacetTally> tallies) {
        return flat(byDimension(tallies), KIND);
    }

    private static Map<String, List<FacetTally>> byDimension(List<FacetTally> tallies) {
        Map<String, List<FacetTally>> byDimension = new LinkedHashMap<>();
        for (FacetTally t : tallies) {
            byDimension.computeIfAbsent(t.dimension(), d -> new ArrayList<>()).add(t);
        }
        return byDimension;
    }

    private static List<FacetRow> flat(Map<String, List<FacetTally>> byDimension, String dim) {
        List<FacetTally> tallies = new ArrayList<>(byDimension.getOrDefault(dim, List.of()));
        tallies.sort(BY_COUNT_THEN_LABEL);
        List<FacetRow> rows = new ArrayList<>(tallies.size());
        for (FacetTally t : tallies) {
            rows.add(new FacetRow(dim, t.path().get(0), t.count()));
        }
        return rows;
    }

    /** The children of {@code parent} in count order, each followed by its own children. */
    private static void place(Map<List<String>, List<FacetTally>> byParent, List<String> parent, List<FacetRow> rows) {
        List<FacetTally> children = new ArrayList<>(byParent.getOrDefault(parent, List.of()));
        children.sort(BY_COUNT_THEN_LABEL);
        for (FacetTally t : children) {
            rows.add(new FacetRow(PLACE, String.join("/", t.path()), t.count()));
            if (t.path().size() < 3) place(byParent, t.path(), rows);
        }
    }
}
