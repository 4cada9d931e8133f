package org.planlens.cli;

import picocli.CommandLine.Option;

/**
 * How much of a listing to print: a first page of rows by default (as the web and API page), {@code --offset} and
 * {@code --limit} to page on, {@code --all} for every row.
 */
public final class PageOptions {
    /** The rows a listing prints when no --limit is given. */
    public static final int DEFAULT_LIMIT = 50;

    @Option(
            names = "--limit",
            defaultValue = "" + DEFAULT_LIMIT,
            description = "Most rows printed (default: ${DEFAULT-VALUE}); the total is printed on standard error.")
    int limit;

    @Option(
            names = "--offset",
            defaultValue = "0",
            description = "Rows skipped before the first printed (default: ${DEFAULT-VALUE}): "
                    + "--offset 50 is the second page.")
    int offset;

    @Option(names = "--all", description = "Print every row instead of a page (`export` gives a whole table).")
    boolean all;

    /** Refuses values no page can have. */
    void check() {
        if (limit < 1) throw new IllegalArgumentException("--limit must be at least 1");
        if (offset < 0) throw new IllegalArgumentException("--offset must be 0 or more");
        if (all && offset != 0) throw new IllegalArgumentException("--all prints every row; it takes no --offset");
    }
}
