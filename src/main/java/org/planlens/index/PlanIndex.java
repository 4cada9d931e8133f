package org.planlens.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.Map;
import org.planlens.model.Plan;

/**
 * The index as ingest writes it, whatever holds it: a plan and all its parts are replaced together by plan id, so
 * re-ingesting never duplicates, and a plan is never left half written. Thread-safe. Opened by
 * {@link IndexLocation#openWriter}.
 */
public interface PlanIndex extends Closeable {
    /** Plan id to the pipeline fingerprint it was indexed with, for every plan fully written. */
    Map<String, String> fingerprints() throws IOException;

    /**
     * Replaces everything indexed for this plan at the next {@link #commit()}. {@code text} is the plan's normalised
     * text (the offsets of its sections point into it); null indexes headings only.
     */
    void replace(Plan plan, String text, String fingerprint) throws IOException;

    /** Deletes everything indexed for this plan (a plan superseded by its corrected file), at the next commit. */
    void delete(String planId) throws IOException;

    /** Makes every plan replaced so far durable and visible to queries, all of a plan's records together. */
    void commit() throws IOException;
}
