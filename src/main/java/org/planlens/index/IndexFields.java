package org.planlens.index;

/** Names of the index fields, shared by the writer and the searcher. */
public final class IndexFields {
    /** Which kind of record a Lucene document is: plan, section, target, reference, agency, task. */
    public static final String KIND = "kind";
    /** The plan a record belongs to; the replace-by key. */
    public static final String PLAN_ID = "planId";
    /** Pipeline fingerprint a plan was made with (plan documents only). */
    public static final String FINGERPRINT = "fingerprint";
    /** Full text, analysed for accent-insensitive search. */
    public static final String TEXT = "text";
    /** The record as JSON, stored to rebuild result rows without reading the export files. */
    public static final String JSON = "json";

    private IndexFields() {
    }
}
