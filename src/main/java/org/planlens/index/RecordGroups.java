package org.planlens.index;

import java.util.List;

/** The records a question selects, grouped by a key ({@link RecordIndex#group}), the groups in no order. */
public record RecordGroups(List<Group> groups) {
    public RecordGroups {
        groups = List.copyOf(groups);
    }

    /**
     * One key's records: the first in row order, how many there are, the sum of their {@link RowInfo#mentions}
     * (none: 0), and the plans holding them, in row order.
     */
    public record Group(String key, IndexedRecord first, int records, long mentions, List<PlanFile> plans) {
        public Group {
            plans = List.copyOf(plans);
        }
    }

    /** A plan by its id and the file it was read from ({@link RowInfo#planId}, {@link RowInfo#file}). */
    public record PlanFile(String planId, String file) {}
}
