package org.planlens.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Where a span sits in the source: the 1-based page it starts on, and its box on that page ({@code [left, top,
 * right, bottom]} as fractions of the page's width and height) where the source has positions.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Place(Integer page, List<Double> box) {
    public Place {
        box = box == null ? null : List.copyOf(box);
    }
}
