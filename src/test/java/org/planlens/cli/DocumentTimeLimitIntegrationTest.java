package org.planlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.support.IngestRun;

/**
 * Issue 23, item 1: --timeout bounds the whole document, extraction included. A 1 MB text of one line full of
 * figures is read in well under a second but took minutes to extract; with a limit of 1 s it fails with the
 * limit as its reason, and the run ends at once instead of extracting on.
 */
class DocumentTimeLimitIntegrationTest {
    @Test
    void oneMegabyteLineOfFigures_isStoppedByTheLimit(@TempDir Path work) throws Exception {
        Path line = Files.writeString(
                work.resolve("line.txt"), "Kế hoạch cải cách hành chính năm 2021 đạt 95% ".repeat(22_500));
        assertTrue(Files.size(line) > 1_000_000);

        long t0 = System.nanoTime();
        IngestRun run = IngestRun.ingest(work.resolve("out"), line.toString(), "--timeout", "1", "--threads", "1");
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0);

        assertEquals(0, run.exitCode());
        assertEquals(1, run.failures().size(), run.report().toString());
        assertTrue(
                run.failures().get(0).contains("longer than the limit of 1 s per document"),
                run.failures().toString());
        assertTrue(seconds < 120, "the run ended " + seconds + " s after it started");
        Thread.sleep(2000);
        assertTrue(
                Thread.getAllStackTraces().keySet().stream()
                        .noneMatch(t -> t.getName().equals("planlens-document") && t.isAlive()),
                "no thread goes on with the abandoned document");
    }
}
