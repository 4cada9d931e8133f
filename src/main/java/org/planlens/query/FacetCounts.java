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
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.planlens.index.IndexFields;
import org.planlens.index.RecordKind;
import org.planlens.model.DocumentType;
import org.planlens.query.Rows.FacetRow;

/**
 * Counts of records by province (then district, then commune), level, year, pillar and document type, from the
 * doc-values facets (document type: one count per type, it is no facet dimension). Order: dimension (place,
 * level, year, pillar, document type); within one, by count descending then label (place: each province
 * followed by its districts and their communes).
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

    private final IndexSearcher searcher;
    private final SortedSetDocValuesReaderState state;

    public FacetCounts(IndexSearcherProvider provider) throws IOException {
        this.searcher = provider.searcher();
        this.state = provider.facetState();
    }

    public List<FacetRow> count(RecordKind kind, PlanFilter plans) throws IOException {
        return count(plans.on(kind.code()));
    }

    /** The counts of the records {@code query} matches. */
    List<FacetRow> count(Query query) throws IOException {
        FacetsCollector fc = searcher.search(query, new FacetsCollectorManager());
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
        rows.addAll(documentTypes(query));
        return rows;
    }

    /** The counts by record kind of the records {@code query} matches. */
    List<FacetRow> kinds(Query query) throws IOException {
        FacetsCollector fc = searcher.search(query, new FacetsCollectorManager());
        Facets facets = new SortedSetDocValuesFacetCounts(state, fc);
        List<FacetRow> rows = new ArrayList<>();
        for (LabelAndValue lv : children(facets, KIND)) rows.add(new FacetRow(KIND, lv.label, lv.value.intValue()));
        return rows;
    }

    private List<FacetRow> documentTypes(Query query) throws IOException {
        List<FacetRow> rows = new ArrayList<>();
        for (DocumentType t : DocumentType.values()) {
            Query q = new BooleanQuery.Builder()
                    .add(query, BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(IndexFields.DOCUMENT_TYPE, t.code())), BooleanClause.Occur.FILTER)
                    .build();
            int n = searcher.count(q);
            if (n > 0) rows.add(new FacetRow(DOCUMENT_TYPE, t.code(), n));
        }
        rows.sort(Comparator.comparingInt(FacetRow::count).reversed().thenComparing(FacetRow::value));
        return rows;
    }

    private void place(Facets facets, List<FacetRow> rows, String[] path) throws IOException {
        if (path.length >= 3) return;
        for (LabelAndValue lv : children(facets, IndexFields.FACET_PLACE, path)) {
            String[] child = Arrays.copyOf(path, path.length + 1);
            child[path.length] = lv.label;
            rows.add(new FacetRow(IndexFields.FACET_PLACE, String.join("/", child), lv.value.intValue()));
            place(facets, rows, child);
        }
    }

    private List<LabelAndValue> children(Facets facets, String dim, String... path) throws IOException {
        if (path.length == 0 && !hasDim(dim)) return List.of();
        FacetResult r = facets.getAllChildren(dim, path);
        if (r == null) return List.of();
        List<LabelAndValue> out = new ArrayList<>(List.of(r.labelValues));
        out.sort(Comparator.comparingInt((LabelAndValue lv) -> lv.value.intValue()).reversed()
                .thenComparing(lv -> lv.label));
        return out;
    }

    private boolean hasDim(String dim) {
        for (String d : state.getDims()) {
            if (d.equals(dim)) return true;
        }
        return false;
    }
}
