package org.planlens.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.planlens.pipeline.OutcomeStatus;
import org.planlens.pipeline.RunLedger;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.item.ExecutionContext;

/**
 * What a partition did, document by document, kept in its step's execution context (saved with each chunk), so a
 * manager whose partitions ran in worker JVMs records the same outcomes in its run ledger (and journal) as a run in
 * one JVM: written plans, unchanged ones, superseded plans and failures, in the order the worker recorded them.
 */
final class PartitionTally {
    private static final String OUTCOMES = "planlens.outcomes";

    private PartitionTally() {}

    /** A written plan from {@code file}, in the partition running on this thread (outside a step: nothing). */
    static void exported(String file, String planId) {
        add(OutcomeStatus.EXPORTED, file, planId, "");
    }

    static void unchanged(String file, String planId) {
        add(OutcomeStatus.UNCHANGED, file, planId, "");
    }

    /** The plan {@code file} gave before, {@code old}, superseded by {@code by}. */
    static void superseded(String file, String old, String by) {
        add(OutcomeStatus.SUPERSEDED, file, old, by);
    }

    /** A document that failed, with its reason. */
    static void failed(String file, String reason) {
        add(OutcomeStatus.FAILED, file, reason, "");
    }

    private static void add(OutcomeStatus what, String file, String a, String b) {
        StepContext step = StepSynchronizationManager.getContext();
        if (step == null) return;
        ExecutionContext ctx = step.getStepExecution().getExecutionContext();
        @SuppressWarnings("unchecked")
        List<String> outcomes = new ArrayList<>((List<String>) ctx.get(OUTCOMES, List.class, List.of()));
        outcomes.add(what.code());
        outcomes.add(file);
        outcomes.add(a);
        outcomes.add(b);
        ctx.put(OUTCOMES, outcomes);
    }

    /**
     * The outcomes of the worker steps of every execution of {@code done}'s job instance, oldest first, into
     * {@code ledger}: a restart's partitions come after those of the run it resumes, and a document's last outcome
     * counts.
     */
    static void collect(JobExplorer explorer, JobExecution done, RunLedger ledger) {
        List<JobExecution> executions = new ArrayList<>(explorer.getJobExecutions(done.getJobInstance()));
        executions.sort(Comparator.comparing(JobExecution::getId));
        for (JobExecution execution : executions) {
            JobExecution stored = explorer.getJobExecution(execution.getId());
            List<StepExecution> steps = new ArrayList<>(stored.getStepExecutions());
            steps.sort(Comparator.comparing(StepExecution::getId));
            collect(steps, ledger);
        }
    }

    /** The outcomes of the worker steps among {@code steps}, into {@code ledger}. */
    static void collect(Iterable<StepExecution> steps, RunLedger ledger) {
        for (StepExecution step : steps) {
            if (!step.getStepName().startsWith(IngestJobConfig.WORKER_STEP + ":")) continue;
            @SuppressWarnings("unchecked")
            List<String> o = (List<String>) step.getExecutionContext().get(OUTCOMES, List.class, List.of());
            for (int i = 0; i + 3 < o.size(); i += 4) {
                String file = o.get(i + 1);
                switch (OutcomeStatus.of(o.get(i))) {
                    case EXPORTED -> ledger.exported(file, o.get(i + 2));
                    case UNCHANGED -> ledger.unchanged(file, o.get(i + 2));
                    case SUPERSEDED -> ledger.superseded(file, o.get(i + 2), o.get(i + 3));
                    case FAILED -> ledger.failed(file, o.get(i + 2));
                }
            }
        }
    }
}
