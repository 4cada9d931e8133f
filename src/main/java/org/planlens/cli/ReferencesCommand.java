package org.planlens.cli;

import java.util.concurrent.Callable;
import org.planlens.query.PlanQueries;
import org.planlens.query.Rows.CitedDocumentRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code planlens references}: every cited document, with how many plans cite it. */
@Command(
        name = "references",
        description = "Every cited document with the number of plans citing it " + "(most cited first).")
public final class ReferencesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    QueryOptions options;

    @Override
    public Integer call() {
        return QueryRun.run(
                spec, options, CitedDocumentRow.class, index -> new PlanQueries(index).references(options.filter()));
    }
}
