package org.planlens.index;

import java.util.List;

/**
 * How many matching records carry one facet value: {@code path} is one label, or for the place dimension the
 * province, district and commune down to the counted level.
 */
public record FacetTally(String dimension, List<String> path, int count) {
    public FacetTally {
        path = List.copyOf(path);
    }
}
