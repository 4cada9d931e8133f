package org.planlens.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** Everything extracted from one document: the export contract of PLAN_JSON.md. */
@JsonPropertyOrder({
    "schemaVersion",
    "id",
    "source",
    "metadata",
    "sections",
    "legalReferences",
    "targets",
    "agencies",
    "tasks",
    "warnings"
})
public record Plan(
        int schemaVersion,
        String id,
        SourceInfo source,
        Metadata metadata,
        List<Section> sections,
        List<LegalReference> legalReferences,
        List<Target> targets,
        List<Agency> agencies,
        List<Task> tasks,
        List<Warning> warnings) {
    public static final int SCHEMA_VERSION = 1;

    public Plan {
        sections = List.copyOf(sections);
        legalReferences = List.copyOf(legalReferences);
        targets = List.copyOf(targets);
        agencies = List.copyOf(agencies);
        tasks = List.copyOf(tasks);
        warnings = List.copyOf(warnings);
    }
}
