package org.planlens.model;

import java.util.List;

/** A row of a task table (or a task sentence): what, output, when, who leads and who helps. */
public record Task(
        String id,
        String path,
        String sectionId,
        TaskSource source,
        String description,
        String output,
        String timeline,
        List<String> lead,
        List<String> coordinate) {
    public Task {
        lead = List.copyOf(lead);
        coordinate = List.copyOf(coordinate);
    }
}
