package org.planlens.cli;

import java.util.concurrent.Callable;
import org.planlens.query.PlanQueries;
import org.planlens.query.Rows.CompareRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code planlens compare --indicator TEXT}: one row per plan, its matching targets side by side. */
@Command(name = "compare", description = "Compare plans on one indicator: one row per plan.")
public final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    QueryOptions options;

    @Mixin
    PageOptions paging;

    @Option(names = "--indicator", required = true, description = "Words the indicator must all contain.")
    String indicator;

    @Override
    public Integer call() {
        return QueryRun.run(
                spec,
                options,
                paging,
                CompareRow.class,
                (index, offset, limit) -> new PlanQueries(index).compare(indicator, options.filter(), offset, limit),
                index -> new PlanQueries(index).compare(indicator, options.filter()));
    }
}
