package org.planlens.query;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.planlens.index.IndexFields;
import org.planlens.index.RecordKind;
import org.planlens.index.RowInfo;

/**
 * Runs a filter query and reads every hit back from the row doc values, in the index's stated row order:
 * province, district, commune, year, plan id, then the record's order inside its plan.
 */
final class StoredRecords {
    static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final Sort ROW_ORDER = new Sort(new SortField(IndexFields.ORDER, SortField.Type.STRING));

    private StoredRecords() {}

    /** Every record matching {@code query}, in row order. */
    static List<StoredRow> all(IndexSearcher searcher, Map<String, RowInfo> plans, Query query) throws IOException {
        int n = searcher.count(query);
        if (n == 0) return List.of();
        ScoreDoc[] hits = searcher.search(query, n, ROW_ORDER, false).scoreDocs;
        return load(searcher, plans, hits);
    }

    /** Records {@code offset + 1} to {@code offset + limit} matching {@code query} in row order, and their number. */
    static Page<StoredRow> page(IndexSearcher searcher, Map<String, RowInfo> plans, Query query, int offset, int limit)
            throws IOException {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("a page starts at 0 or later and holds at least one row");
        }
        int total = searcher.count(query);
        if (offset >= total) return new Page<>(List.of(), offset, total);
        ScoreDoc[] hits = searcher.search(query, Math.min(total, offset + limit), ROW_ORDER, false).scoreDocs;
        return new Page<>(load(searcher, plans, Arrays.copyOfRange(hits, offset, hits.length)), offset, total);
    }

    /** The plan columns of every plan in the index, by plan id; read once per open index. */
    static Map<String, RowInfo> plans(IndexSearcher searcher) throws IOException {
        Query q = new TermQuery(new Term(IndexFields.KIND, RecordKind.PLAN.code()));
        int n = searcher.count(q);
        Map<String, RowInfo> out = new HashMap<>();
        if (n == 0) return out;
        for (StoredRow r : load(searcher, Map.of(), searcher.search(q, n).scoreDocs)) {
            out.put(r.info().planId(), r.info());
        }
        return out;
    }

    /** The rows of {@code hits}, in the same order. */
    static List<StoredRow> load(IndexSearcher searcher, Map<String, RowInfo> plans, ScoreDoc[] hits)
            throws IOException {
        // doc values are read forward only: visit hits in doc order, then put rows back in hit order
        Integer[] byDoc = new Integer[hits.length];
        for (int i = 0; i < byDoc.length; i++) byDoc[i] = i;
        Arrays.sort(byDoc, Comparator.comparingInt(i -> hits[i].doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        StoredRow[] rows = new StoredRow[hits.length];
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
                record = ctx.reader().getBinaryDocValues(IndexFields.ROW_RECORD);
            }
            int local = doc - ctx.docBase;
            if (info == null || record == null || !info.advanceExact(local) || !record.advanceExact(local)) {
                throw new IndexUnavailableException("the index was made by an older planlens (records without row "
                        + "values); re-ingest with --force");
            }
            RowInfo own = JSON.readValue(bytes(info.binaryValue()), RowInfo.class);
            RowInfo plan = RecordKind.PLAN.code().equals(own.kind()) ? own : plans.get(own.planId());
            if (plan == null) {
                throw new IllegalStateException("record of plan " + own.planId() + " has no plan record in the index");
            }
            rows[i] = new StoredRow(plan, own, bytes(record.binaryValue()));
        }
        return Arrays.asList(rows);
    }

    private static byte[] bytes(BytesRef b) {
        return Arrays.copyOfRange(b.bytes, b.offset, b.offset + b.length);
    }
}
