package org.planlens.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LRUQueryCache;
import org.planlens.cli.PageOptions;
import org.planlens.index.IndexLocation;
import org.planlens.index.PlanIndex;
import org.planlens.index.RecordIndex;
import org.planlens.index.RecordKind;
import org.planlens.query.AgencyFilter;
import org.planlens.query.FacetCounts;
import org.planlens.query.PlanFilter;
import org.planlens.query.PlanQueries;
import org.planlens.query.TargetFilter;
import org.planlens.query.TextSearch;
import org.planlens.rules.ModelData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./planlens bench search}: optionally builds an index of generated plans (local, or in OpenSearch with
 * {@code --index-url}), then times every query command in this one warm JVM and prints the median and 95th
 * percentile, the heap live after a full GC before and after the timed queries, and the index size. {@code --tsv}
 * writes the figures for bench/search.sh to compare runs.
 */
@Command(name = "search", description = "Benchmark the query commands on a generated index.")
public final class BenchSearchCommand implements Callable<Integer> {
    @Option(names = "--index", required = true, description = "Index folder (built here when --plans is given).")
    Path index;

    @Option(names = "--plans", description = "Generate this many plans into a fresh index first.")
    Integer plans;

    @Option(names = "--templates", description = "Export plans folder (plans/*.json + .txt) to recombine.")
    Path templates;

    @Option(names = "--gold", description = "Gold folder supplying parts the templates lack (optional).")
    Path gold;

    @Option(names = "--places", defaultValue = "bench/places.tsv", description = "Places TSV.")
    Path places;

    @Option(
            names = "--runs",
            defaultValue = "30",
            description = "Timed runs of each query (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--index-url", description = "Build and query this OpenSearch index instead of --index.")
    String indexUrl;

    @Option(
            names = "--only",
            description = "Time only the queries whose command contains this text (to profile one of them).")
    String only;

    @Option(names = "--tsv", description = "Also write query, rows, median ms, p95 ms as tab-separated lines here.")
    Path tsv;

    @Option(
            names = "--texts",
            description = "With --plans: also write each plan's text beside the index "
                    + "(plans/<id>.txt, as an ingest does), for the web's plan pages.")
    boolean texts;

    @Override
    public Integer call() throws Exception {
        if (plans != null) {
            if (templates == null) throw new IllegalArgumentException("--plans needs --templates");
            build();
        }
        IndexLocation location = IndexLocation.of(index, indexUrl);
        long heapBefore = liveHeap();
        try (RecordIndex provider = location.openReader(ModelData.packaged())) {
            long heapOpen = liveHeap();
            PlanQueries q = new PlanQueries(provider);
            TextSearch search = new TextSearch(provider);
            FacetCounts facets = new FacetCounts(provider);
            PlanFilter none = PlanFilter.NONE;
            PlanFilter thanhHoa = new PlanFilter(null, "thanh hoa", null, null, null, null, null, null);
            Map<String, Query> queries = new LinkedHashMap<>();
            queries.put(
                    "search 'hai long' (top 20)",
                    () -> search.search("hai long", null, none, 20).size());
            queries.put(
                    "search '\"cải cách hành chính\"' --type section",
                    () -> search.search("\"cải cách hành chính\"", RecordKind.SECTION, none, 20)
                            .size());
            queries.put(
                    "search UBND --province thanh hoa",
                    () -> search.search("UBND", null, thanhHoa, 20).size());
            int page = PageOptions.DEFAULT_LIMIT;
            TargetFilter haiLong90 = new TargetFilter("hài lòng", 90.0, null, null, null, null);
            listing(
                    queries,
                    "targets --indicator 'hai long' --min 90",
                    () -> q.targets(none, haiLong90, 0, page).rows().size(),
                    () -> q.targets(none, haiLong90).size());
            PlanFilter thanhHoa2021 = new PlanFilter(null, "thanh hoa", null, null, 2021, null, null, null);
            listing(
                    queries,
                    "targets --province thanh hoa --year 2021",
                    () -> q.targets(thanhHoa2021, TargetFilter.ANY, 0, page)
                            .rows()
                            .size(),
                    () -> q.targets(thanhHoa2021, TargetFilter.ANY).size());
            listing(
                    queries,
                    "cites 'Nghị quyết 76/NQ-CP'",
                    () -> q.cites("76/NQ-CP", null, none, 0, page).rows().size(),
                    () -> q.cites("76/NQ-CP", none).size());
            queries.put(
                    "references --province thanh hoa",
                    () -> q.references(thanhHoa).size());
            PlanFilter commune = new PlanFilter("commune", null, null, null, null, null, null, null);
            AgencyFilter noiVuLead = new AgencyFilter("noi vu", "lead", null);
            listing(
                    queries,
                    "agencies --name 'noi vu' --role lead --level commune",
                    () -> q.agencies(commune, noiVuLead, 0, page).rows().size(),
                    () -> q.agencies(commune, noiVuLead).size());
            listing(
                    queries,
                    "compare --indicator 'dich vu cong' --province thanh hoa",
                    () -> q.compare("dịch vụ công", thanhHoa, 0, page).rows().size(),
                    () -> q.compare("dịch vụ công", thanhHoa).size());
            queries.put(
                    "export --what plans --year 2020",
                    () -> q.plans(new PlanFilter(null, null, null, null, 2020, null, null, null))
                            .size());
            queries.put("facets", () -> facets.count(RecordKind.PLAN, none).size());
            System.out.printf(Locale.ROOT, "%-64s %8s %8s %8s %10s%n", "query", "rows", "median", "p95", "rows/s");
            StringBuilder lines = new StringBuilder();
            // the live heap after each query's runs: which query leaves what behind (caches, kept plans)
            StringBuilder heapSteps = new StringBuilder();
            for (var e : queries.entrySet()) {
                if (only != null && !e.getKey().contains(only)) continue;
                int rows = 0;
                for (int i = 0; i < 15; i++) rows = e.getValue().run();
                long[] ns = new long[runs];
                for (int i = 0; i < runs; i++) {
                    long t0 = System.nanoTime();
                    e.getValue().run();
                    ns[i] = System.nanoTime() - t0;
                }
                Arrays.sort(ns);
                double median = ns[runs / 2] / 1e6;
                double p95 = ns[(int) Math.ceil(runs * 0.95) - 1] / 1e6;
                System.out.printf(
                        Locale.ROOT,
                        "%-64s %8d %6.1fms %6.1fms %10.0f%n",
                        e.getKey(),
                        rows,
                        median,
                        p95,
                        rows / (median / 1e3));
                lines.append(String.format(Locale.ROOT, "%s\t%d\t%.2f\t%.2f%n", e.getKey(), rows, median, p95));
                heapSteps.append(String.format(Locale.ROOT, "  %-62s %6.1f MB%n", e.getKey(), liveHeap() / 1e6));
            }
            // the same queries once more: a flat heap holds no more after the second pass than after the first
            for (var e : queries.entrySet()) {
                if (only == null || e.getKey().contains(only)) e.getValue().run();
            }
            System.out.print("live heap after GC, after each query's runs:\n" + heapSteps);
            // Lucene's query cache is shared by every searcher of the JVM and bounded: say what it holds
            if (IndexSearcher.getDefaultQueryCache() instanceof LRUQueryCache cache) {
                System.out.printf(
                        Locale.ROOT,
                        "Lucene query cache: %d filters cached, %.1f MB%n",
                        cache.getCacheSize(),
                        cache.ramBytesUsed() / 1e6);
            }
            long heapAfter = liveHeap();
            String where = location.remote()
                    ? location.toString()
                    : String.format(Locale.ROOT, "%.1f MB on disk", size(index) / 1e6);
            System.out.printf(
                    Locale.ROOT,
                    "index: %d docs, %s; live heap after GC: %.1f MB before opening, %.1f MB "
                            + "open, %.1f MB after the queries (run once more)%n",
                    provider.records(),
                    where,
                    heapBefore / 1e6,
                    heapOpen / 1e6,
                    heapAfter / 1e6);
            if (tsv != null) {
                Files.writeString(tsv, lines);
            }
        }
        return 0;
    }

    /** A listing as the CLI prints it by default (its first page), and with {@code --all} (every row). */
    private static void listing(Map<String, Query> queries, String command, Query firstPage, Query all) {
        queries.put(command, firstPage);
        queries.put(command + " --all", all);
    }

    /** Heap in use after a full collection: what the open index and its caches hold, not garbage. */
    private static long liveHeap() {
        for (int i = 0; i < 2; i++) System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private void build() throws IOException {
        if (indexUrl == null && Files.exists(index)) {
            try (Stream<Path> walk = Files.walk(index)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
            }
        }
        PlanGenerator gen = PlanGenerator.load(templates, gold, places);
        Path textDir = index.toAbsolutePath().normalize().resolveSibling("plans");
        if (texts) Files.createDirectories(textDir);
        long t0 = System.nanoTime();
        try (PlanIndex w = IndexLocation.of(index, indexUrl).openWriter(ModelData.packaged())) {
            for (int i = 0; i < plans; i++) {
                PlanGenerator.Generated g = gen.generate(42, i);
                w.replace(g.plan(), g.text(), "bench");
                if (i % 1000 == 999) w.commit();
                if (texts) {
                    Files.writeString(textDir.resolve(g.plan().id() + ".txt"), g.text(), StandardCharsets.UTF_8);
                }
            }
            w.commit();
        }
        System.out.printf(Locale.ROOT, "built %d plans in %.1f s%n", plans, (System.nanoTime() - t0) / 1e9);
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
    }

    /** One timed query; returns its row count so the work cannot be optimised away. */
    private interface Query {
        int run() throws IOException;
    }
}
