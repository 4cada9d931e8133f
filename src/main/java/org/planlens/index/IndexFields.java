package org.planlens.index;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

/**
 * Names of the index fields, shared by the writer and the searcher. How each field is indexed, and why, is
 * said where it is added ({@link PlanDocuments}).
 */
public final class IndexFields {
    /** Which kind of record a Lucene document is: plan, section, target, reference, agency, task. */
    public static final String KIND = "kind";
    /** The plan a record belongs to; the replace-by key. */
    public static final String PLAN_ID = "planId";
    /** Pipeline fingerprint a plan was made with (plan documents only). */
    public static final String FINGERPRINT = "fingerprint";
    /** Full text, analysed for accent-insensitive search. */
    public static final String TEXT = "text";
    /**
     * The same text, lower-cased but keeping its accents, so exact spellings rank first (words only, no positions).
     * Named apart from {@code textExact}, the positional field indexes once held: Lucene keeps a field's options for
     * the life of an index, so reusing the name would refuse every plan re-ingested into such an index.
     */
    public static final String TEXT_EXACT = "textExactWords";
    /** Doc values: the row's columns ({@link RowInfo} as JSON). */
    public static final String ROW = "row";
    /** Doc values: the record as JSON, read with {@link #ROW}, so rows need no export file. */
    public static final String ROW_RECORD = "rowRecord";
    /** Where records sort: place, plan, then the record's order in the plan. */
    public static final String ORDER = "order";
    /**
     * Marks the last document of each plan's block (Lucene's parent field): an index sorted by {@link #ORDER} moves
     * a plan's block as one, by its last document's key, so its documents stay together and in order.
     */
    public static final String PLAN_BLOCK = "planBlock";

    public static final String LEVEL = "level";
    /** Folded place names ({@link org.planlens.rules.Fold#key}), for filters that ignore accents and case. */
    public static final String COMMUNE_KEY = "communeKey";

    public static final String DISTRICT_KEY = "districtKey";
    public static final String PROVINCE_KEY = "provinceKey";
    public static final String YEAR = "year";
    public static final String PERIOD_FROM = "periodFrom";
    public static final String PERIOD_TO = "periodTo";
    public static final String DOCUMENT_TYPE = "documentType";

    public static final String PILLAR = "pillar";

    public static final String VALUE = "value";
    public static final String UNIT_KEY = "unitKey";
    public static final String COMPARATOR = "comparator";
    public static final String DEADLINE = "deadline";
    public static final String INDICATOR = "indicator";

    public static final String REF_NUMBER_KEY = "refNumberKey";
    public static final String REF_KEY = "refKey";
    public static final String REF_TYPE = "refType";
    public static final String REF_RELATION = "refRelation";
    /**
     * The cited document a reference is grouped under: its key, else its normalised number, else its type and name
     * folded ({@link ReferenceNumbers#groupKey}); every reference holds one.
     */
    public static final String REF_GROUP = "refGroup";
    /** Numeric doc values: how many mentions a reference has, summed by `references` without reading its row. */
    public static final String MENTIONS = "mentions";

    public static final String NAME = "name";
    public static final String ROLE = "role";

    /** Facet dimensions (doc-values facets: no side taxonomy index). */
    public static final String FACET_PLACE = "place";

    public static final String FACET_LEVEL = "level";
    public static final String FACET_YEAR = "year";
    public static final String FACET_PILLAR = "pillar";
    public static final String FACET_KIND = "kind";

    private IndexFields() {}

    /** Row order ({@link #ORDER}): how every listing sorts, and how an index made since sorts its documents. */
    public static Sort rowOrder() {
        return new Sort(new SortField(ORDER, SortField.Type.STRING));
    }

    /** The one facet configuration, used to index and to count. */
    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        // province / district / commune: counts per province, then drill into a province's districts
        config.setHierarchical(FACET_PLACE, true);
        // a plan counts once for every pillar its sections and targets touch
        config.setMultiValued(FACET_PILLAR, true);
        return config;
    }
}
