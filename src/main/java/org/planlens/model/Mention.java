package org.planlens.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where something is printed: UTF-16 offsets into the normalised text, end exclusive; for a legal reference's
 * mention, how the plan relates to the cited document (left out of the JSON when unknown). Page and box are added
 * to the export from the plan's {@link Provenance}.
 */
public record Mention(
        int start,
        int end,
        String sectionId,
        @JsonInclude(JsonInclude.Include.NON_NULL) Relation relation) {
    public Mention {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad mention span " + start + ".." + end);
    }

    public Mention(int start, int end, String sectionId) {
        this(start, end, sectionId, null);
    }

    public Mention withRelation(Relation r) {
        return new Mention(start, end, sectionId, r);
    }
}
