package org.planlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.support.IndexCounts;
import org.planlens.support.IngestRun;
import org.planlens.support.Seeds;

/**
 * Issue 3: a job killed half way (SIGKILL of the JVM) and started again finishes the rest from the Spring Batch
 * job repository, without redoing finished chunks or duplicating anything in plans/ or the index.
 */
class KillRestartIntegrationTest {
    private static final int DOCUMENTS = 60;

    @Test
    void killedRun_restarts_finishesTheRest_noDuplicates(@TempDir Path work) throws Exception {
        // given a folder of 60 distinct plans
        Path in = Files.createDirectories(work.resolve("in"));
        List<Path> seeds = Seeds.all();
        for (int i = 0; i < DOCUMENTS; i++) {
            Path seed = seeds.get(i % seeds.size());
            Files.writeString(
                    in.resolve(String.format("plan-%02d.txt", i)), Seeds.text(seed) + "\nBản sao số " + i + ".\n");
        }
        Path out = work.resolve("out");

        // when an ingest in its own JVM is killed once some plans are written
        Process process = startIngest(in, out);
        // files of a chunk are written before its commit: 20 plans on disk means earlier chunks are committed
        int beforeKill = waitForPlans(out, 20, process);
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        int written = countPlans(out);
        assertTrue(written < DOCUMENTS, "killed before the end: " + written);
        Map<Path, FileTime> before = planTimes(out);

        // and the same ingest is started again
        IngestRun again = IngestRun.ingest(out, in.toString(), "--threads", "1");

        // then it resumes the interrupted run, reads only what was left, and everything is there once
        assertEquals(0, again.exitCode());
        assertNotNull(again.report().get("restartOf").textValue(), "a restart of the killed run: " + again.report());
        Map<Path, FileTime> after = planTimes(out);
        long redone = after.keySet().stream()
                .filter(p -> !after.get(p).equals(before.get(p)))
                .count();
        assertTrue(
                redone < DOCUMENTS && redone >= DOCUMENTS - written,
                "restart wrote " + redone + " plans; " + written + " were written before the kill (" + beforeKill
                        + ")");
        // issue 23, item 11: its report accounts for every document of the run, those done before the kill too
        assertEquals(DOCUMENTS, again.count("seen"), again.report().toString());
        assertEquals(DOCUMENTS, again.count("exported"), again.report().toString());
        assertEquals(
                0,
                again.count("unchanged") + again.report().get("failed").size(),
                again.report().toString());
        assertEquals(DOCUMENTS, countPlans(out));
        Map<String, Integer> indexed = IndexCounts.plansById(out.resolve("index"));
        assertEquals(DOCUMENTS, indexed.size());
        assertTrue(indexed.values().stream().allMatch(n -> n == 1), indexed.toString());
    }

    private static Process startIngest(Path in, Path out) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(
                        java,
                        "-cp",
                        classpath,
                        PlanlensMain.class.getName(),
                        "ingest",
                        in.toString(),
                        "--out",
                        out.toString(),
                        "--threads",
                        "1")
                .redirectErrorStream(true)
                .redirectOutput(out.resolveSibling("killed-run.log").toFile())
                .start();
    }

    private static int waitForPlans(Path out, int atLeast, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            int n = countPlans(out);
            if (n >= atLeast) {
                return n;
            }
            if (!process.isAlive()) {
                throw new AssertionError("ingest ended before it could be killed; log: "
                        + Files.readString(out.resolveSibling("killed-run.log")));
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no plans written in time");
    }

    private static Map<Path, FileTime> planTimes(Path out) throws IOException {
        Map<Path, FileTime> times = new HashMap<>();
        try (Stream<Path> files = Files.list(out.resolve("plans"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                times.put(p, Files.getLastModifiedTime(p));
            }
        }
        return times;
    }

    private static int countPlans(Path out) throws IOException {
        Path plans = out.resolve("plans");
        if (!Files.isDirectory(plans)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(plans)) {
            return (int) files.filter(p -> p.toString().endsWith(".json")).count();
        }
    }
}
