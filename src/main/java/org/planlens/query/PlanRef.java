package org.planlens.query;

/** The columns every row starts with: which plan, from which file, issued by whom, where and when. */
public record PlanRef(
        String planId,
        String file,
        String issuer,
        String level,
        String commune,
        String district,
        String province,
        Integer year) {}
