package org.planlens.index;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.planlens.model.DocumentType;
import org.planlens.rules.ModelData;

/**
 * The local Lucene index, read-only as of its last commit, with the query-time analyzer (synonyms loaded once).
 * Rows are read from the row doc values; a part takes its plan columns from its plan's record, read when a row
 * first needs it (all the plans a listing touches in one query); the most recently used pages' plans' columns are
 * kept while the index is open ({@link KeptPlans}; a whole listing's are not), so opening costs the same at any index
 * size and the heap stays flat.
 */
public final class LuceneRecordIndex implements RecordIndex {
    static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final Sort ROW_ORDER = IndexFields.rowOrder();
    /**
     * Ties (the same clause printed in many plans) come out in row order (place, plan, place in the plan), not in
     * the order documents happened to be indexed: the same archive gives the same top hits however it was ingested.
     */
    private static final Sort BY_SCORE_THEN_ROW_ORDER =
            new Sort(SortField.FIELD_SCORE, new SortField(IndexFields.ORDER, SortField.Type.STRING));

    /** Plans whose columns stay read between queries: a few pages' worth for many people, a few MB of heap. */
    private static final int KEPT_PLANS = 4096;

    private final Directory directory;
    /** False for a newer commit's view (its directory is the first view's, closed with it). */
    private final boolean ownsDirectory;

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer;
    private final QueryBuilder words;
    private final UnifiedHighlighter highlighter;
    /** The plan columns of the plans recent queries touched; a listing's own are held for that listing. */
    private final KeptPlans plans = new KeptPlans(KEPT_PLANS);
    /** The facet ordinals of this commit, worked out on first use: every facet count of this view shares them. */
    private volatile SortedSetDocValuesReaderState facetState;
    /** The aggregations read from terms and doc values. */
    private final RecordBlocks blocks;
    /**
     * Whether the documents are in row order (an index made since {@link PlanIndexWriter} sorts them): then a search
     * breaks ties by document number within a segment and skips what cannot reach its page ({@link
     * TopHitsInRowOrder}); else it compares every hit's row-order key.
     */
    private final boolean rowOrdered;

    private LuceneRecordIndex(Directory directory, boolean ownsDirectory, DirectoryReader reader, Analyzer analyzer)
            throws IOException {
        this.directory = directory;
        this.ownsDirectory = ownsDirectory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.analyzer = analyzer;
        this.words = new QueryBuilder(analyzer);
        this.words.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        this.highlighter = highlighter(searcher);
        this.blocks = new RecordBlocks(reader, searcher);
        this.rowOrdered = TopHitsInRowOrder.applies(reader);
    }

    /** The snippet maker: the best passage, matches marked «so», from the offsets the folded field keeps. */
    static UnifiedHighlighter highlighter(IndexSearcher searcher) {
        return UnifiedHighlighter.builder(searcher, VietnameseAnalyzer.perField())
                .withFormatter(new DefaultPassageFormatter("«", "»", " … ", false))
                .withMaxLength(200_000)
                .build();
    }

    /**
     * Opens the index in {@code dir}.
     *
     * @throws IndexUnavailableException when there is no index there, or it holds no plan
     */
    public static LuceneRecordIndex open(Path dir, ModelData models) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IndexUnavailableException("no index at " + dir + "; run `planlens ingest` first or pass --index");
        }
        Directory directory = FSDirectory.open(dir);
        try {
            if (!DirectoryReader.indexExists(directory)) {
                throw new IndexUnavailableException(
                        "no index at " + dir + "; run `planlens ingest` first or pass --index");
            }
            DirectoryReader reader = DirectoryReader.open(directory);
            if (reader.numDocs() == 0) {
                reader.close();
                throw new IndexUnavailableException("the index at " + dir + " is empty: no plan ingested yet");
            }
            return new LuceneRecordIndex(
                    directory, true, reader, VietnameseAnalyzer.forQueries(SearchSynonyms.load(models)));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /**
     * A view of the latest commit when it is newer than this one's, sharing this view's directory and analyzer (its
     * plan columns are read afresh); null when this view is current. The caller owns both views' readers (see
     * {@link LuceneLiveIndex}).
     */
    LuceneRecordIndex newerCommit() throws IOException {
        DirectoryReader newer = DirectoryReader.openIfChanged(reader);
        return newer == null ? null : new LuceneRecordIndex(directory, false, newer, analyzer);
    }

    Directory directory() {
        return directory;
    }

    @Override
    public RecordPage<IndexedRecord> find(RecordQuery query, int offset, int limit) throws IOException {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("a page starts at 0 or later and holds at least one row");
        }
        Query q = filtered(query).build();
        // the page and its total from one pass over the matches; no page reaches past the last document
        int upTo = (int) Math.min(Math.max(1, reader.maxDoc()), (long) offset + limit);
        TopDocs top = searcher.search(q, new TopFieldCollectorManager(ROW_ORDER, upTo, EXACT_TOTAL_UP_TO));
        ScoreDoc[] hits = top.scoreDocs;
        if (offset >= hits.length) return page(List.of(), top);
        return page(load(Arrays.copyOfRange(hits, offset, hits.length)), top);
    }

    @Override
    public List<IndexedRecord> find(RecordQuery query) throws IOException {
        Query q = filtered(query).build();
        int n = searcher.count(q);
        if (n == 0) return List.of();
        ScoreDoc[] hits = searcher.search(q, n, ROW_ORDER, false).scoreDocs;
        // every row of a listing: its plans are read for it, not kept (a few pages' plans stay kept)
        return load(hits, false);
    }

    @Override
    public RecordGroups group(RecordQuery query, List<String> keyFields, Function<byte[], String> keyOfRecord)
            throws IOException {
        return blocks.group(filtered(query).build(), keyFields, keyOfRecord, this::load);
    }

    @Override
    public RecordPage<List<IndexedRecord>> byPlan(RecordQuery query, int offset, int limit) throws IOException {
        checkPage(offset, limit);
        return blocks.byPlan(filtered(query).build(), offset, limit, this::load);
    }

    @Override
    public RecordPage<RankedRecord> search(String text, RecordQuery filter, int offset, int limit, boolean countAll)
            throws IOException {
        checkPage(offset, limit);
        Query folded = TextQueries.parse(analyzer, IndexFields.TEXT, text);
        Query query = textQuery(folded, text, filter);
        TopDocs top;
        if (rowOrdered) {
            // without a total, what cannot reach the page is skipped as soon as the page is full
            int countUpTo = countAll ? EXACT_TOTAL_UP_TO : offset + limit;
            top = searcher.search(query, new TopHitsInRowOrder(reader, offset + limit, countUpTo));
            return countAll
                    ? page(ranked(top, folded, offset), top)
                    : new RecordPage<>(ranked(top, folded, offset), -1);
        }
        if (countAll) {
            // hits counted up to the threshold in the same pass; past it Lucene skips what cannot reach the page
            top = searcher.search(
                    query, new TopFieldCollectorManager(BY_SCORE_THEN_ROW_ORDER, offset + limit, EXACT_TOTAL_UP_TO));
            TopFieldCollector.populateScores(top.scoreDocs, searcher, query);
            return page(ranked(top, folded, offset), top);
        }
        // Lucene skips the blocks that cannot reach the page
        top = searcher.search(query, offset + limit, BY_SCORE_THEN_ROW_ORDER, true);
        return new RecordPage<>(ranked(top, folded, offset), -1);
    }

    @Override
    public RankedPage searchWithFacets(String text, RecordQuery filter, int offset, int limit) throws IOException {
        checkPage(offset, limit);
        Query folded = TextQueries.parse(analyzer, IndexFields.TEXT, text);
        Query query = textQuery(folded, text, filter);
        Object[] both = searcher.search(
                query,
                new MultiCollectorManager(
                        rowOrdered
                                ? new TopHitsInRowOrder(reader, offset + limit, Integer.MAX_VALUE)
                                : new TopFieldCollectorManager(
                                        BY_SCORE_THEN_ROW_ORDER, offset + limit, Integer.MAX_VALUE),
                        new FacetsCollectorManager()));
        TopDocs top = (TopDocs) both[0];
        if (!rowOrdered) TopFieldCollector.populateScores(top.scoreDocs, searcher, query);
        return new RankedPage(
                new RecordPage<>(ranked(top, folded, offset), top.totalHits.value()),
                tallies((FacetsCollector) both[1]));
    }

    /** {@code records} and the total {@code top} counted: exact, or the threshold as a lower bound. */
    private static <T> RecordPage<T> page(List<T> records, TopDocs top) {
        boolean exact = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
        return new RecordPage<>(
                records, exact ? top.totalHits.value() : Math.min(top.totalHits.value(), EXACT_TOTAL_UP_TO), exact);
    }

    private static void checkPage(int offset, int limit) {
        if (limit < 1) throw new IllegalArgumentException("--limit must be at least 1");
        if (offset < 0) throw new IllegalArgumentException("offset must be 0 or more");
    }

    /** The hits from {@code offset} on, with their snippets. */
    private List<RankedRecord> ranked(TopDocs top, Query folded, int offset) throws IOException {
        ScoreDoc[] page = top.scoreDocs.length <= offset
                ? new ScoreDoc[0]
                : Arrays.copyOfRange(top.scoreDocs, offset, top.scoreDocs.length);
        String[] snippets = page.length == 0
                ? new String[0]
                : highlighter.highlight(IndexFields.TEXT, folded, new TopDocs(top.totalHits, page), 1);
        List<IndexedRecord> rows = load(page);
        List<RankedRecord> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            out.add(new RankedRecord(page[i].score, rows.get(i), snippets[i]));
        }
        return out;
    }

    /** The folded text must match; the words as spelled add to the score; the filter's conditions filter. */
    private Query textQuery(Query folded, String text, RecordQuery filter) {
        Query exact = WordsAsSpelled.of(TextQueries.parse(analyzer, IndexFields.TEXT_EXACT, text));
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(folded, BooleanClause.Occur.MUST);
        b.add(new BoostQuery(exact, TextQueries.EXACT_BOOST), BooleanClause.Occur.SHOULD);
        addConditions(b, filter);
        return b.build();
    }

    @Override
    public List<FacetTally> facets(String text, RecordQuery filter) throws IOException {
        Query query = text == null
                ? filtered(filter).build()
                : textQuery(TextQueries.parse(analyzer, IndexFields.TEXT, text), text, filter);
        return tallies(searcher.search(query, new FacetsCollectorManager()));
    }

    /** The counts of the records {@code fc} holds. */
    private List<FacetTally> tallies(FacetsCollector fc) throws IOException {
        SortedSetDocValuesReaderState state = facetState();
        Facets facets = new SortedSetDocValuesFacetCounts(state, fc);
        Set<String> present = new HashSet<>();
        state.getDims().forEach(present::add);
        List<FacetTally> out = new ArrayList<>();
        if (present.contains(IndexFields.FACET_PLACE)) place(facets, out, List.of());
        for (String dim : List.of(
                IndexFields.FACET_LEVEL, IndexFields.FACET_YEAR, IndexFields.FACET_PILLAR, IndexFields.FACET_KIND)) {
            // a dimension no record of this index has (e.g. no plan has a known level yet) has no counts
            if (!present.contains(dim)) continue;
            FacetResult r = facets.getAllChildren(dim);
            if (r == null) continue;
            for (LabelAndValue lv : r.labelValues) {
                out.add(new FacetTally(dim, List.of(lv.label), lv.value.intValue()));
            }
        }
        out.addAll(documentTypes(fc));
        return out;
    }

    private SortedSetDocValuesReaderState facetState() throws IOException {
        SortedSetDocValuesReaderState s = facetState;
        if (s == null) {
            synchronized (this) {
                s = facetState;
                if (s == null) {
                    s = new DefaultSortedSetDocValuesReaderState(reader, IndexFields.facetsConfig());
                    facetState = s;
                }
            }
        }
        return s;
    }

    /**
     * The document type is no facet dimension: each type's records are its term's postings, walked beside the
     * matching records of each segment (no second pass of the question).
     */
    private static List<FacetTally> documentTypes(FacetsCollector matching) throws IOException {
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
        List<FacetTally> out = new ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            if (counts[i] > 0) out.add(new FacetTally(IndexFields.DOCUMENT_TYPE, List.of(types[i].code()), counts[i]));
        }
        return out;
    }

    /**
     * How many documents two iterators both hold (the matching ones are live: deleted postings drop out). Each
     * iterator only moves forward past its own position: advancing one to the document it is already on would skip it.
     */
    static int both(DocIdSetIterator a, DocIdSetIterator b) throws IOException {
        int n = 0;
        int x = a.nextDoc();
        int y = b.nextDoc();
        while (x != DocIdSetIterator.NO_MORE_DOCS && y != DocIdSetIterator.NO_MORE_DOCS) {
            if (x == y) {
                n++;
                x = a.nextDoc();
                y = b.nextDoc();
            } else if (x < y) {
                x = a.advance(y);
            } else {
                y = b.advance(x);
            }
        }
        return n;
    }

    private static void place(Facets facets, List<FacetTally> out, List<String> path) throws IOException {
        if (path.size() >= 3) return;
        FacetResult r = facets.getAllChildren(IndexFields.FACET_PLACE, path.toArray(String[]::new));
        if (r == null) return;
        for (LabelAndValue lv : r.labelValues) {
            List<String> child = new ArrayList<>(path);
            child.add(lv.label);
            out.add(new FacetTally(IndexFields.FACET_PLACE, child, lv.value.intValue()));
            place(facets, out, child);
        }
    }

    @Override
    public long records() {
        return reader.numDocs();
    }

    /** The open reader, for the benchmark's figures. */
    public DirectoryReader reader() {
        return reader;
    }

    private BooleanQuery.Builder filtered(RecordQuery query) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        addConditions(b, query);
        return b;
    }

    private void addConditions(BooleanQuery.Builder b, RecordQuery query) {
        if (query.kind() != null) {
            b.add(new TermQuery(new Term(IndexFields.KIND, query.kind().code())), BooleanClause.Occur.FILTER);
        }
        for (RecordQuery.Condition c : query.conditions()) {
            b.add(lucene(c), BooleanClause.Occur.FILTER);
        }
    }

    private Query lucene(RecordQuery.Condition c) {
        return switch (c) {
            case RecordQuery.Keyword k -> new TermQuery(new Term(k.field(), k.value()));
            case RecordQuery.AllWords w -> {
                Query q = words.createBooleanQuery(w.field(), w.text(), BooleanClause.Occur.MUST);
                if (q == null) {
                    throw new IllegalArgumentException(w.option() + " '" + w.text() + "' has no words to search for");
                }
                yield q;
            }
            case RecordQuery.DoubleRange r -> DoublePoint.newRangeQuery(r.field(), r.min(), r.max());
            case RecordQuery.IntRange r -> IntPoint.newRangeQuery(r.field(), r.min(), r.max());
        };
    }

    /** The rows of the documents {@code docs} (numbers in the whole index), in the same order. */
    private List<IndexedRecord> load(int[] docs) throws IOException {
        ScoreDoc[] hits = new ScoreDoc[docs.length];
        for (int i = 0; i < docs.length; i++) hits[i] = new ScoreDoc(docs[i], Float.NaN);
        return load(hits);
    }

    /** The rows of {@code hits} (a page), in the same order; the plans they touch are kept for the next pages. */
    private List<IndexedRecord> load(ScoreDoc[] hits) throws IOException {
        return load(hits, true);
    }

    /** The rows of {@code hits}, in the same order; the plans read for them kept when {@code keep}. */
    private List<IndexedRecord> load(ScoreDoc[] hits, boolean keep) throws IOException {
        RowInfo[] own = new RowInfo[hits.length];
        byte[][] records = new byte[hits.length][];
        read(hits, own, records);
        Map<String, RowInfo> planColumns = new HashMap<>();
        Set<String> missing = new HashSet<>();
        for (RowInfo r : own) {
            if (RecordKind.PLAN.code().equals(r.kind()) || planColumns.containsKey(r.planId())) continue;
            RowInfo kept = plans.get(r.planId());
            if (kept != null) {
                planColumns.put(r.planId(), kept);
            } else {
                missing.add(r.planId());
            }
        }
        planColumns.putAll(loadPlans(missing, keep));
        IndexedRecord[] rows = new IndexedRecord[hits.length];
        for (int i = 0; i < hits.length; i++) {
            RowInfo plan = RecordKind.PLAN.code().equals(own[i].kind()) ? own[i] : planColumns.get(own[i].planId());
            if (plan == null) {
                throw new IllegalStateException(
                        "record of plan " + own[i].planId() + " has no plan record in the index");
            }
            rows[i] = new IndexedRecord(plan, own[i], records[i]);
        }
        return Arrays.asList(rows);
    }

    /** The plan columns of {@code planIds}, one query for them all; with {@code keep}, kept for the next queries. */
    private Map<String, RowInfo> loadPlans(Set<String> planIds, boolean keep) throws IOException {
        if (planIds.isEmpty()) return Map.of();
        List<BytesRef> ids = new ArrayList<>(planIds.size());
        for (String id : planIds) ids.add(new BytesRef(id));
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(new Term(IndexFields.KIND, RecordKind.PLAN.code())), BooleanClause.Occur.FILTER);
        b.add(new TermInSetQuery(IndexFields.PLAN_ID, ids), BooleanClause.Occur.FILTER);
        ScoreDoc[] hits = searcher.search(b.build(), planIds.size()).scoreDocs;
        RowInfo[] info = new RowInfo[hits.length];
        read(hits, info, null);
        Map<String, RowInfo> read = new HashMap<>();
        for (RowInfo r : info) {
            read.put(r.planId(), r);
            if (keep) plans.put(r);
        }
        return read;
    }

    /** Each hit's row values, and its record JSON unless {@code records} is null, by hit order. */
    private void read(ScoreDoc[] hits, RowInfo[] own, byte[][] records) throws IOException {
        // doc values are read forward only: visit hits in doc order
        Integer[] byDoc = new Integer[hits.length];
        for (int i = 0; i < byDoc.length; i++) byDoc[i] = i;
        Arrays.sort(byDoc, Comparator.comparingInt(i -> hits[i].doc));
        List<LeafReaderContext> leaves = reader.leaves();
        int leafIndex = -1;
        BinaryDocValues info = null;
        BinaryDocValues record = null;
        for (int i : byDoc) {
            int doc = hits[i].doc;
            int leaf = ReaderUtil.subIndex(doc, leaves);
            LeafReaderContext ctx = leaves.get(leaf);
            if (leaf != leafIndex) {
                leafIndex = leaf;
                info = ctx.reader().getBinaryDocValues(IndexFields.ROW);
                record = records == null ? null : ctx.reader().getBinaryDocValues(IndexFields.ROW_RECORD);
            }
            int local = doc - ctx.docBase;
            if (info == null
                    || !info.advanceExact(local)
                    || (records != null && (record == null || !record.advanceExact(local)))) {
                throw new IndexUnavailableException("the index was made by an older planlens (records without row "
                        + "values); re-ingest with --force");
            }
            own[i] = JSON.readValue(bytes(info.binaryValue()), RowInfo.class);
            if (records != null) records[i] = bytes(record.binaryValue());
        }
    }

    private static byte[] bytes(BytesRef b) {
        return Arrays.copyOfRange(b.bytes, b.offset, b.offset + b.length);
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            if (ownsDirectory) directory.close();
        }
    }
}
