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
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.planlens.model.Plan;
import org.planlens.rules.ModelData;
import org.planlens.structure.PillarClassifier;

/**
 * The Lucene index on disk, written plan by plan. A plan and all its parts (sections, targets, references,
 * agencies, tasks) are replaced together by plan id, so re-ingesting never duplicates. Thread-safe.
 */
public final class PlanIndexWriter implements PlanIndex {
    private final Directory directory;
    private final IndexWriter writer;
    private final PlanDocuments documents;

    private PlanIndexWriter(Path dir, PillarClassifier pillars) throws IOException {
        this.documents = new PlanDocuments(pillars);
        this.directory = FSDirectory.open(dir);
        IndexWriterConfig config = new IndexWriterConfig(VietnameseAnalyzer.perField());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setRAMBufferSizeMB(64);
        // A commit ends every chunk; Lucene's default lets it wait up to 500 ms for merges of the small segments
        // it has just flushed, and the worker (and the other worker, behind the commit lock) sits idle meanwhile:
        // 1.2 s of worker time in a 600-PDF ingest. Merges still run, in the background, between commits.
        config.setMaxFullFlushMergeWaitMillis(0);
        // Every chunk's commit flushes small segments; with Lucene's 10 segments a tier the ingest spent about 5% of
        // its CPU merging them again and again. 40 a tier merges a 200-PDF ingest's segments once or not at all;
        // queries over 1k plans stay at 0.5-13 ms median (bench/search.sh).
        TieredMergePolicy merges = new TieredMergePolicy();
        merges.setSegmentsPerTier(40);
        config.setMergePolicy(merges);
        this.writer = new IndexWriter(directory, config);
        this.writer.commit();
    }

    /** An index writer with the packaged pillar keywords. */
    public static PlanIndexWriter open(Path dir) throws IOException {
        return open(dir, ModelData.packaged());
    }

    /** An index writer whose agency pillars are told with the pillar keywords of {@code models}. */
    public static PlanIndexWriter open(Path dir, ModelData models) throws IOException {
        return new PlanIndexWriter(dir, new PillarClassifier(models));
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
