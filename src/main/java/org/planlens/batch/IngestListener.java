package org.planlens.batch;

import org.planlens.export.Printable;
import org.planlens.input.InputDocument;
import org.planlens.model.UnreadableDocumentException;
import org.planlens.pipeline.IngestOutcome;
import org.planlens.pipeline.PipelineFailureException;
import org.planlens.pipeline.ProgressReporter;
import org.planlens.pipeline.RunLedger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ItemProcessListener;
import org.springframework.batch.core.SkipListener;

/**
 * Counts every document done for the progress line, records each skipped one with its reason, and prints a failure
 * of planlens itself with its stack trace.
 */
public final class IngestListener
        implements SkipListener<InputDocument, IngestOutcome>, ItemProcessListener<InputDocument, IngestOutcome> {
    private static final Logger LOG = LoggerFactory.getLogger(IngestListener.class);

    private final RunLedger ledger;
    private final ProgressReporter progress;

    public IngestListener(RunLedger ledger, ProgressReporter progress) {
        this.ledger = ledger;
        this.progress = progress;
    }

    @Override
    public void afterProcess(InputDocument item, IngestOutcome result) {
        progress.documentDone();
    }

    /** A failure of planlens itself is not skipped: the run fails, and the file and the stack trace are printed. */
    @Override
    public void onProcessError(InputDocument item, Exception e) {
        if (e instanceof PipelineFailureException) {
            LOG.error("{}", e.getMessage(), e);
        }
    }

    @Override
    public void onSkipInProcess(InputDocument item, Throwable t) {
        String reason = t instanceof UnreadableDocumentException u ? u.reason() : String.valueOf(t);
        ledger.failed(item.location(), reason);
        PartitionTally.failed(item.location(), reason);
        System.err.println("[ingest] FAILED " + Printable.of(item.location()) + ": " + Printable.of(reason));
        if (!(t instanceof UnreadableDocumentException) || t.getCause() instanceof RuntimeException) {
            LOG.debug("failure detail for {}", item.location(), t);
        }
        progress.documentDone();
    }
}
