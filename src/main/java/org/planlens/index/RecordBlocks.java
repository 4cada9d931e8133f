package org.planlens.index;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * Questions about plans and groups of records answered from the index's terms and doc values, without reading the
 * records' JSON: the aggregations of the local index. A plan's records are one block of documents, its plan record
 * first ({@link PlanIndexWriter} adds them together, and Lucene keeps a block's documents together and in order
 * through merges), so the plan of any record is the nearest plan record at or before it, and a plan's records are in
 * row order by document number.
 */
final class RecordBlocks {
    /** How the row values name the mentions count (a field name in the JSON: no string value can hold it). */
    private static final byte[] MENTIONS = "\"mentions\":".getBytes(StandardCharsets.US_ASCII);

    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    RecordBlocks(DirectoryReader reader, IndexSearcher searcher) {
        this.reader = reader;
        this.searcher = searcher;
    }

    /** Reads whole records (row values and JSON) of global document numbers, in the order given. */
    interface Loader {
        List<IndexedRecord> load(int[] docs) throws IOException;
    }

    /** A document and where it sorts in row order. */
    private record Keyed(int doc, BytesRef order) {}

    /**
     * The records {@code query} matches by plan: the plans {@code offset + 1} to {@code offset + limit} in row order,
     * each with its matching records in row order, and how many plans have any.
     */
    RecordPage<List<IndexedRecord>> byPlan(Query query, int offset, int limit, Loader loader) throws IOException {
        Weight w = weight(query);
        List<Keyed> plans = new ArrayList<>();
        List<int[]> docsOf = new ArrayList<>();
        for (LeafReaderContext ctx : reader.leaves()) {
            FixedBitSet matching = matching(w, ctx);
            if (matching == null) continue;
            FixedBitSet planRecords = planRecords(ctx);
            List<Integer> planDocs = new ArrayList<>();
            List<Integer> docs = new ArrayList<>();
            int last = -1;
            for (int d = matching.nextSetBit(0); d != DocIdSetIterator.NO_MORE_DOCS; d = next(matching, d)) {
                int plan = planOf(planRecords, d);
                if (plan != last && last >= 0) {
                    docsOf.add(docs.stream().mapToInt(i -> ctx.docBase + i).toArray());
                    docs.clear();
                }
                if (plan != last) planDocs.add(plan);
                docs.add(d);
                last = plan;
            }
            if (!docs.isEmpty())
                docsOf.add(docs.stream().mapToInt(i -> ctx.docBase + i).toArray());
            plans.addAll(entries(ctx, planDocs));
        }
        Integer[] byOrder = new Integer[plans.size()];
        for (int i = 0; i < byOrder.length; i++) byOrder[i] = i;
        Arrays.sort(
                byOrder, (a, b) -> plans.get(a).order().compareTo(plans.get(b).order()));
        int from = Math.min(offset, plans.size());
        int to = (int) Math.min(plans.size(), (long) from + limit);
        // a plan's records are in row order by document number: the page's records, plan after plan
        int[] docs = Arrays.stream(byOrder, from, to)
                .flatMapToInt(i -> Arrays.stream(docsOf.get(i)))
                .toArray();
        List<IndexedRecord> records = loader.load(docs);
        List<List<IndexedRecord>> out = new ArrayList<>(to - from);
        int at = 0;
        for (int r = from; r < to; r++) {
            int n = docsOf.get(byOrder[r]).length;
            out.add(records.subList(at, at + n));
            at += n;
        }
        return new RecordPage<>(out, plans.size());
    }

    /** The groups of {@link RecordIndex#group}: each key field's terms walked beside the matching records. */
    RecordGroups group(Query query, List<String> keyFields, Function<byte[], String> keyOfRecord, Loader loader)
            throws IOException {
        Weight w = weight(query);
        Map<String, Builder> groups = new HashMap<>();
        for (LeafReaderContext ctx : reader.leaves()) {
            FixedBitSet matching = matching(w, ctx);
            if (matching == null) continue;
            FixedBitSet planRecords = planRecords(ctx);
            for (String field : keyFields) {
                // every record grouped by an earlier field (an index made now: all by the first)
                if (matching.nextSetBit(0) == DocIdSetIterator.NO_MORE_DOCS) break;
                Terms terms = ctx.reader().terms(field);
                if (terms == null) continue;
                TermsEnum te = terms.iterator();
                PostingsEnum postings = null;
                FixedBitSet grouped = new FixedBitSet(matching.length());
                // each match as (document, its group), added to the groups in document order after the walk: the
                // plan records and mentions counts are then read forward once rather than again for every term
                List<Builder> termGroups = new ArrayList<>();
                long[] matches = new long[64];
                int matched = 0;
                for (BytesRef term = te.next(); term != null; term = te.next()) {
                    postings = te.postings(postings, PostingsEnum.NONE);
                    Builder g = null;
                    int d = postings.nextDoc();
                    while (d != DocIdSetIterator.NO_MORE_DOCS) {
                        if (!matching.get(d)) {
                            // on to the next matching record: the postings of the records not asked are skipped
                            // (in an index sorted in row order, a place's records are one run of documents)
                            int next = next(matching, d);
                            if (next == DocIdSetIterator.NO_MORE_DOCS) break;
                            d = postings.advance(next);
                            continue;
                        }
                        if (g == null) {
                            g = groups.computeIfAbsent(term.utf8ToString(), Builder::new);
                            termGroups.add(g);
                        }
                        grouped.set(d);
                        if (matched == matches.length) matches = Arrays.copyOf(matches, matched * 2);
                        matches[matched++] = (long) d << 32 | (termGroups.size() - 1);
                        d = postings.nextDoc();
                    }
                }
                Arrays.sort(matches, 0, matched);
                MentionCounts mentions = new MentionCounts(ctx);
                for (int i = 0; i < matched; i++) {
                    int d = (int) (matches[i] >>> 32);
                    termGroups
                            .get((int) matches[i])
                            .add(ctx.docBase + planOf(planRecords, d), ctx.docBase + d, mentions.of(d));
                }
                matching.andNot(grouped);
            }
            // the records holding none of the fields: their JSON gives their key
            MentionCounts mentions = new MentionCounts(ctx);
            BinaryDocValues records = ctx.reader().getBinaryDocValues(IndexFields.ROW_RECORD);
            for (int d = matching.nextSetBit(0); d != DocIdSetIterator.NO_MORE_DOCS; d = next(matching, d)) {
                if (records == null || !records.advanceExact(d)) throw olderIndex();
                BytesRef b = records.binaryValue();
                String key = keyOfRecord.apply(Arrays.copyOfRange(b.bytes, b.offset, b.offset + b.length));
                groups.computeIfAbsent(key, Builder::new)
                        .add(ctx.docBase + planOf(planRecords, d), ctx.docBase + d, mentions.of(d));
            }
        }
        // every plan any group touches, read once: where it sorts and its file
        // plain int arrays sorted and deduped in place: a stream's distinct() boxes every plan of every group
        int total = 0;
        for (Builder g : groups.values()) total += g.size;
        int[] planDocs = new int[total];
        total = 0;
        for (Builder g : groups.values()) {
            System.arraycopy(g.plans, 0, planDocs, total, g.size);
            total += g.size;
        }
        planDocs = sortedDistinct(planDocs, total);
        List<Keyed> entries = entries(planDocs);
        List<RecordGroups.PlanFile> files = files(entries);
        Integer[] byOrder = new Integer[entries.size()];
        for (int i = 0; i < byOrder.length; i++) byOrder[i] = i;
        Arrays.sort(
                byOrder,
                (a, b) -> entries.get(a).order().compareTo(entries.get(b).order()));
        int[] rank = new int[byOrder.length];
        for (int r = 0; r < byOrder.length; r++) rank[byOrder[r]] = r;
        List<Builder> built = new ArrayList<>(groups.values());
        int[] firsts = new int[built.size()];
        List<List<RecordGroups.PlanFile>> plansOf = new ArrayList<>();
        for (int i = 0; i < built.size(); i++) {
            Builder g = built.get(i);
            int[] ranks = new int[g.size];
            for (int j = 0; j < g.size; j++) ranks[j] = rank[Arrays.binarySearch(planDocs, g.plans[j])];
            ranks = sortedDistinct(ranks, g.size);
            List<RecordGroups.PlanFile> own = new ArrayList<>(ranks.length);
            for (int r : ranks) own.add(files.get(byOrder[r]));
            plansOf.add(own);
            firsts[i] = g.firstIn(entries.get(byOrder[ranks[0]]).doc());
        }
        List<IndexedRecord> first = loader.load(firsts);
        List<RecordGroups.Group> out = new ArrayList<>(built.size());
        for (int i = 0; i < built.size(); i++) {
            Builder g = built.get(i);
            out.add(new RecordGroups.Group(g.key, first.get(i), g.records, g.mentions, plansOf.get(i)));
        }
        return new RecordGroups(out);
    }

    /** The first {@code n} values of {@code values} ascending, each once (sorts {@code values} in place). */
    private static int[] sortedDistinct(int[] values, int n) {
        Arrays.sort(values, 0, n);
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (m == 0 || values[i] != values[m - 1]) values[m++] = values[i];
        }
        return m == values.length ? values : Arrays.copyOf(values, m);
    }

    /** One group's records so far: per plan (by its plan record) the first record met, which is its first. */
    private static final class Builder {
        final String key;
        int records;
        long mentions;
        int[] plans = new int[8];
        int[] firsts = new int[8];
        int size;

        Builder(String key) {
            this.key = key;
        }

        void add(int planDoc, int doc, int mentionCount) {
            records++;
            mentions += mentionCount;
            if (size > 0 && plans[size - 1] == planDoc) {
                firsts[size - 1] = Math.min(firsts[size - 1], doc);
                return;
            }
            if (size == plans.length) {
                plans = Arrays.copyOf(plans, size * 2);
                firsts = Arrays.copyOf(firsts, size * 2);
            }
            plans[size] = planDoc;
            firsts[size++] = doc;
        }

        /** The first record of this group in the plan whose plan record is {@code planDoc}. */
        int firstIn(int planDoc) {
            int best = Integer.MAX_VALUE;
            for (int i = 0; i < size; i++) {
                if (plans[i] == planDoc) best = Math.min(best, firsts[i]);
            }
            return best;
        }
    }

    private Weight weight(Query query) throws IOException {
        return searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    }

    /** The live documents of one segment {@code w} matches; null when none. */
    private static FixedBitSet matching(Weight w, LeafReaderContext ctx) throws IOException {
        Scorer s = w.scorer(ctx);
        if (s == null) return null;
        FixedBitSet bits = new FixedBitSet(Math.max(1, ctx.reader().maxDoc()));
        Bits live = ctx.reader().getLiveDocs();
        DocIdSetIterator it = s.iterator();
        for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
            if (live == null || live.get(d)) bits.set(d);
        }
        return bits;
    }

    private static int next(FixedBitSet bits, int doc) {
        return doc + 1 >= bits.length() ? DocIdSetIterator.NO_MORE_DOCS : bits.nextSetBit(doc + 1);
    }

    /**
     * The id and file of a plan record's row values, read up to them: they come before the plan's other columns
     * ({@link RowInfo}'s order), which are not parsed.
     */
    private static RecordGroups.PlanFile planFile(BytesRef row) throws IOException {
        String planId = null;
        String file = null;
        try (JsonParser p = LuceneRecordIndex.JSON.getFactory().createParser(row.bytes, row.offset, row.length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new IOException("row values are no JSON object");
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                p.nextToken();
                if ("planId".equals(name)) {
                    planId = p.getValueAsString();
                } else if ("file".equals(name)) {
                    file = p.getValueAsString();
                } else if (planId != null) {
                    break;
                }
                p.skipChildren();
            }
        }
        return new RecordGroups.PlanFile(planId, file);
    }

    private static IndexUnavailableException olderIndex() {
        return new IndexUnavailableException(
                "the index was made by an older planlens (records without row values); re-ingest with --force");
    }

    /** The plan records of one segment. */
    private static FixedBitSet planRecords(LeafReaderContext ctx) throws IOException {
        FixedBitSet bits = new FixedBitSet(Math.max(1, ctx.reader().maxDoc()));
        PostingsEnum p = ctx.reader().postings(new Term(IndexFields.KIND, RecordKind.PLAN.code()), PostingsEnum.NONE);
        if (p != null) {
            for (int d = p.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = p.nextDoc()) bits.set(d);
        }
        return bits;
    }

    private static int planOf(FixedBitSet planRecords, int doc) {
        int plan = planRecords.prevSetBit(doc);
        if (plan < 0) throw new IllegalStateException("index record " + doc + " has no plan record before it");
        return plan;
    }

    /**
     * The mentions counts of one segment's records, asked in any order: from their numeric doc values, or, in an
     * index made before those, from their row values. Doc values read forward only: asked a document before the last
     * one, it reads them afresh.
     */
    private static final class MentionCounts {
        private final LeafReaderContext ctx;
        private NumericDocValues counts;
        private BinaryDocValues rows;
        private int last = -1;

        MentionCounts(LeafReaderContext ctx) {
            this.ctx = ctx;
        }

        int of(int doc) throws IOException {
            if (doc <= last || last < 0) {
                counts = ctx.reader().getNumericDocValues(IndexFields.MENTIONS);
                rows = null;
            }
            last = doc;
            if (counts != null && counts.advanceExact(doc)) return Math.toIntExact(counts.longValue());
            if (rows == null || rows.docID() > doc) rows = ctx.reader().getBinaryDocValues(IndexFields.ROW);
            return mentions(rows, doc);
        }
    }

    /** The row mentions count of {@code doc} (0 when none). */
    private static int mentions(BinaryDocValues rows, int doc) throws IOException {
        if (rows == null || !rows.advanceExact(doc)) {
            throw olderIndex();
        }
        BytesRef b = rows.binaryValue();
        int end = b.offset + b.length;
        outer:
        for (int i = b.offset; i + MENTIONS.length < end; i++) {
            for (int j = 0; j < MENTIONS.length; j++) {
                if (b.bytes[i + j] != MENTIONS[j]) continue outer;
            }
            int n = 0;
            for (int k = i + MENTIONS.length; k < end && b.bytes[k] >= '0' && b.bytes[k] <= '9'; k++) {
                n = n * 10 + (b.bytes[k] - '0');
            }
            return n;
        }
        return 0;
    }

    /** Documents of one segment (segment document numbers, ascending) with their row-order keys. */
    private static List<Keyed> entries(LeafReaderContext ctx, List<Integer> docs) throws IOException {
        List<Keyed> out = new ArrayList<>(docs.size());
        SortedDocValues order = ctx.reader().getSortedDocValues(IndexFields.ORDER);
        for (int d : docs) {
            if (order == null || !order.advanceExact(d)) {
                throw new IllegalStateException("index record " + (ctx.docBase + d) + " has no row-order key");
            }
            out.add(new Keyed(ctx.docBase + d, BytesRef.deepCopyOf(order.lookupOrd(order.ordValue()))));
        }
        return out;
    }

    /** {@link #entries(LeafReaderContext, List)} of global document numbers, ascending. */
    private List<Keyed> entries(int[] docs) throws IOException {
        List<Keyed> out = new ArrayList<>(docs.length);
        List<LeafReaderContext> leaves = reader.leaves();
        int i = 0;
        for (LeafReaderContext ctx : leaves) {
            int end = ctx.docBase + ctx.reader().maxDoc();
            List<Integer> local = new ArrayList<>();
            while (i < docs.length && docs[i] < end) local.add(docs[i++] - ctx.docBase);
            if (!local.isEmpty()) out.addAll(entries(ctx, local));
        }
        return out;
    }

    /** The id and file of plan records, in the order given (global document numbers). */
    private List<RecordGroups.PlanFile> files(List<Keyed> plans) throws IOException {
        Integer[] byDoc = new Integer[plans.size()];
        for (int i = 0; i < byDoc.length; i++) byDoc[i] = i;
        Arrays.sort(
                byDoc,
                (a, b) -> Integer.compare(plans.get(a).doc(), plans.get(b).doc()));
        RecordGroups.PlanFile[] out = new RecordGroups.PlanFile[plans.size()];
        List<LeafReaderContext> leaves = reader.leaves();
        int leaf = -1;
        BinaryDocValues rows = null;
        for (int i : byDoc) {
            int doc = plans.get(i).doc();
            int l = ReaderUtil.subIndex(doc, leaves);
            if (l != leaf) {
                leaf = l;
                rows = leaves.get(l).reader().getBinaryDocValues(IndexFields.ROW);
            }
            int local = doc - leaves.get(l).docBase;
            if (rows == null || !rows.advanceExact(local)) {
                throw olderIndex();
            }
            BytesRef b = rows.binaryValue();
            out[i] = planFile(b);
        }
        return Arrays.asList(out);
    }
}
