package org.planlens.export;

/** Output formats of the query commands. */
public enum RowFormat {
    TABLE,
    JSON,
    CSV
}
