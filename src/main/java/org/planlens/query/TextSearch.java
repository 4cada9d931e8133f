package org.planlens.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.planlens.index.IndexFields;
import org.planlens.index.RecordKind;
import org.planlens.index.RowInfo;
import org.planlens.index.VietnameseAnalyzer;
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
    /** How much an exact (accented) match adds, relative to the folded match. */
    private static final float EXACT_BOOST = 2.0f;

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

    public TextSearch(IndexSearcherProvider provider) {
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
        if (limit < 1) throw new IllegalArgumentException("--limit must be at least 1");
        Query folded = parse(IndexFields.TEXT, text);
        Query exact = WordsAsSpelled.of(parse(IndexFields.TEXT_EXACT, text));
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(folded, BooleanClause.Occur.MUST);
        b.add(new BoostQuery(exact, EXACT_BOOST), BooleanClause.Occur.SHOULD);
        if (kind != null) PlanFilter.keyword(b, IndexFields.KIND, kind.code());
        plans.addTo(b);
        Query query = b.build();
        TopDocs top = searcher.search(query, limit, BY_SCORE_THEN_ROW_ORDER, true);
        String[] snippets =
                top.scoreDocs.length == 0 ? new String[0] : highlighter.highlight(IndexFields.TEXT, folded, top, 1);
        List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
        List<StoredRow> rows = StoredRecords.load(searcher, planColumns, top.scoreDocs);
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            StoredRow d = rows.get(i);
            PlanRef p = d.ref();
            String snippet = snippets[i] == null
                    ? null
                    : snippets[i].replaceAll("\\s+", " ").strip();
            hits.add(new SearchHit(
                    i + 1,
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

    private Query parse(String field, String text) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("search needs some text");
        QueryParser parser = new QueryParser(field, queryAnalyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        // multi-word synonyms (Ủy ban nhân dân = UBND) only match when the analyzer sees the words together
        parser.setSplitOnWhitespace(false);
        parser.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        try {
            Query q = parser.parse(text);
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
