package org.planlens.query;

import java.util.List;

/** Rows {@code offset + 1} to {@code offset + rows.size()} of a listing, and how many rows it has in all. */
public record Page<R>(List<R> rows, int offset, long total) {
    public Page {
        rows = List.copyOf(rows);
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
