package org.planlens.index;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The plan columns an open index keeps between queries, at most {@code capacity} plans, the least recently used
 * dropped first: listings that touch tens of thousands of plans leave the heap as it was, and the plans of the
 * pages people look at stay read.
 */
final class KeptPlans {
    private final Map<String, RowInfo> plans;

    KeptPlans(int capacity) {
        if (capacity < 1) throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        this.plans = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, RowInfo> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The kept columns of {@code planId}, or null. */
    synchronized RowInfo get(String planId) {
        return plans.get(planId);
    }

    synchronized void put(RowInfo plan) {
        plans.put(plan.planId(), plan);
    }

    synchronized int size() {
        return plans.size();
    }
}
