package org.planlens.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** What happened to each document of one run, counted as workers report it. Thread-safe. */
public final class RunLedger {
    public record Failure(String file, String reason) {}

    private final AtomicInteger exported = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private final List<Failure> failed = new ArrayList<>();
    private final List<Failure> skipped = new ArrayList<>();
    private final Set<String> planIds = ConcurrentHashMap.newKeySet();

    /** Records a written plan; false when this run already wrote the same plan from another file. */
    public boolean exported(String planId) {
        if (planIds.add(planId)) {
            exported.incrementAndGet();
            return true;
        }
        unchanged.incrementAndGet();
        return false;
    }

    /** Adds counts made elsewhere (a worker JVM's partitions). */
    public void counted(int exportedPlans, int unchangedPlans) {
        exported.addAndGet(exportedPlans);
        unchanged.addAndGet(unchangedPlans);
    }

    public void unchanged(String planId) {
        planIds.add(planId);
        unchanged.incrementAndGet();
    }

    public synchronized void failed(String file, String reason) {
        failed.add(new Failure(file, reason));
    }

    public synchronized void skipped(String file, String reason) {
        skipped.add(new Failure(file, reason));
    }

    public int exportedCount() {
        return exported.get();
    }

    public int unchangedCount() {
        return unchanged.get();
    }

    public synchronized List<Failure> failures() {
        return List.copyOf(failed);
    }

    public synchronized List<Failure> skips() {
        return List.copyOf(skipped);
    }
}
