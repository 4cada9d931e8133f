package org.planlens.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * The index as the query layer reads it, whatever holds it (the local Lucene folder or an OpenSearch cluster):
 * the same records, the same analysis and the same order from every implementation. Opened by
 * {@link IndexLocation#openReader}, or followed while ingests write it by {@link IndexLocation#openLive}.
 */
public interface RecordIndex extends Closeable {
    /**
     * Totals of pages are exact up to this many records; past it a page says "at least this many" (as a search
     * engine's tracked total hits), so a page of a large answer need not count every record.
     */
    int EXACT_TOTAL_UP_TO = 10_000;

    /** Every record matching {@code query}, in row order (place, year, plan, then the record's order in its plan). */
    List<IndexedRecord> find(RecordQuery query) throws IOException;

    /**
     * Records {@code offset + 1} to {@code offset + limit} of {@link #find(RecordQuery)}, and how many match in all
     * (exact up to {@link #EXACT_TOTAL_UP_TO}, else that lower bound).
     *
     * @throws IllegalArgumentException when {@code offset} is negative or {@code limit} below 1
     */
    RecordPage<IndexedRecord> find(RecordQuery query, int offset, int limit) throws IOException;

    /**
     * The records {@code query} selects, grouped by the value of the first of {@code keyFields} (keyword fields)
     * each holds, else by {@code keyOfRecord} applied to the record's JSON: per key, its first record in row order,
     * how many records, the sum of their row mentions and their plans' columns in row order. The local index reads
     * the fields' terms and the row values, and the JSON of only each group's first record and of the records
     * holding none of the fields.
     */
    RecordGroups group(RecordQuery query, List<String> keyFields, Function<byte[], String> keyOfRecord)
            throws IOException;

    /**
     * The records {@code query} selects by plan: plans {@code offset + 1} to {@code offset + limit} in row order, each
     * with its selected records in row order, and how many plans have any. The local index finds each record's plan
     * from its block of documents, and reads the page's records only.
     *
     * @throws IllegalArgumentException when {@code offset} is negative or {@code limit} below 1
     */
    RecordPage<List<IndexedRecord>> byPlan(RecordQuery query, int offset, int limit) throws IOException;

    /**
     * The best {@code limit} records matching {@code text} (Lucene's classic query syntax, words ANDed; accents
     * folded, records holding the words as spelled ranked higher) among those {@code filter} selects; ties in row
     * order.
     *
     * @throws IllegalArgumentException when {@code text} is not a valid query
     */
    default List<RankedRecord> search(String text, RecordQuery filter, int limit) throws IOException {
        return search(text, filter, 0, limit, false).records();
    }

    /**
     * Hits {@code offset + 1} to {@code offset + limit} of the ranking {@link #search(String, RecordQuery, int)}
     * makes; with {@code countAll}, also how many records match in all (exact up to {@link #EXACT_TOTAL_UP_TO},
     * else that lower bound; without, the total is {@code -1}); the backend may skip what cannot reach the page.
     *
     * @throws IllegalArgumentException when {@code text} is not a valid query
     */
    RecordPage<RankedRecord> search(String text, RecordQuery filter, int offset, int limit, boolean countAll)
            throws IOException;

    /** A page of ranked hits, with every hit counted, and the counts of all the hits ({@link #facets}). */
    record RankedPage(RecordPage<RankedRecord> page, List<FacetTally> facets) {}

    /**
     * {@link #search(String, RecordQuery, int, int, boolean)} with every hit counted and {@link #facets(String,
     * RecordQuery)} of the same question, in one pass over the hits where the backend can.
     */
    default RankedPage searchWithFacets(String text, RecordQuery filter, int offset, int limit) throws IOException {
        return new RankedPage(search(text, filter, offset, limit, true), facets(text, filter));
    }

    /** Counts by place (every level of the place tree), level, year and pillar of the records {@code query} selects. */
    default List<FacetTally> facets(RecordQuery query) throws IOException {
        return facets(null, query);
    }

    /**
     * Counts of the records matching {@code text} (as {@link #search} matches it; null: every record) among those
     * {@code filter} selects: by place (every level of the place tree), level, year, pillar
     * ({@link IndexFields#FACET_PLACE} … {@link IndexFields#FACET_PILLAR}), record kind
     * ({@link IndexFields#FACET_KIND}) and document type ({@link IndexFields#DOCUMENT_TYPE}), in no order.
     */
    List<FacetTally> facets(String text, RecordQuery filter) throws IOException;

    /** How many records the index holds, all kinds together. */
    long records() throws IOException;
}
