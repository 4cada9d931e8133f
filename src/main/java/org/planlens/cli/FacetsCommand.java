package org.planlens.cli;

import java.util.concurrent.Callable;
import org.planlens.index.RecordKind;
import org.planlens.query.FacetCounts;
import org.planlens.query.Rows.FacetRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code planlens facets}: how many plans (or other records) per province, level, year and pillar. */
@Command(name = "facets", description = "Counts by place (province/district/commune), level, year and pillar.")
public final class FacetsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    QueryOptions options;

    @Option(
            names = "--type",
            defaultValue = "plan",
            converter = QueryOptions.KindConverter.class,
            description = "Count records of this kind (default: ${DEFAULT-VALUE}).")
    RecordKind type;

    @Override
    public Integer call() {
        return QueryRun.run(
                spec, options, FacetRow.class, index -> new FacetCounts(index).count(type, options.filter()));
    }
}
