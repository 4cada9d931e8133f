package org.planlens.batch;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.planlens.pipeline.DocumentProcessor;
import org.planlens.pipeline.PlanStore;
import org.planlens.pipeline.ProgressReporter;
import org.planlens.pipeline.RunLedger;

/**
 * What {@link IngestJobRunner} hands the job's configuration for one run, its only bean from outside: the run's
 * ledger and progress, the job repository's pool, and the pipeline being built on another thread (the beans that
 * need it wait for it only when the worker step is made).
 */
record IngestRun(
        RunLedger ledger, ProgressReporter progress, DataSource database, CompletableFuture<Pipeline> pipeline) {

    /** The store and processor shared by all workers, closed by the runner after the job (processor first). */
    record Pipeline(PlanStore store, DocumentProcessor processor) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            try {
                processor.close();
            } finally {
                store.close();
            }
        }
    }
}
