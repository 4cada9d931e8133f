package org.planlens.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.planlens.model.Plan;

/**
 * The Lucene index on disk, written plan by plan. A plan and all its parts (sections, targets, references,
 * agencies, tasks) are replaced together by plan id, so re-ingesting never duplicates. Thread-safe.
 */
public final class PlanIndexWriter implements PlanIndex {
    private final Directory directory;
    private final IndexWriter writer;
    private final PlanDocuments documents;

    private PlanIndexWriter(Path dir) throws IOException {
        this.documents = new PlanDocuments();
        this.directory = FSDirectory.open(dir);
        IndexWriterConfig config = new IndexWriterConfig(VietnameseAnalyzer.perField());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        if (sortable(directory)) {
            // Documents in row order: a listing's first page ends early, and a search's ties (same score) come in row
            // order by document number, so the search can skip what cannot beat its page (LuceneRecordIndex). A
            // plan's block moves as one, by its last document, whose key sorts with the plan's.
            config.setIndexSort(IndexFields.rowOrder());
            config.setParentField(IndexFields.PLAN_BLOCK);
        }
        config.setRAMBufferSizeMB(64);
        // A commit ends every chunk; Lucene's default lets it wait for merges of the small segments it has just
        // flushed, and the worker (and the other worker, behind the commit lock) sits idle meanwhile. Merges still
        // run, in the background, between commits.
        config.setMaxFullFlushMergeWaitMillis(0);
        // Every chunk's commit flushes small segments; with Lucene's 10 segments a tier the ingest merged them again
        // and again. 40 a tier merges an ingest's segments once or not at all, and queries stay fast
        // (bench/search.sh).
        TieredMergePolicy merges = new TieredMergePolicy();
        merges.setSegmentsPerTier(40);
        config.setMergePolicy(merges);
        this.writer = new IndexWriter(directory, config);
        this.writer.commit();
    }

    /**
     * Whether the index in {@code directory} is new, empty or sorted in row order already: an index made before (its
     * segments unsorted) keeps its order, as Lucene cannot sort it in place; an ingest into a new folder sorts it.
     */
    private static boolean sortable(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) return true;
        SegmentInfos infos = SegmentInfos.readLatestCommit(directory);
        for (SegmentCommitInfo segment : infos) {
            if (segment.info.getIndexSort() == null) return false;
        }
        return true;
    }

    public static PlanIndexWriter open(Path dir) throws IOException {
        return new PlanIndexWriter(dir);
    }

    /** Plan id to the pipeline fingerprint it was indexed with, as of the last commit. */
    @Override
    public Map<String, String> fingerprints() throws IOException {
        Map<String, String> out = new HashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(
                            new TermQuery(new Term(IndexFields.KIND, "plan")), Math.max(1, reader.maxDoc()))
                    .scoreDocs) {
                Document d = stored.document(hit.doc);
                out.put(d.get(IndexFields.PLAN_ID), d.get(IndexFields.FINGERPRINT));
            }
        }
        return out;
    }

    /**
     * Replaces everything indexed for this plan, atomically. {@code text} is the plan's normalised text (the
     * offsets of its sections point into it), so section bodies become searchable; null indexes headings only.
     */
    @Override
    public void replace(Plan plan, String text, String fingerprint) throws IOException {
        List<Document> docs = documents.of(plan, text, fingerprint);
        writer.updateDocuments(new Term(IndexFields.PLAN_ID, plan.id()), docs);
    }

    @Override
    public void delete(String planId) throws IOException {
        writer.deleteDocuments(new Term(IndexFields.PLAN_ID, planId));
    }

    @Override
    public void commit() throws IOException {
        writer.commit();
    }

    @Override
    public void close() throws IOException {
        try {
            writer.close();
        } finally {
            directory.close();
        }
    }
}
