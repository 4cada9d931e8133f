package org.planlens.model;

import java.util.List;
import java.util.Map;

/**
 * Where a plan's records sit on the source's pages: sections, targets and tasks by id, and the mentions of each
 * legal reference and agency (by its id, in the order of its {@code mentions}). Empty for sources without pages.
 */
public record Provenance(Map<String, Place> records, Map<String, List<Place>> mentions) {
    public static final Provenance NONE = new Provenance(Map.of(), Map.of());

    public Provenance {
        records = Map.copyOf(records);
        mentions = Map.copyOf(mentions);
    }

    public boolean isEmpty() {
        return records.isEmpty() && mentions.isEmpty();
    }
}
