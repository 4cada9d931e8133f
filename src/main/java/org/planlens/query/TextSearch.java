package org.planlens.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.planlens.index.IndexFields;
import org.planlens.index.RankedRecord;
import org.planlens.index.RecordIndex;
import org.planlens.index.RecordKind;
import org.planlens.index.RecordPage;
import org.planlens.index.RecordQuery;
import org.planlens.index.RecordQuery.Condition;
import org.planlens.model.Pillar;
import org.planlens.query.Rows.FacetRow;
import org.planlens.query.Rows.SearchHit;

/**
 * Ranked full-text search. The query is Lucene's classic syntax ({@code "hài lòng"} for a phrase, {@code AND},
 * {@code OR}, {@code -word}); words are ANDed by default. Every record must match the accent-free field; those
 * that also hold the words as spelled (accents kept; a phrase's words anywhere in the record) score higher, so
 * {@code hài lòng} ranks exact spellings first. Order: score, ties in row order (place, plan, place in the plan).
 */
public final class TextSearch {
    /** The deepest hit a page may reach: ranking more means keeping more hits in memory for one page. */
    public static final int MAX_RANK = 10_000;

    private final RecordIndex index;

    public TextSearch(RecordIndex index) {
        this.index = index;
    }

    /** The best {@code limit} records matching {@code text}, of {@code kind} (null: any), within {@code plans}. */
    public List<SearchHit> search(String text, RecordKind kind, PlanFilter plans, int limit) throws IOException {
        return search(text, kind, null, plans, 0, limit);
    }

    /** The rows of {@link #page} without counting every hit: the index skips what cannot reach the page. */
    public List<SearchHit> search(String text, RecordKind kind, String pillar, PlanFilter plans, int offset, int limit)
            throws IOException {
        checkPage(offset, limit);
        return hits(index.search(text, filter(kind, pillar, plans), offset, limit, false), offset);
    }

    /**
     * Hits {@code offset + 1} to {@code offset + limit} of the records matching {@code text}, of {@code kind} and
     * {@code pillar} (null: any), within {@code plans}, ranked as {@link #search} ranks them (a hit's rank counts
     * from the first page), and how many records match in all (exact up to {@link RecordIndex#EXACT_TOTAL_UP_TO},
     * else that lower bound).
     */
    public Page<SearchHit> page(String text, RecordKind kind, String pillar, PlanFilter plans, int offset, int limit)
            throws IOException {
        checkPage(offset, limit);
        RecordPage<RankedRecord> top = index.search(text, filter(kind, pillar, plans), offset, limit, true);
        return Page.of(hits(top, offset), offset, top);
    }

    /** A page of hits with every hit counted, and the hits' facets: {@link #page} and {@link #facets} together. */
    public record Results(Page<SearchHit> page, List<FacetRow> facets) {}

    /**
     * {@link #page} (with the exact number of hits) and {@link #facets} of the same question, from one pass over
     * the hits (two when a kind is chosen: the counts by kind leave it out).
     */
    public Results results(String text, RecordKind kind, String pillar, PlanFilter plans, int offset, int limit)
            throws IOException {
        checkPage(offset, limit);
        RecordIndex.RankedPage both = index.searchWithFacets(text, filter(kind, pillar, plans), offset, limit);
        List<FacetRow> rows = new ArrayList<>(FacetCounts.count(both.facets()));
        rows.addAll(FacetCounts.kinds(kind == null ? both.facets() : index.facets(text, filter(null, pillar, plans))));
        return new Results(Page.of(hits(both.page(), offset), offset, both.page()), rows);
    }

    /**
     * Counts of the records {@link #page} would list, as {@link FacetCounts#count} gives them, followed by their
     * counts by record kind ({@link FacetCounts#KIND}); the kind counts leave {@code kind} out, so each kind says
     * what choosing it would give.
     */
    public List<FacetRow> facets(String text, RecordKind kind, String pillar, PlanFilter plans) throws IOException {
        var tallies = index.facets(text, filter(kind, pillar, plans));
        List<FacetRow> rows = new ArrayList<>(FacetCounts.count(tallies));
        rows.addAll(FacetCounts.kinds(kind == null ? tallies : index.facets(text, filter(null, pillar, plans))));
        return rows;
    }

    private static void checkPage(int offset, int limit) {
        if (limit < 1) throw new IllegalArgumentException("--limit must be at least 1");
        if (offset < 0) throw new IllegalArgumentException("offset must be 0 or more");
        if (offset + limit > MAX_RANK) {
            throw new IllegalArgumentException(
                    "hits beyond the first " + MAX_RANK + " are not listed; narrow the search");
        }
    }

    private static RecordQuery filter(RecordKind kind, String pillar, PlanFilter plans) {
        if (pillar != null) Pillar.fromCode(pillar);
        List<Condition> c = plans.conditions();
        PlanFilter.keyword(c, IndexFields.PILLAR, pillar);
        return new RecordQuery(kind, c);
    }

    /** The rows of the hits, ranked from {@code offset + 1}. */
    private static List<SearchHit> hits(RecordPage<RankedRecord> top, int offset) {
        List<SearchHit> hits = new ArrayList<>(top.records().size());
        for (int i = 0; i < top.records().size(); i++) {
            RankedRecord r = top.records().get(i);
            StoredRow d = StoredRow.of(r.record());
            PlanRef p = d.ref();
            String snippet = r.snippet() == null
                    ? null
                    : r.snippet().replaceAll("\\s+", " ").strip();
            hits.add(new SearchHit(
                    offset + i + 1,
                    r.score(),
                    d.info().kind(),
                    p.planId(),
                    p.file(),
                    p.issuer(),
                    p.level(),
                    p.province(),
                    p.year(),
                    d.firstSectionPath(),
                    d.info().start(),
                    d.info().end(),
                    snippet));
        }
        return hits;
    }
}
