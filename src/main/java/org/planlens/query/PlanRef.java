package org.planlens.query;

import org.apache.lucene.document.Document;
import org.planlens.index.IndexFields;

/** The columns every row starts with: which plan, from which file, issued by whom, where and when. */
public record PlanRef(String planId, String file, String issuer, String level, String commune, String district,
                      String province, Integer year) {
    static PlanRef of(Document d) {
        var y = d.getField(IndexFields.YEAR);
        return new PlanRef(d.get(IndexFields.PLAN_ID), d.get(IndexFields.FILE), d.get(IndexFields.ISSUER),
                d.get(IndexFields.LEVEL), d.get(IndexFields.COMMUNE), d.get(IndexFields.DISTRICT),
                d.get(IndexFields.PROVINCE), y == null ? null : y.numericValue().intValue());
    }
}
