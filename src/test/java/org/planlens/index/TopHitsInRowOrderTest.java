package org.planlens.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.model.Plan;
import org.planlens.model.Target;
import org.planlens.query.TestPlans;
import org.planlens.rules.ModelData;

/**
 * An index written by {@link PlanIndexWriter} on disk holds its documents in row order, plan blocks whole, in every
 * segment; {@link TopHitsInRowOrder} on it ranks as Lucene's sort by score then row-order key does, while skipping
 * what cannot reach the page. The plans are written against row order over several commits, so ties of the same
 * score are spread over segments in another order than row order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TopHitsInRowOrderTest {
    private static final int PLANS = 40;
    private static final int TARGETS_PER_PLAN = 400;
    private static final String[] PROVINCES = {"Thanh Hóa", "Hải Dương", "Nghệ An", "An Giang"};
    private static final String[] WORDINGS = {"Mức độ hài lòng của người dân", "hài lòng", "Tỷ lệ hồ sơ trực tuyến"};

    @TempDir
    static Path dir;

    private FSDirectory directory;
    private DirectoryReader reader;
    private IndexSearcher searcher;
    private Query hailong;

    @BeforeAll
    void write() throws IOException {
        try (PlanIndexWriter w = PlanIndexWriter.open(dir)) {
            for (int i = PLANS - 1; i >= 0; i--) {
                w.replace(plan(i), text(i), "fp");
                if (i % 7 == 0) w.commit();
                // a replaced plan leaves a deleted block behind
                if (i % 9 == 4) w.replace(plan(i + 1), text(i + 1), "fp2");
            }
            w.commit();
        }
        directory = FSDirectory.open(dir);
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
        hailong = TextQueries.parse(
                VietnameseAnalyzer.forQueries(SearchSynonyms.load(ModelData.packaged())), IndexFields.TEXT, "hai long");
    }

    @AfterAll
    void close() throws IOException {
        reader.close();
        directory.close();
    }

    private static TestPlans.WithText base(int i) {
        return TestPlans.commune(
                String.format("p-%03d", i),
                String.format("Xã %03d", i),
                "Đông Sơn",
                PROVINCES[i % PROVINCES.length],
                2021,
                90,
                "Mức độ hài lòng của người dân");
    }

    private static String text(int i) {
        return base(i).text();
    }

    /** Plan {@code i}: its place sorts by {@code i}; its targets repeat three wordings, so scores tie in many. */
    private static Plan plan(int i) {
        Plan p = base(i).plan();
        Target t = p.targets().getFirst();
        List<Target> targets = new ArrayList<>();
        for (int k = 0; k < TARGETS_PER_PLAN; k++) {
            String text = WORDINGS[(k + i) % WORDINGS.length];
            targets.add(new Target(
                    "t" + k,
                    t.sectionId(),
                    t.pillar(),
                    text,
                    null,
                    k,
                    t.unit(),
                    t.comparator(),
                    t.deadline(),
                    t.start(),
                    t.end()));
        }
        return TestPlans.withTargets(p, targets);
    }

    @Test
    void everySegment_holdsItsDocumentsInRowOrder_eachPlanBlockWholeWithItsPlanRecordFirst() throws IOException {
        assertTrue(reader.leaves().size() > 1, "several segments");
        assertTrue(TopHitsInRowOrder.applies(reader));
        StoredFields stored = reader.storedFields();
        for (LeafReaderContext ctx : reader.leaves()) {
            SortedDocValues order = ctx.reader().getSortedDocValues(IndexFields.ORDER);
            BytesRef previous = null;
            String plan = null;
            Bits live = ctx.reader().getLiveDocs();
            for (int d = 0; d < ctx.reader().maxDoc(); d++) {
                // a replaced plan's block stays in its segment, deleted, until a merge drops it
                if (live != null && !live.get(d)) continue;
                assertTrue(order.advanceExact(d));
                BytesRef key = BytesRef.deepCopyOf(order.lookupOrd(order.ordValue()));
                if (previous != null) assertTrue(previous.compareTo(key) < 0, "row order at " + d);
                previous = key;
                var doc = stored.document(ctx.docBase + d);
                if (!doc.get(IndexFields.PLAN_ID).equals(plan)) {
                    assertEquals(RecordKind.PLAN.code(), doc.get(IndexFields.KIND), "a block starts with its plan");
                    plan = doc.get(IndexFields.PLAN_ID);
                }
            }
        }
    }

    @Test
    void topHits_rankAsLucenesSortByScoreThenRowOrder_whateverIsCountedOrSkipped() throws IOException {
        int matching = searcher.count(hailong);
        assertTrue(matching > RecordIndex.EXACT_TOTAL_UP_TO, "more matches than are counted exactly");
        Sort byScoreThenRow = new Sort(SortField.FIELD_SCORE, new SortField(IndexFields.ORDER, SortField.Type.STRING));
        for (int hits : new int[] {1, 20, 137}) {
            TopDocs expected =
                    searcher.search(hailong, new TopFieldCollectorManager(byScoreThenRow, hits, Integer.MAX_VALUE));
            TopFieldCollector.populateScores(expected.scoreDocs, searcher, hailong);
            for (int countUpTo : new int[] {hits, RecordIndex.EXACT_TOTAL_UP_TO, Integer.MAX_VALUE}) {
                TopDocs got = searcher.search(hailong, new TopHitsInRowOrder(reader, hits, countUpTo));
                String what = hits + " hits, counted up to " + countUpTo;
                assertArrayEquals(docs(expected), docs(got), what);
                assertArrayEquals(scores(expected), scores(got), what);
                if (countUpTo == Integer.MAX_VALUE) {
                    assertEquals(new TotalHits(matching, TotalHits.Relation.EQUAL_TO), got.totalHits, what);
                } else {
                    assertEquals(TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO, got.totalHits.relation(), what);
                    assertTrue(got.totalHits.value() >= countUpTo, what);
                }
            }
        }
    }

    @Test
    void aPageWithoutTotal_skipsMostMatches() throws IOException {
        TopDocs got = searcher.search(hailong, new TopHitsInRowOrder(reader, 20, 20));
        assertTrue(
                got.totalHits.value() < searcher.count(hailong) / 2,
                "visited " + got.totalHits.value() + " of " + searcher.count(hailong));
    }

    private static int[] docs(TopDocs top) {
        return Arrays.stream(top.scoreDocs).mapToInt(h -> h.doc).toArray();
    }

    private static float[] scores(TopDocs top) {
        float[] out = new float[top.scoreDocs.length];
        for (int i = 0; i < out.length; i++) out[i] = top.scoreDocs[i].score;
        return out;
    }
}
