package org.planlens.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.planlens.index.IndexFields;
import org.planlens.index.RecordKind;
import org.planlens.index.RowInfo;
import org.planlens.index.VietnameseAnalyzer;
import org.planlens.model.Pillar;
import org.planlens.query.Rows.FacetRow;
import org.planlens.query.Rows.SearchHit;

/**
 * Ranked full-text search. The query is Lucene's classic syntax ({@code "hài lòng"} for a phrase, {@code AND},
 * {@code OR}, {@code -word}); words are ANDed by default. Every record must match the accent-free field; those
 * that also hold the words as spelled (accents kept; a phrase's words anywhere in the record) score higher, so
 * {@code hài lòng} ranks exact spellings first.
 * Order: score, ties in index order (Lucene's own, stable for a given index); scoring by relevance alone lets
 * Lucene skip blocks that cannot reach the top hits.
 */
public final class TextSearch {
    /** A slash not already escaped. */
    private static final java.util.regex.Pattern SLASH = java.util.regex.Pattern.compile("(?<!\\\\)/");
    /** How much an exact (accented) match adds, relative to the folded match. */
    private static final float EXACT_BOOST = 2.0f;
    /** The deepest hit a page may reach: ranking more means keeping more hits in memory for one page. */
    public static final int MAX_RANK = 10_000;

    private final IndexSearcher searcher;
    private final Map<String, RowInfo> planColumns;
    private final Analyzer queryAnalyzer;
    /**
     * Ties (the same clause printed in many plans) come out in the row order of every other listing (place, plan,
     * place in the plan), not in the order documents happened to be indexed: the same archive gives the same top
     * hits however many threads ingested it.
     */
    private static final Sort BY_SCORE_THEN_ROW_ORDER =
            new Sort(SortField.FIELD_SCORE, new SortField(IndexFields.ORDER, SortField.Type.STRING));

    private final UnifiedHighlighter highlighter;
    private final IndexSearcherProvider provider;

    public TextSearch(IndexSearcherProvider provider) {
        this.provider = provider;
        this.searcher = provider.searcher();
        this.planColumns = provider.plans();
        this.queryAnalyzer = provider.analyzer();
        this.highlighter = UnifiedHighlighter.builder(searcher, VietnameseAnalyzer.perField())
                .withFormatter(new DefaultPassageFormatter("«", "»", " … ", false))
                .withMaxLength(200_000)
                .build();
    }

    /** The best {@code limit} records matching {@code text}, of {@code kind} (null: any), within {@code plans}. */
    public List<SearchHit> search(String text, RecordKind kind, PlanFilter plans, int limit) throws IOException {
        return search(text, kind, null, plans, 0, limit);
    }

    /** The rows of {@link #page} without counting every hit: Lucene skips the blocks that cannot reach the page. */
    public List<SearchHit> search(String text, RecordKind kind, String pillar, PlanFilter plans, int offset, int limit)
            throws IOException {
        checkPage(offset, limit);
        Query folded = parse(IndexFields.TEXT, text);
        TopDocs top = searcher.search(
                query(folded, text, kind, pillar, plans), offset + limit, BY_SCORE_THEN_ROW_ORDER, true);
        return hits(top, folded, offset);
    }

    /**
     * Hits {@code offset + 1} to {@code offset + limit} of the records matching {@code text}, of {@code kind} and
     * {@code pillar} (null: any), within {@code plans}, ranked as {@link #search} ranks them (a hit's rank counts
     * from the first page), and how many records match in all.
     */
    public Page<SearchHit> page(String text, RecordKind kind, String pillar, PlanFilter plans, int offset, int limit)
            throws IOException {
        checkPage(offset, limit);
        Query folded = parse(IndexFields.TEXT, text);
        Query query = query(folded, text, kind, pillar, plans);
        // every hit counted in the same pass
        TopDocs top = searcher.search(
                query, new TopFieldCollectorManager(BY_SCORE_THEN_ROW_ORDER, offset + limit, Integer.MAX_VALUE));
        org.apache.lucene.search.TopFieldCollector.populateScores(top.scoreDocs, searcher, query);
        return new Page<>(hits(top, folded, offset), offset, top.totalHits.value());
    }

    /** A page of hits with every hit counted, and the hits' facets: {@link #page} and {@link #facets} in one pass. */
    public record Results(Page<SearchHit> page, List<FacetRow> facets) {}

    /**
     * {@link #page} (with the exact number of hits) and {@link #facets} of the same question, from one pass over
     * the hits (two when a kind is chosen: the counts by kind leave it out).
     */
    public Results results(String text, RecordKind kind, String pillar, PlanFilter plans, int offset, int limit)
            throws IOException {
        checkPage(offset, limit);
        Query folded = parse(IndexFields.TEXT, text);
        Query query = query(folded, text, kind, pillar, plans);
        Object[] both = searcher.search(
                query,
                new MultiCollectorManager(
                        new TopFieldCollectorManager(BY_SCORE_THEN_ROW_ORDER, offset + limit, Integer.MAX_VALUE),
                        new FacetsCollectorManager()));
        TopDocs top = (TopDocs) both[0];
        org.apache.lucene.search.TopFieldCollector.populateScores(top.scoreDocs, searcher, query);
        FacetsCollector matching = (FacetsCollector) both[1];
        FacetCounts facets = new FacetCounts(provider);
        List<FacetRow> rows = new ArrayList<>(facets.count(matching));
        rows.addAll(
                kind == null
                        ? facets.kinds(matching)
                        : facets.kinds(searcher.search(
                                query(folded, text, null, pillar, plans), new FacetsCollectorManager())));
        return new Results(new Page<>(hits(top, folded, offset), offset, top.totalHits.value()), rows);
    }

    /**
     * Counts of the records {@link #page} would list, as {@link FacetCounts#count} gives them, followed by their
     * counts by record kind ({@link FacetCounts#KIND}); the kind counts leave {@code kind} out, so each kind says
     * what choosing it would give.
     */
    public List<FacetRow> facets(String text, RecordKind kind, String pillar, PlanFilter plans) throws IOException {
        Query folded = parse(IndexFields.TEXT, text);
        FacetCounts facets = new FacetCounts(provider);
        List<FacetRow> rows = new ArrayList<>(
                facets.count(searcher.search(query(folded, text, kind, pillar, plans), new FacetsCollectorManager())));
        rows.addAll(
                facets.kinds(searcher.search(query(folded, text, null, pillar, plans), new FacetsCollectorManager())));
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

    /** The rows of the hits from {@code offset} on, with their snippets. */
    private List<SearchHit> hits(TopDocs top, Query folded, int offset) throws IOException {
        ScoreDoc[] page = top.scoreDocs.length <= offset
                ? new ScoreDoc[0]
                : Arrays.copyOfRange(top.scoreDocs, offset, top.scoreDocs.length);
        String[] snippets = page.length == 0
                ? new String[0]
                : highlighter.highlight(IndexFields.TEXT, folded, new TopDocs(top.totalHits, page), 1);
        List<SearchHit> hits = new ArrayList<>(page.length);
        List<StoredRow> rows = StoredRecords.load(searcher, planColumns, page);
        for (int i = 0; i < page.length; i++) {
            ScoreDoc sd = page[i];
            StoredRow d = rows.get(i);
            PlanRef p = d.ref();
            String snippet = snippets[i] == null
                    ? null
                    : snippets[i].replaceAll("\\s+", " ").strip();
            hits.add(new SearchHit(
                    offset + i + 1,
                    sd.score,
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

    private Query query(Query folded, String text, RecordKind kind, String pillar, PlanFilter plans) {
        if (pillar != null) Pillar.fromCode(pillar);
        Query exact = WordsAsSpelled.of(parse(IndexFields.TEXT_EXACT, text));
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(folded, BooleanClause.Occur.MUST);
        b.add(new BoostQuery(exact, EXACT_BOOST), BooleanClause.Occur.SHOULD);
        if (kind != null) PlanFilter.keyword(b, IndexFields.KIND, kind.code());
        PlanFilter.keyword(b, IndexFields.PILLAR, pillar);
        plans.addTo(b);
        return b.build();
    }

    private Query parse(String field, String text) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("search needs some text");
        QueryParser parser = new QueryParser(field, queryAnalyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        // multi-word synonyms (Ủy ban nhân dân = UBND) only match when the analyzer sees the words together
        parser.setSplitOnWhitespace(false);
        parser.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        try {
            // a slash is part of a document number (76/NQ-CP), never the start of a regular expression
            Query q = parser.parse(SLASH.matcher(text).replaceAll("\\\\/"));
            if (q == null) throw new IllegalArgumentException("bad query '" + text + "': nothing to search for");
            return q;
        } catch (ParseException e) {
            if (e.getCause() instanceof IndexSearcher.TooManyClauses) {
                throw new IllegalArgumentException(
                        "the query is too long (more than " + IndexSearcher.getMaxClauseCount()
                                + " terms once expanded); ask with fewer words",
                        e);
            }
            String msg = e.getMessage() == null
                    ? ""
                    : e.getMessage().lines().findFirst().orElse("");
            throw new IllegalArgumentException("bad query '" + text + "': " + msg, e);
        }
    }
}
