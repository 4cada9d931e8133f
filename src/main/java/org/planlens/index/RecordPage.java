package org.planlens.index;

import java.util.List;

/**
 * A stretch of an answer's records, {@code offset + 1} on, and how many records the whole answer holds ({@code -1}
 * when they were not counted).
 */
public record RecordPage<T>(List<T> records, long total) {
    public RecordPage {
        records = List.copyOf(records);
    }
}
