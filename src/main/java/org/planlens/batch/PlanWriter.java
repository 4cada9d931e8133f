package org.planlens.batch;

import org.planlens.pipeline.IngestOutcome;
import org.planlens.pipeline.PlanStore;
import org.planlens.pipeline.RunLedger;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ItemWriter;

/** Writes a chunk's plans to the exports and the index, then commits the index once for the chunk. */
public final class PlanWriter implements ItemWriter<IngestOutcome> {
    private final PlanStore store;
    private final RunLedger ledger;

    public PlanWriter(PlanStore store, RunLedger ledger) {
        this.store = store;
        this.ledger = ledger;
    }

    @Override
    public void write(Chunk<? extends IngestOutcome> chunk) throws Exception {
        for (IngestOutcome outcome : chunk) {
            if (outcome.unchanged()) {
                ledger.unchanged(outcome.planId());
            } else {
                store.write(outcome.plan(), outcome.text(), outcome.json());
                ledger.exported(outcome.planId());
            }
        }
        store.commit();
    }
}
