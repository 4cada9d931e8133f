package org.planlens.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.planlens.index.RecordKind;
import org.planlens.query.PlanQueries;
import org.planlens.query.Rows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code planlens export --what KIND}: every record of one kind, as a table, JSON or CSV. */
@Command(name = "export", description = "Export every record of one kind from the index.")
public final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    QueryOptions options;

    @Option(
            names = "--what",
            required = true,
            converter = QueryOptions.KindConverter.class,
            description = "plans, sections, targets, references, agencies or tasks.")
    RecordKind what;

    @Override
    public Integer call() {
        return run(rowType(what));
    }

    private <R extends Record> int run(Class<R> rowType) {
        return QueryRun.run(
                spec, options, rowType, index -> cast(new PlanQueries(index).export(what, options.filter())));
    }

    @SuppressWarnings("unchecked")
    private static <R extends Record> List<R> cast(List<? extends Record> rows) {
        return (List<R>) rows;
    }

    static Class<? extends Record> rowType(RecordKind kind) {
        return switch (kind) {
            case PLAN -> Rows.PlanRow.class;
            case SECTION -> Rows.SectionRow.class;
            case TARGET -> Rows.TargetRow.class;
            case REFERENCE -> Rows.ReferenceRow.class;
            case AGENCY -> Rows.AgencyRow.class;
            case TASK -> Rows.TaskRow.class;
        };
    }
}
