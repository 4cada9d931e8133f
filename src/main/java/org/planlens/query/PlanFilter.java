package org.planlens.query;

import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.planlens.index.IndexFields;
import org.planlens.model.AdminLevel;
import org.planlens.model.DocumentType;
import org.planlens.rules.Fold;

/**
 * Which plans a query looks at; every part is optional and they combine with AND. Places match ignoring accents
 * and case. Years are about the plan's period (a plan without a printed period covers its issue year):
 * {@code year} keeps plans whose period contains it, {@code from}/{@code to} keep plans whose period overlaps
 * {@code [from, to]}.
 */
public record PlanFilter(
        String level,
        String province,
        String district,
        String commune,
        Integer year,
        Integer from,
        Integer to,
        String documentType) {
    public static final PlanFilter NONE = new PlanFilter(null, null, null, null, null, null, null, null);

    public PlanFilter {
        if (level != null) AdminLevel.fromCode(level);
        if (documentType != null) DocumentType.fromCode(documentType);
        if (from != null && to != null && from > to) {
            throw new IllegalArgumentException("--from " + from + " is after --to " + to);
        }
    }

    /** Adds this filter's clauses to {@code b} as non-scoring filters. */
    public void addTo(BooleanQuery.Builder b) {
        keyword(b, IndexFields.LEVEL, level);
        keyword(b, IndexFields.DOCUMENT_TYPE, documentType);
        keyword(b, IndexFields.PROVINCE_KEY, province == null ? null : Fold.key(province));
        keyword(b, IndexFields.DISTRICT_KEY, district == null ? null : Fold.key(district));
        keyword(b, IndexFields.COMMUNE_KEY, commune == null ? null : Fold.key(commune));
        if (year != null) {
            b.add(IntPoint.newRangeQuery(IndexFields.PERIOD_FROM, Integer.MIN_VALUE, year), BooleanClause.Occur.FILTER);
            b.add(IntPoint.newRangeQuery(IndexFields.PERIOD_TO, year, Integer.MAX_VALUE), BooleanClause.Occur.FILTER);
        }
        if (from != null) {
            b.add(IntPoint.newRangeQuery(IndexFields.PERIOD_TO, from, Integer.MAX_VALUE), BooleanClause.Occur.FILTER);
        }
        if (to != null) {
            b.add(IntPoint.newRangeQuery(IndexFields.PERIOD_FROM, Integer.MIN_VALUE, to), BooleanClause.Occur.FILTER);
        }
    }

    /** This filter alone, on records of {@code kind}. */
    public Query on(String kindCode) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        keyword(b, IndexFields.KIND, kindCode);
        addTo(b);
        return b.build();
    }

    static void keyword(BooleanQuery.Builder b, String field, String value) {
        if (value != null && !value.isBlank()) {
            b.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
        }
    }
}
