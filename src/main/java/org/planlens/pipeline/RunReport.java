package org.planlens.pipeline;

import java.util.List;

/**
 * The record of one ingest run, written to {@code runs/<run>.json}.
 *
 * @param seen       documents found under the inputs, and inputs that could not be scanned (skipped files not
 *                   included): {@code seen = exported + unchanged + failed}, a restarted run's documents done
 *                   before it stopped included
 * @param exported   plans written (new or changed)
 * @param unchanged  documents whose plan was already current, or copies of another document of the run
 * @param failed     documents that could not be read, and inputs that could not be scanned, each with the reason
 * @param skipped    files found but not read as plans (other formats, links out of the inputs), with the reason
 * @param duplicates documents with the same bytes as another of the run, counted unchanged: the file whose name
 *                   the plan keeps ({@code sameAs})
 * @param superseded plans deleted because their file (or archive entry) now holds other bytes, and the plan that
 *                   replaces each ({@code by})
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
        List<RunLedger.Duplicate> duplicates,
        List<RunLedger.Superseded> superseded,
        double documentsPerSecond) {
    public RunReport {
        inputs = List.copyOf(inputs);
        failed = List.copyOf(failed);
        skipped = List.copyOf(skipped);
        duplicates = List.copyOf(duplicates);
        superseded = List.copyOf(superseded);
    }

    public String summaryLine() {
        return String.format(
                "[ingest] %s: %d seen, %d exported, %d unchanged, %d failed, %d skipped in %.1f s",
                status, seen, exported, unchanged, failed.size(), skipped.size(), seconds);
    }
}
