package org.planlens.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;
import org.planlens.index.IndexFields;
import org.planlens.index.RecordKind;
import org.planlens.query.Rows.FacetRow;

/**
 * Counts of records by province (then district, then commune), level, year and pillar, from the doc-values
 * facets. Order: dimension (place, level, year, pillar); within one, by count descending then label (place:
 * each province followed by its districts and their communes).
 */
public final class FacetCounts {
    private final IndexSearcher searcher;
    private final SortedSetDocValuesReaderState state;

    public FacetCounts(IndexSearcherProvider provider) throws IOException {
        this.searcher = provider.searcher();
        FacetsConfig config = IndexFields.facetsConfig();
        this.state = new DefaultSortedSetDocValuesReaderState(provider.reader(), config);
    }

    public List<FacetRow> count(RecordKind kind, PlanFilter plans) throws IOException {
        FacetsCollector fc = searcher.search(plans.on(kind.code()), new FacetsCollectorManager());
        Facets facets = new SortedSetDocValuesFacetCounts(state, fc);
        Set<String> present = new HashSet<>();
        state.getDims().forEach(present::add);
        List<FacetRow> rows = new ArrayList<>();
        if (present.contains(IndexFields.FACET_PLACE)) place(facets, rows, new String[0]);
        for (String dim : List.of(IndexFields.FACET_LEVEL, IndexFields.FACET_YEAR, IndexFields.FACET_PILLAR)) {
            // a dimension no record of this index has (e.g. no plan has a known level yet) has no counts
            if (!present.contains(dim)) continue;
            for (LabelAndValue lv : children(facets, dim)) {
                rows.add(new FacetRow(dim, lv.label, lv.value.intValue()));
            }
        }
        return rows;
    }

    private static void place(Facets facets, List<FacetRow> rows, String[] path) throws IOException {
        if (path.length >= 3) return;
        for (LabelAndValue lv : children(facets, IndexFields.FACET_PLACE, path)) {
            String[] child = Arrays.copyOf(path, path.length + 1);
            child[path.length] = lv.label;
            rows.add(new FacetRow(IndexFields.FACET_PLACE, String.join("/", child), lv.value.intValue()));
            place(facets, rows, child);
        }
    }

    private static List<LabelAndValue> children(Facets facets, String dim, String... path) throws IOException {
        FacetResult r = facets.getAllChildren(dim, path);
        if (r == null) return List.of();
        List<LabelAndValue> out = new ArrayList<>(List.of(r.labelValues));
        out.sort(Comparator.comparingInt((LabelAndValue lv) -> lv.value.intValue())
                .reversed()
                .thenComparing(lv -> lv.label));
        return out;
    }
}
