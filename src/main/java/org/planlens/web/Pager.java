package org.planlens.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Which rows of a listing a page shows, and the page links: the first, the last, and those around the current
 * one.
 */
public record Pager(int page, int size, long total) {
    /** One numbered link; {@code number} 0 stands for a gap (…). */
    public record Item(int number, boolean current) {}

    public Pager {
        if (size < 1) throw new IllegalArgumentException("page size must be at least 1");
    }

    /** The page, moved back to the last when it asks past the end. */
    static Pager of(int page, int size, long total) {
        int last = (int) Math.max(1, (total + size - 1) / size);
        return new Pager(Math.min(page, last), size, total);
    }

    public int offset() {
        return (page - 1) * size;
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public long first() {
        return total == 0 ? 0 : offset() + 1L;
    }

    public long last() {
        return Math.min(total, (long) offset() + size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    /** Rows {@code offset()} to {@code last()} of a list that holds them all. */
    <T> List<T> slice(List<T> all) {
        int from = Math.min(offset(), all.size());
        return all.subList(from, (int) Math.min(all.size(), last()));
    }

    public List<Item> items() {
        List<Item> items = new ArrayList<>();
        int n = pages();
        int prev = 0;
        for (int p = 1; p <= n; p++) {
            if (p == 1 || p == n || Math.abs(p - page) <= 2) {
                if (prev != 0 && p - prev > 1) items.add(new Item(0, false));
                items.add(new Item(p, p == page));
                prev = p;
            }
        }
        return items;
    }
}
