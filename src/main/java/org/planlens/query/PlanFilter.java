package org.planlens.query;

import java.util.ArrayList;
import java.util.List;
import org.planlens.index.IndexFields;
import org.planlens.index.RecordKind;
import org.planlens.index.RecordQuery;
import org.planlens.index.RecordQuery.Condition;
import org.planlens.index.RecordQuery.IntRange;
import org.planlens.index.RecordQuery.Keyword;
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

    /** This filter's conditions, to add to a record query. */
    public List<Condition> conditions() {
        List<Condition> c = new ArrayList<>();
        keyword(c, IndexFields.LEVEL, level);
        keyword(c, IndexFields.DOCUMENT_TYPE, documentType);
        keyword(c, IndexFields.PROVINCE_KEY, province == null ? null : Fold.key(province));
        keyword(c, IndexFields.DISTRICT_KEY, district == null ? null : Fold.key(district));
        keyword(c, IndexFields.COMMUNE_KEY, commune == null ? null : Fold.key(commune));
        if (year != null) {
            c.add(new IntRange(IndexFields.PERIOD_FROM, Integer.MIN_VALUE, year));
            c.add(new IntRange(IndexFields.PERIOD_TO, year, Integer.MAX_VALUE));
        }
        if (from != null) {
            c.add(new IntRange(IndexFields.PERIOD_TO, from, Integer.MAX_VALUE));
        }
        if (to != null) {
            c.add(new IntRange(IndexFields.PERIOD_FROM, Integer.MIN_VALUE, to));
        }
        return c;
    }

    /** This filter alone, on records of {@code kind} (null: any kind). */
    public RecordQuery on(RecordKind kind) {
        return new RecordQuery(kind, conditions());
    }

    /** Adds a keyword condition unless the value is missing or blank (an option not given). */
    static void keyword(List<Condition> c, String field, String value) {
        if (value != null && !value.isBlank()) {
            c.add(new Keyword(field, value));
        }
    }
}
