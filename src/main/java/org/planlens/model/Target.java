package org.planlens.model;

/** A quantified commitment: {@code text} is the clause, {@code indicator} what it measures. */
public record Target(
        String id,
        String sectionId,
        Pillar pillar,
        String text,
        String indicator,
        double value,
        String unit,
        Comparator comparator,
        Integer deadline,
        int start,
        int end) {}
