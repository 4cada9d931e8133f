package org.planlens.query;

import org.planlens.model.Comparator;
import org.planlens.model.Pillar;

/**
 * Which targets to keep: words of the indicator (all of them, accents ignored, synonyms applied), a value range
 * with both ends inclusive ({@code min 90} keeps 90), unit, comparator and pillar codes. Parts are optional.
 */
public record TargetFilter(String indicator, Double min, Double max, String unit, String comparator, String pillar) {
    public static final TargetFilter ANY = new TargetFilter(null, null, null, null, null, null);

    public TargetFilter {
        if (comparator != null) Comparator.fromCode(comparator);
        if (pillar != null) Pillar.fromCode(pillar);
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("--min " + min + " is above --max " + max);
        }
        if ((min != null && min.isNaN()) || (max != null && max.isNaN())) {
            throw new IllegalArgumentException("--min and --max must be numbers");
        }
    }
}
