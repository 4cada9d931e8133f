package org.planlens.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BytesRef;

/**
 * The best hits by score, ties in row order, from an index whose segments are sorted in row order
 * ({@link #applies}): within a segment a tie goes to the lower document number, so once a segment has its page's
 * worth of hits and enough hits are counted, the scorer may skip every document that cannot score higher than the
 * page's last (Lucene's block-max skipping), as a plain top-by-score search does. A tie across segments is decided by
 * the row-order key, read for the few hits each segment keeps; so a later segment is told to skip only what scores
 * below the best hits found so far, never a tie.
 */
final class TopHitsInRowOrder implements CollectorManager<TopHitsInRowOrder.Hits, TopDocs> {
    /** Worst first: the lower score, then the later document. */
    private static final Comparator<ScoreDoc> WORST_FIRST =
            Comparator.<ScoreDoc>comparingDouble(h -> h.score).thenComparing(h -> -h.doc);

    private final IndexReader reader;
    private final int hits;
    private final int countUpTo;

    /**
     * The best {@code hits} hits; every match counted up to {@code countUpTo} (then the total is a lower bound and
     * what cannot reach the page is skipped; {@link Integer#MAX_VALUE}: every match counted, none skipped).
     */
    TopHitsInRowOrder(IndexReader reader, int hits, int countUpTo) {
        if (hits < 1) throw new IllegalArgumentException("at least one hit");
        this.reader = reader;
        this.hits = hits;
        this.countUpTo = countUpTo;
    }

    /** Whether every segment of {@code reader} is sorted in row order (an index made before is not). */
    static boolean applies(IndexReader reader) {
        if (reader.leaves().isEmpty()) return false;
        for (LeafReaderContext ctx : reader.leaves()) {
            if (!IndexFields.rowOrder().equals(ctx.reader().getMetaData().sort())) return false;
        }
        return true;
    }

    @Override
    public Hits newCollector() {
        return new Hits();
    }

    @Override
    public TopDocs reduce(Collection<Hits> collectors) throws IOException {
        List<ScoreDoc> candidates = new ArrayList<>();
        long total = 0;
        boolean skipped = false;
        for (Hits h : collectors) {
            for (PriorityQueue<ScoreDoc> leaf : h.leaves) candidates.addAll(leaf);
            total += h.total;
            skipped |= h.skipped;
        }
        BytesRef[] keys = orderKeys(candidates);
        Integer[] best = new Integer[candidates.size()];
        for (int i = 0; i < best.length; i++) best[i] = i;
        java.util.Arrays.sort(best, (a, b) -> {
            int byScore = Float.compare(candidates.get(b).score, candidates.get(a).score);
            return byScore != 0 ? byScore : keys[a].compareTo(keys[b]);
        });
        ScoreDoc[] top = new ScoreDoc[Math.min(hits, best.length)];
        for (int i = 0; i < top.length; i++) top[i] = candidates.get(best[i]);
        return new TopDocs(
                new TotalHits(
                        total, skipped ? TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO : TotalHits.Relation.EQUAL_TO),
                top);
    }

    /** The row-order key of each hit (global document numbers), by hit. */
    private BytesRef[] orderKeys(List<ScoreDoc> docs) throws IOException {
        BytesRef[] keys = new BytesRef[docs.size()];
        Integer[] byDoc = new Integer[docs.size()];
        for (int i = 0; i < byDoc.length; i++) byDoc[i] = i;
        java.util.Arrays.sort(byDoc, Comparator.comparingInt(i -> docs.get(i).doc));
        List<LeafReaderContext> leaves = reader.leaves();
        int leaf = -1;
        SortedDocValues order = null;
        for (int i : byDoc) {
            int doc = docs.get(i).doc;
            int l = ReaderUtil.subIndex(doc, leaves);
            if (l != leaf) {
                leaf = l;
                order = leaves.get(l).reader().getSortedDocValues(IndexFields.ORDER);
            }
            int local = doc - leaves.get(l).docBase;
            if (order == null || !order.advanceExact(local)) {
                throw new IllegalStateException("index record " + doc + " has no row-order key");
            }
            keys[i] = BytesRef.deepCopyOf(order.lookupOrd(order.ordValue()));
        }
        return keys;
    }

    /** One collector's hits: the best of each segment it saw, and how many matches it counted. */
    final class Hits implements Collector {
        final List<PriorityQueue<ScoreDoc>> leaves = new ArrayList<>();
        /** The best scores met in any segment, worst first: a later segment need not look below the worst. */
        private final PriorityQueue<Float> bestScores = new PriorityQueue<>();

        long total;
        boolean skipped;

        @Override
        public ScoreMode scoreMode() {
            return countUpTo == Integer.MAX_VALUE ? ScoreMode.COMPLETE : ScoreMode.TOP_SCORES;
        }

        private void best(float score) {
            if (bestScores.size() < hits) {
                bestScores.add(score);
            } else if (score > bestScores.peek()) {
                bestScores.poll();
                bestScores.add(score);
            }
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext ctx) {
            PriorityQueue<ScoreDoc> leaf = new PriorityQueue<>(hits, WORST_FIRST);
            leaves.add(leaf);
            int base = ctx.docBase;
            return new LeafCollector() {
                private Scorable scorer;
                private float minScore = Float.NEGATIVE_INFINITY;

                @Override
                public void setScorer(Scorable scorer) throws IOException {
                    this.scorer = scorer;
                    minScore = Float.NEGATIVE_INFINITY;
                    skipBelow();
                }

                @Override
                public void collect(int doc) throws IOException {
                    total++;
                    float score = scorer.score();
                    if (leaf.size() < hits) {
                        leaf.add(new ScoreDoc(base + doc, score));
                        best(score);
                    } else if (score > leaf.peek().score) {
                        // a tie with this segment's worst kept hit loses: it comes later in row order
                        ScoreDoc worst = leaf.poll();
                        worst.doc = base + doc;
                        worst.score = score;
                        leaf.add(worst);
                        best(score);
                    }
                    skipBelow();
                }

                /**
                 * Once enough matches are counted: what cannot beat this segment's worst kept hit (a tie comes later
                 * here), nor tie the worst of the best hits of all segments (a tie there may come first in row order).
                 */
                private void skipBelow() throws IOException {
                    if (total < countUpTo) return;
                    float min = bestScores.size() < hits ? Float.NEGATIVE_INFINITY : bestScores.peek();
                    if (leaf.size() == hits) min = Math.max(min, Math.nextUp(leaf.peek().score));
                    if (min > minScore) {
                        scorer.setMinCompetitiveScore(min);
                        minScore = min;
                        skipped = true;
                    }
                }
            };
        }
    }
}
