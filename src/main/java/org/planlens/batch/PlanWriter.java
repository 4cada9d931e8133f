package org.planlens.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.planlens.export.Printable;
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
        List<Runnable> outcomes = new ArrayList<>();
        for (IngestOutcome outcome : chunk) {
            String file = outcome.input().location();
            Optional<String> superseded;
            if (outcome.unchanged()) {
                superseded = store.unchanged(file, outcome.planId());
                outcomes.add(() -> {
                    ledger.unchanged(file, outcome.planId());
                    PartitionTally.unchanged(file, outcome.planId());
                });
            } else {
                superseded = store.write(outcome.plan(), outcome.text(), outcome.json(), file);
                // the same plan from another file of this run counts as unchanged (the ledger tells)
                outcomes.add(() -> {
                    ledger.exported(file, outcome.planId());
                    PartitionTally.exported(file, outcome.planId());
                });
            }
            superseded.ifPresent(old -> outcomes.add(() -> {
                ledger.superseded(file, old, outcome.planId());
                PartitionTally.superseded(file, old, outcome.planId());
                System.out.println(
                        "[ingest] " + Printable.of(file) + " changed: " + old + " superseded by " + outcome.planId());
            }));
        }
        store.commit();
        // recorded once the chunk is in the index: a chunk redone after a crash records them again, last one counts
        outcomes.forEach(Runnable::run);
    }
}
