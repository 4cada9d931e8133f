package org.planlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.bench.BenchCommand;
import org.planlens.support.IngestRun;
import org.planlens.support.OpenSearchNodes;
import picocli.CommandLine;

/**
 * Remote partitioning on this machine: a manager ({@code ingest --remote-workers}, in this JVM) and worker JVMs
 * ({@code planlens worker}) sharing PostgreSQL (job repository and request queue), an output folder and an
 * OpenSearch index. Every plan comes out once in the exports and the index, with two workers, and when the only
 * worker is killed mid-run and another is started. {@code ./planlens test} starts the PostgreSQL
 * ({@code PLANLENS_TEST_PG_URL}).
 */
class RemoteWorkersIntegrationTest {
    private static final String PG = System.getenv("PLANLENS_TEST_PG_URL");
    private static final int GENERATED = 20;

    @TempDir
    Path dir;

    private final List<Process> workers = new ArrayList<>();

    @AfterEach
    void stopWorkers() throws InterruptedException {
        for (Process p : workers) {
            p.destroyForcibly();
            p.waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void twoWorkers_thenAKilledWorker_everyPlanOnceInExportsAndIndex() throws Exception {
        assumeTrue(PG != null, "PostgreSQL started by ./planlens test");
        String db = freshSchema();
        Path in = dir.resolve("in");
        assertEquals(
                0,
                new CommandLine(new BenchCommand())
                        .execute(
                                "generate-pdfs",
                                "--seeds",
                                "corpus",
                                "--count",
                                Integer.toString(GENERATED),
                                in.toString()));
        try (Stream<Path> seeds = Files.list(Path.of("corpus"))) {
            for (Path s : seeds.toList()) Files.copy(s, in.resolve(s.getFileName()));
        }
        int documents = GENERATED + 5;

        // two workers, eight partitions
        Path out = dir.resolve("out-two");
        String index = emptyIndex("remote-two");
        worker(db, index, out, "a");
        worker(db, index, out, "b");
        IngestRun run = IngestRun.ingest(
                out, in.toString(), "--db-url", db, "--index-url", index, "--remote-workers", "--partitions", "4");
        assertEquals(0, run.exitCode());
        assertEquals(documents, run.count("exported"), "counted from the workers' partitions");
        assertEveryPlanOnce(out, index, documents);
        stopWorkers();
        workers.clear();

        // one worker, killed mid-run; another takes its partition back from the queue and finishes it
        Path out2 = dir.resolve("out-killed");
        String index2 = emptyIndex("remote-killed");
        Process first = worker(db, index2, out2, "first");
        CompletableFuture<IngestRun> manager = CompletableFuture.supplyAsync(() -> IngestRun.ingest(
                out2, in.toString(), "--db-url", db, "--index-url", index2, "--remote-workers", "--partitions", "2"));
        int atKill = 0;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (atKill == 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
            atKill = plans(out2);
        }
        first.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        assertTrue(atKill > 0 && atKill < documents, "killed mid-run, " + atKill + " of " + documents + " plans out");
        worker(db, index2, out2, "second");
        IngestRun resumed = manager.get(10, TimeUnit.MINUTES);
        assertEquals(0, resumed.exitCode());
        assertEquals(documents, resumed.count("exported") + resumed.count("unchanged"));
        assertEveryPlanOnce(out2, index2, documents);
    }

    private void assertEveryPlanOnce(Path out, String index, int documents) throws Exception {
        assertEquals(documents, plans(out), "one JSON a plan");
        JsonNode rows = BackendRows.ask(List.of("export", "--what", "plans"), List.of("--index-url", index));
        Set<String> ids = new HashSet<>();
        rows.forEach(r -> ids.add(r.path("planId").asText()));
        assertEquals(documents, rows.size(), "one plan record a plan");
        assertEquals(documents, ids.size());
        JsonNode sections = BackendRows.ask(List.of("export", "--what", "sections"), List.of("--index-url", index));
        Set<String> keys = new HashSet<>();
        sections.forEach(r -> keys.add(r.path("planId").asText() + "/"
                + r.path("sectionPath").asText() + "/" + r.path("start").asText()));
        assertEquals(sections.size(), keys.size(), "no section indexed twice");
    }

    private Process worker(String db, String index, Path out, String name) throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path log = dir.resolve("worker-" + name + ".log");
        ProcessBuilder pb = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx768m",
                        "-XX:TieredStopAtLevel=1",
                        "-cp",
                        classPath,
                        PlanlensMain.class.getName(),
                        "worker",
                        "--db-url",
                        db,
                        "--index-url",
                        index,
                        "--out",
                        out.toString(),
                        "--threads",
                        "1")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        Process p = pb.start();
        workers.add(p);
        return p;
    }

    private static int plans(Path out) throws Exception {
        Path plans = out.resolve("plans");
        if (!Files.isDirectory(plans)) return 0;
        try (Stream<Path> files = Files.list(plans)) {
            return (int) files.filter(f -> f.toString().endsWith(".json")).count();
        }
    }

    /** A schema of its own in the test database: this test's job repository and queue start empty. */
    private static String freshSchema() throws Exception {
        String schema = "remote_it_" + Long.toString(System.nanoTime(), 36);
        try (Connection c = DriverManager.getConnection(PG)) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        }
        return PG + "&currentSchema=" + schema;
    }

    private static String emptyIndex(String name) throws Exception {
        String url = OpenSearchNodes.shared().url() + "/" + name;
        HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).DELETE().build(), HttpResponse.BodyHandlers.discarding());
        return url;
    }
}
