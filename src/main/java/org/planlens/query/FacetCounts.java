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
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
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
        return count(searcher.search(plans.on(kind.code()), new FacetsCollectorManager()));
    }

    /** The counts of the records {@code matching} holds. */
    List<FacetRow> count(FacetsCollector matching) throws IOException {
        Facets facets = new SortedSetDocValuesFacetCounts(state, matching);
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
        rows.addAll(documentTypes(matching));
        return rows;
    }

    /** The counts by record kind of the records {@code matching} holds. */
    List<FacetRow> kinds(FacetsCollector matching) throws IOException {
        Facets facets = new SortedSetDocValuesFacetCounts(state, matching);
        List<FacetRow> rows = new ArrayList<>();
        for (LabelAndValue lv : children(facets, KIND)) rows.add(new FacetRow(KIND, lv.label, lv.value.intValue()));
        return rows;
    }

    /**
     * The document type is no facet dimension: each type's records are its term's postings, walked beside the
     * matching records of each segment (no second pass of the question).
     */
    private static List<FacetRow> documentTypes(FacetsCollector matching) throws IOException {
        DocumentType[] types = DocumentType.values();
        int[] counts = new int[types.length];
        for (FacetsCollector.MatchingDocs md : matching.getMatchingDocs()) {
            if (md.totalHits() == 0 || md.bits() == null) continue;
            Terms terms = md.context().reader().terms(IndexFields.DOCUMENT_TYPE);
            if (terms == null) continue;
            TermsEnum te = terms.iterator();
            for (int i = 0; i < types.length; i++) {
                if (!te.seekExact(new BytesRef(types[i].code()))) continue;
                DocIdSetIterator hits = md.bits().iterator();
                if (hits != null) counts[i] += both(hits, te.postings(null, PostingsEnum.NONE));
            }
        }
        List<FacetRow> rows = new ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            if (counts[i] > 0) rows.add(new FacetRow(DOCUMENT_TYPE, types[i].code(), counts[i]));
        }
        rows.sort(Comparator.comparingInt(FacetRow::count).reversed().thenComparing(FacetRow::value));
        return rows;
    }

    /** How many documents two iterators both hold (the matching ones are live: deleted postings drop out). */
    private static int both(DocIdSetIterator a, DocIdSetIterator b) throws IOException {
        int n = 0;
        int doc = a.nextDoc();
        while (doc != DocIdSetIterator.NO_MORE_DOCS) {
            int other = b.advance(doc);
            if (other == DocIdSetIterator.NO_MORE_DOCS) break;
            if (other == doc) {
                n++;
                doc = a.nextDoc();
            } else {
                doc = a.advance(other);
            }
        }
        return n;
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
        out.sort(Comparator.comparingInt((LabelAndValue lv) -> lv.value.intValue())
                .reversed()
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
