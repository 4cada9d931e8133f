package org.planlens.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * The index as the query layer reads it, whatever holds it (the local Lucene folder or an OpenSearch cluster):
 * the same records, the same analysis and the same order from every implementation. Opened by
 * {@link IndexLocation#openReader}.
 */
public interface RecordIndex extends Closeable {
    /** Every record matching {@code query}, in row order (place, year, plan, then the record's order in its plan). */
    List<IndexedRecord> find(RecordQuery query) throws IOException;

    /**
     * The best {@code limit} records matching {@code text} (Lucene's classic query syntax, words ANDed; accents
     * folded, records holding the words as spelled ranked higher) among those {@code filter} selects; ties in row
     * order.
     *
     * @throws IllegalArgumentException when {@code text} is not a valid query
     */
    List<RankedRecord> search(String text, RecordQuery filter, int limit) throws IOException;

    /** Counts by place (every level of the place tree), level, year and pillar of the records {@code query} selects. */
    List<FacetTally> facets(RecordQuery query) throws IOException;

    /** How many records the index holds, all kinds together. */
    long records() throws IOException;
}
