package org.planlens.cli;

import java.util.concurrent.Callable;
import org.planlens.query.AgencyFilter;
import org.planlens.query.PlanQueries;
import org.planlens.query.Rows.AgencyRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code planlens agencies}: the bodies plans assign work to, with their roles. */
@Command(name = "agencies", description = "Agencies named by the plans, with roles and sections.")
public final class AgenciesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    QueryOptions options;

    @Mixin
    PageOptions paging;

    @Option(names = "--name", description = "Words the agency name must all contain (accents ignored).")
    String name;

    @Option(names = "--role", description = "standing, lead, coordinate or monitor.")
    String role;

    @Option(names = "--pillar", description = "Pillar code of a section the agency is named in.")
    String pillar;

    @Override
    public Integer call() {
        return QueryRun.run(
                spec,
                options,
                paging,
                AgencyRow.class,
                (index, offset, limit) -> new PlanQueries(index)
                        .agencies(options.filter(), new AgencyFilter(name, role, pillar), offset, limit),
                index -> new PlanQueries(index).agencies(options.filter(), new AgencyFilter(name, role, pillar)));
    }
}
