package org.planlens.cli;

import java.util.concurrent.Callable;
import org.planlens.model.Relation;
import org.planlens.query.PlanQueries;
import org.planlens.query.Rows.CitationRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code planlens cites NUMBER}: the plans that cite a document. */
@Command(
        name = "cites",
        description = "Plans citing a document number (any spacing or case; add @YEAR or "
                + "\"năm YEAR\" to pick one year's document).")
public final class CitesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    QueryOptions options;

    @Mixin
    PageOptions paging;

    @Parameters(index = "0", paramLabel = "NUMBER", description = "Document number, e.g. 3611/QĐ-UBND.")
    String number;

    @Option(
            names = "--relation",
            paramLabel = "RELATION",
            description = "Only plans citing it so: basis, implements, amends, replaces, cites.")
    String relation;

    @Override
    public Integer call() {
        return QueryRun.run(
                spec,
                options,
                paging,
                CitationRow.class,
                (index, offset, limit) ->
                        new PlanQueries(index).cites(number, relation(), options.filter(), offset, limit),
                index -> new PlanQueries(index).cites(number, relation(), options.filter()));
    }

    private Relation relation() {
        if (relation == null) {
            return null;
        }
        return Relation.of(relation)
                .orElseThrow(() -> new IllegalArgumentException(
                        "--relation must be one of basis, implements, amends, replaces, cites: " + relation));
    }
}
