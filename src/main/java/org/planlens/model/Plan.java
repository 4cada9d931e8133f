package org.planlens.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
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
        List<Warning> warnings,
        @JsonIgnore Provenance provenance) {
    public static final int SCHEMA_VERSION = 1;

    public Plan(
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
        this(
                schemaVersion,
                id,
                source,
                metadata,
                sections,
                legalReferences,
                targets,
                agencies,
                tasks,
                warnings,
                Provenance.NONE);
    }

    /** The same plan with where its records sit on the source's pages (written into the JSON export). */
    public Plan withProvenance(Provenance p) {
        return new Plan(
                schemaVersion, id, source, metadata, sections, legalReferences, targets, agencies, tasks, warnings, p);
    }

    public Plan {
        sections = List.copyOf(sections);
        legalReferences = List.copyOf(legalReferences);
        targets = List.copyOf(targets);
        agencies = List.copyOf(agencies);
        tasks = List.copyOf(tasks);
        warnings = List.copyOf(warnings);
        provenance = provenance == null ? Provenance.NONE : provenance;
    }
}
