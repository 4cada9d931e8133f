package org.planlens.batch;

import org.planlens.pipeline.IngestOutcome;
import org.planlens.pipeline.PlanStore;
import org.planlens.pipeline.RunLedger;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ItemWriter;

/**
 * Writes a chunk's plans to the exports and the index, then commits the index once for the chunk; counts them in the
 * run's ledger and in the partition's step context (for a manager whose partitions ran in other JVMs).
 */
public final class PlanWriter implements ItemWriter<IngestOutcome> {
    private final PlanStore store;
    private final RunLedger ledger;

    public PlanWriter(PlanStore store, RunLedger ledger) {
        this.store = store;
        this.ledger = ledger;
    }

    @Override
    public void write(Chunk<? extends IngestOutcome> chunk) throws Exception {
        int exported = 0;
        int unchanged = 0;
        for (IngestOutcome outcome : chunk) {
            if (outcome.unchanged()) {
                ledger.unchanged(outcome.planId());
                unchanged++;
            } else {
                store.write(outcome.plan(), outcome.text());
                // the same plan from another file of this run counts as unchanged
                if (ledger.exported(outcome.planId())) {
                    exported++;
                } else {
                    unchanged++;
                }
            }
        }
        store.commit();
        PartitionTally.add(PartitionTally.EXPORTED, exported);
        PartitionTally.add(PartitionTally.UNCHANGED, unchanged);
    }
}
