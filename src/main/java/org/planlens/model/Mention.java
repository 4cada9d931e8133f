package org.planlens.model;

/** Where something is printed: UTF-16 offsets into the normalised text, end exclusive. */
public record Mention(int start, int end, String sectionId) {
    public Mention {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad mention span " + start + ".." + end);
    }
}
