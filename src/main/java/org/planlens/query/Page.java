package org.planlens.query;

import java.util.List;

/** Rows {@code offset + 1} to {@code offset + rows.size()} of a listing, and how many rows it has in all. */
public record Page<R>(List<R> rows, int offset, long total) {
    public Page {
        rows = List.copyOf(rows);
    }
}
