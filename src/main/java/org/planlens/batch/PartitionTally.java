package org.planlens.batch;

import java.util.ArrayList;
import java.util.List;
import org.planlens.pipeline.RunLedger;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.item.ExecutionContext;

/**
 * What a partition did, kept in its step's execution context (saved with each chunk), so a manager whose
 * partitions ran in worker JVMs reports the same counts and failures as a run in one JVM.
 */
final class PartitionTally {
    static final String EXPORTED = "planlens.exported";
    static final String UNCHANGED = "planlens.unchanged";
    private static final String FAILED = "planlens.failed";

    private PartitionTally() {}

    /** Adds to a count of the partition running on this thread (none outside a step: nothing to do). */
    static void add(String key, int n) {
        StepContext step = StepSynchronizationManager.getContext();
        if (step == null || n == 0) return;
        ExecutionContext ctx = step.getStepExecution().getExecutionContext();
        ctx.putInt(key, ctx.getInt(key, 0) + n);
    }

    /** Records a document that failed, with its reason, in the partition running on this thread. */
    static void failed(String file, String reason) {
        StepContext step = StepSynchronizationManager.getContext();
        if (step == null) return;
        ExecutionContext ctx = step.getStepExecution().getExecutionContext();
        @SuppressWarnings("unchecked")
        List<String> failures = new ArrayList<>((List<String>) ctx.get(FAILED, List.class, List.of()));
        failures.add(file);
        failures.add(reason);
        ctx.put(FAILED, failures);
    }

    /** The counts and failures of the worker steps of a job execution, into {@code ledger}. */
    static void collect(Iterable<StepExecution> steps, RunLedger ledger) {
        for (StepExecution step : steps) {
            if (!step.getStepName().startsWith(IngestJobConfig.WORKER_STEP + ":")) continue;
            ExecutionContext ctx = step.getExecutionContext();
            ledger.counted(ctx.getInt(EXPORTED, 0), ctx.getInt(UNCHANGED, 0));
            @SuppressWarnings("unchecked")
            List<String> failures = (List<String>) ctx.get(FAILED, List.class, List.of());
            for (int i = 0; i + 1 < failures.size(); i += 2) {
                ledger.failed(failures.get(i), failures.get(i + 1));
            }
        }
    }
}
