package org.planlens.cli;

import java.util.concurrent.Callable;
import org.planlens.query.PlanQueries;
import org.planlens.query.Rows.TargetRow;
import org.planlens.query.TargetFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code planlens targets}: the quantified targets of the plans, filtered by indicator, value, unit... */
@Command(name = "targets", description = "List targets across plans, in plan order.")
public final class TargetsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    QueryOptions options;

    @Mixin
    PageOptions paging;

    @Option(names = "--indicator", description = "Words the indicator must all contain (accents ignored).")
    String indicator;

    @Option(names = "--min", description = "Keep values >= N.")
    Double min;

    @Option(names = "--max", description = "Keep values <= N.")
    Double max;

    @Option(names = "--unit", description = "Unit, e.g. %% or \"thủ tục\" (accents ignored).")
    String unit;

    @Option(
            names = "--comparator",
            description = "at_least, more_than, reach, at_most, less_than, increase_by, decrease_by.")
    String comparator;

    @Option(names = "--pillar", description = "Pillar code, e.g. procedures, digital_government.")
    String pillar;

    @Override
    public Integer call() {
        TargetFilter f = new TargetFilter(indicator, min, max, unit, comparator, pillar);
        return QueryRun.run(
                spec,
                options,
                paging,
                TargetRow.class,
                (index, offset, limit) -> new PlanQueries(index).targets(options.filter(), f, offset, limit),
                index -> new PlanQueries(index).targets(options.filter(), f));
    }
}
