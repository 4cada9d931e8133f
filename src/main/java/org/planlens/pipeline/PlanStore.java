package org.planlens.pipeline;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
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

    public PlanStore(Path outDir, IndexLocation location, String fingerprint, ModelData models) throws IOException {
        this.files = new PlanFileWriter(outDir);
        this.index = location.openWriter(models);
        this.fingerprint = fingerprint;
    }

    public Map<String, String> indexedFingerprints() {
        try {
            return index.fingerprints();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index", e);
        }
    }

    public boolean hasFiles(String planId) {
        return files.exists(planId);
    }

    public void write(Plan plan, String text) throws IOException {
        files.write(plan, text);
        index.replace(plan, text, fingerprint);
    }

    public void commit() throws IOException {
        index.commit();
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
