package org.planlens.pipeline;

import java.util.List;

/**
 * The record of one ingest run, written to {@code runs/<run>.json}.
 *
 * @param seen      documents found under the inputs (skipped files not included)
 * @param exported  plans written (new or changed)
 * @param unchanged documents whose plan was already current (or duplicates of another input)
 * @param failed    documents that could not be read, each with file and reason
 * @param skipped   files found but not read as plans (other formats), each with the reason
 */
public record RunReport(
        String run,
        RunStatus status,
        String startedAt,
        String finishedAt,
        double seconds,
        String restartOf,
        List<String> inputs,
        int seen,
        int exported,
        int unchanged,
        List<RunLedger.Failure> failed,
        List<RunLedger.Failure> skipped,
        double documentsPerSecond) {
    public RunReport {
        inputs = List.copyOf(inputs);
        failed = List.copyOf(failed);
        skipped = List.copyOf(skipped);
    }

    public String summaryLine() {
        return String.format(
                "[ingest] %s: %d seen, %d exported, %d unchanged, %d failed, %d skipped in %.1f s",
                status, seen, exported, unchanged, failed.size(), skipped.size(), seconds);
    }
}
