package org.planlens.pipeline;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.planlens.export.PlanFileWriter;
import org.planlens.index.IndexLocation;
import org.planlens.index.PlanIndex;
import org.planlens.model.Plan;
import org.planlens.rules.ModelData;

/**
 * Where finished plans go: the export files, then the index. Writing the same plan twice replaces it in both,
 * so a chunk redone after a crash leaves no duplicate.
 */
public final class PlanStore implements Closeable {
    /**
     * Documents written between two index commits (the job's chunk). Each commit flushes small segments, merged
     * later, so fewer commits index faster; at 32 a partition (n / 4 threads) is most often one chunk. Measured in
     * {@code bench/results-*.txt}.
     */
    public static final int DOCUMENTS_PER_COMMIT = 32;

    private final PlanFileWriter files;
    private final PlanIndex index;
    private final String fingerprint;
    private final SourcePlans sources;
    /** Plans superseded since the last commit, whose files go once the index no longer holds them. */
    private final List<String> superseded = new ArrayList<>();
    /** Writes share it; a commit takes it alone, so everything written before a commit is in it. */
    private final ReadWriteLock commitLock = new ReentrantReadWriteLock();

    public PlanStore(Path outDir, IndexLocation location, String fingerprint, ModelData models) throws IOException {
        this.files = new PlanFileWriter(outDir);
        this.index = location.openWriter(models);
        this.fingerprint = fingerprint;
        this.sources = SourcePlans.load(outDir.resolve("sources.jsonl"));
    }

    public Map<String, String> indexedFingerprints() {
        try {
            return index.fingerprints();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index", e);
        }
    }

    /** Whether the plan's export is whole: its text beside a JSON that parses as this plan's. */
    public boolean hasFiles(String planId) {
        return files.intact(planId);
    }

    /** The plan's JSON export, as {@link #write} writes it. */
    public byte[] render(Plan plan) {
        return files.render(plan);
    }

    /**
     * Writes the plan made from {@code source}; the plan that source made before, when it is superseded (its file
     * now holds other bytes, and no other source the old ones): deleted from the index now, its files after the
     * next commit.
     */
    public Optional<String> write(Plan plan, String text, byte[] json, String source) throws IOException {
        commitLock.readLock().lock();
        try {
            files.write(plan.id(), text, json);
            index.replace(plan, text, fingerprint);
            return supersede(source, plan.id());
        } finally {
            commitLock.readLock().unlock();
        }
    }

    /** Records that {@code source} still gives {@code planId}, unchanged; the plan it superseded, as write does. */
    public Optional<String> unchanged(String source, String planId) throws IOException {
        commitLock.readLock().lock();
        try {
            return supersede(source, planId);
        } finally {
            commitLock.readLock().unlock();
        }
    }

    private Optional<String> supersede(String source, String planId) throws IOException {
        Optional<String> old = sources.claim(source, planId);
        if (old.isPresent()) {
            index.delete(old.get());
            synchronized (superseded) {
                superseded.add(old.get());
            }
        }
        return old;
    }

    public void commit() throws IOException {
        commitLock.writeLock().lock();
        try {
            index.commit();
            synchronized (superseded) {
                for (String id : superseded) {
                    files.delete(id);
                }
                superseded.clear();
            }
            sources.flush();
        } finally {
            commitLock.writeLock().unlock();
        }
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
