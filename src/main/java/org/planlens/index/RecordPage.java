package org.planlens.index;

import java.util.List;

/**
 * A stretch of an answer's records, {@code offset + 1} on, and how many records the whole answer holds ({@code -1}
 * when they were not counted): exactly, or when not {@code exact} at least that many (counting stopped at
 * {@link RecordIndex#EXACT_TOTAL_UP_TO}).
 */
public record RecordPage<T>(List<T> records, long total, boolean exact) {
    public RecordPage {
        records = List.copyOf(records);
    }

    /** A page whose total is exact. */
    public RecordPage(List<T> records, long total) {
        this(records, total, true);
    }
}
