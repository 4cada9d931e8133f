package org.planlens.query;

import java.util.List;
import org.planlens.index.RecordIndex;
import org.planlens.index.RecordPage;

/**
 * Rows {@code offset + 1} to {@code offset + rows.size()} of a listing, and how many rows it has in all: exactly,
 * or when not {@code exact} at least that many (the index stopped counting, {@link RecordIndex#EXACT_TOTAL_UP_TO}).
 */
public record Page<R>(List<R> rows, int offset, long total, boolean exact) {
    public Page {
        rows = List.copyOf(rows);
    }

    /** A page whose total is exact. */
    public Page(List<R> rows, int offset, long total) {
        this(rows, offset, total, true);
    }

    /** The rows of a page of index records, with its total. */
    static <R> Page<R> of(List<R> rows, int offset, RecordPage<?> page) {
        return new Page<>(rows, offset, page.total(), page.exact());
    }

    /**
     * Rows {@code offset + 1} to {@code offset + limit} of {@code all}.
     *
     * @throws IllegalArgumentException when {@code offset} is negative or {@code limit} below 1
     */
    public static <R> Page<R> slice(List<R> all, int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("a page starts at 0 or later and holds at least one row");
        }
        int from = Math.min(offset, all.size());
        return new Page<>(all.subList(from, (int) Math.min(all.size(), (long) from + limit)), offset, all.size());
    }
}
