package org.planlens.query;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.planlens.model.Agency;
import org.planlens.model.LegalReference;
import org.planlens.model.Pillar;
import org.planlens.model.Section;
import org.planlens.model.Target;
import org.planlens.model.Task;

/**
 * The row types the query commands return, one record each; columns are the record components, in order.
 * Each row of a plan's record starts with the {@link PlanRef} columns.
 */
public final class Rows {
    private Rows() {}

    /** A ranked full-text hit; {@code start}/{@code end} are offsets into the plan's text (null for plans). */
    public record SearchHit(
            int rank,
            float score,
            String kind,
            String planId,
            String file,
            String issuer,
            String level,
            String province,
            Integer year,
            String sectionPath,
            Integer start,
            Integer end,
            String snippet) {}

    public record PlanRow(
            @JsonUnwrapped PlanRef plan,
            Integer periodFrom,
            Integer periodTo,
            String documentType,
            String number,
            String title,
            int sections,
            int targets,
            int references,
            int agencies,
            int tasks)
            implements PlanColumns {}

    public record SectionRow(
            @JsonUnwrapped PlanRef plan,
            String sectionPath,
            String heading,
            int depth,
            String pillar,
            int start,
            int end)
            implements PlanColumns {
        static SectionRow of(PlanRef p, Section s) {
            return new SectionRow(p, s.path(), s.heading(), s.level(), code(s.pillar()), s.start(), s.end());
        }
    }

    /** A target; {@code start}/{@code end} are the offsets of its clause in the plan's text. */
    public record TargetRow(
            @JsonUnwrapped PlanRef plan,
            String sectionPath,
            String pillar,
            String indicator,
            String comparator,
            double value,
            String unit,
            Integer deadline,
            String text,
            int start,
            int end)
            implements PlanColumns {
        static TargetRow of(PlanRef p, Target t, String sectionPath) {
            return new TargetRow(
                    p,
                    sectionPath,
                    code(t.pillar()),
                    t.indicator(),
                    t.comparator() == null ? null : t.comparator().code(),
                    t.value(),
                    t.unit(),
                    t.deadline(),
                    t.text(),
                    t.start(),
                    t.end());
        }
    }

    /** A plan citing a document ({@code cites}). */
    public record CitationRow(
            @JsonUnwrapped PlanRef plan,
            String number,
            String key,
            int mentions,
            List<String> relations,
            List<String> sectionPaths)
            implements PlanColumns {}

    /** A legal reference of a plan, every field ({@code export --what references}). */
    public record ReferenceRow(
            @JsonUnwrapped PlanRef plan,
            String type,
            String number,
            String key,
            String date,
            String referenceIssuer,
            String name,
            int mentions,
            List<String> sectionPaths)
            implements PlanColumns {
        static ReferenceRow of(PlanRef p, LegalReference r, List<String> paths) {
            return new ReferenceRow(
                    p,
                    r.type(),
                    r.number(),
                    r.key(),
                    r.date(),
                    r.issuer(),
                    r.name(),
                    r.mentions().size(),
                    paths);
        }
    }

    /** A cited document across plans ({@code references}): which plans cite it and how often. */
    public record CitedDocumentRow(
            String key,
            String number,
            String type,
            String date,
            String name,
            int plans,
            int mentions,
            List<String> planIds,
            List<String> files) {}

    public record AgencyRow(@JsonUnwrapped PlanRef plan, String name, List<String> roles, List<String> sectionPaths)
            implements PlanColumns {
        static AgencyRow of(PlanRef p, Agency a, List<String> paths) {
            return new AgencyRow(
                    p, a.name(), a.roles().stream().map(r -> r.code()).toList(), paths);
        }
    }

    public record TaskRow(
            @JsonUnwrapped PlanRef plan,
            String path,
            String sectionPath,
            String source,
            String description,
            String output,
            String timeline,
            List<String> lead,
            List<String> coordinate)
            implements PlanColumns {
        static TaskRow of(PlanRef p, Task t, String sectionPath) {
            return new TaskRow(
                    p,
                    t.path(),
                    sectionPath,
                    t.source() == null ? null : t.source().code(),
                    t.description(),
                    t.output(),
                    t.timeline(),
                    t.lead(),
                    t.coordinate());
        }
    }

    /** One plan's targets matching an indicator, side by side (lists aligned, in plan order). */
    public record CompareRow(
            @JsonUnwrapped PlanRef plan,
            int targets,
            List<String> indicators,
            List<String> comparators,
            List<Double> values,
            List<String> units,
            List<Integer> deadlines,
            List<String> sectionPaths)
            implements PlanColumns {}

    /** A facet count: {@code value} is a path like {@code Thanh Hóa/Đông Sơn} for the place dimension. */
    public record FacetRow(String dimension, String value, int count) {}

    private static String code(Pillar p) {
        return p == null ? null : p.code();
    }
}
