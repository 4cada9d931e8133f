package org.planlens.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Where something is printed: UTF-16 offsets into the normalised text, end exclusive; where the source has pages,
 * the 1-based page the span starts on and its box on that page ({@code [left, top, right, bottom]} as fractions of
 * the page); for a legal reference's mention, how the plan relates to the cited document. The optional parts are
 * left out of the JSON when unknown.
 */
public record Mention(
        int start,
        int end,
        String sectionId,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer page,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Double> box,
        @JsonInclude(JsonInclude.Include.NON_NULL) Relation relation) {
    public Mention {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad mention span " + start + ".." + end);
        box = box == null ? null : List.copyOf(box);
    }

    public Mention(int start, int end, String sectionId) {
        this(start, end, sectionId, null, null, null);
    }

    public Mention withRelation(Relation r) {
        return new Mention(start, end, sectionId, page, box, r);
    }

    public Mention withPlace(Integer p, List<Double> b) {
        return new Mention(start, end, sectionId, p, b, relation);
    }
}
