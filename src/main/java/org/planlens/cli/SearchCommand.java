package org.planlens.cli;

import java.util.concurrent.Callable;
import org.planlens.index.RecordKind;
import org.planlens.query.Rows.SearchHit;
import org.planlens.query.TextSearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code planlens search TEXT}: ranked full-text hits across plans, with a highlighted snippet. */
@Command(
        name = "search",
        description = "Full-text search across plans (accents and case ignored; exact spellings "
                + "rank first; \"quotes\" for a phrase; UBND finds Ủy ban nhân dân).")
public final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    QueryOptions options;

    @Parameters(index = "0", paramLabel = "TEXT", description = "What to look for (Lucene query syntax).")
    String text;

    @Option(
            names = "--type",
            converter = QueryOptions.KindConverter.class,
            description = "Only records of this kind: plan, section, target, reference, agency or task.")
    RecordKind type;

    @Option(names = "--pillar", description = "Only records of this reform area (pillar code, e.g. procedures).")
    String pillar;

    @Option(names = "--limit", defaultValue = "20", description = "Most hits shown (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(
            names = "--offset",
            defaultValue = "0",
            description = "Hits skipped before the first shown (default: "
                    + "${DEFAULT-VALUE}): --offset 20 --limit 20 is the second page.")
    int offset;

    @Override
    public Integer call() {
        return QueryRun.run(
                spec,
                options,
                SearchHit.class,
                index -> new TextSearch(index).search(text, type, pillar, options.filter(), offset, limit));
    }
}
