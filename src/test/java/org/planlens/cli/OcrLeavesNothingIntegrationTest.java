package org.planlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.fixtures.ScanFixtureGenerator;
import org.planlens.support.ChildPlanlens;
import org.planlens.support.IngestRun;
import org.planlens.support.Seeds;
import org.planlens.text.ocr.OcrOptions;
import org.planlens.text.ocr.PageOcr;

/**
 * Issue 23, item 3: OCR leaves no process and no file behind. After --timeout, tesseract went on reading and its
 * folder stayed in the system temp folder; after kill -9 during OCR, tesseract was re-parented and a page TIFF
 * stayed. OCR files now live under the output's tmp/ (emptied when an ingest starts), and tesseract dies with the
 * reading that asked for it, and with planlens.
 */
class OcrLeavesNothingIntegrationTest {
    @TempDir
    static Path work;

    static Path scan;

    @BeforeAll
    static void scannedPlan() throws IOException {
        assumeTrue(new PageOcr(OcrOptions.DEFAULT).available(), "tesseract with vie data is installed");
        ScanFixtureGenerator scans = new ScanFixtureGenerator();
        scan = work.resolve("scan.tiff");
        scans.writeTiff(scans.pageImages(Seeds.head(1, 12_000), ScanFixtureGenerator.Degradation.FLATBED), scan);
    }

    @Test
    void timeout_killsTesseract_andDeletesItsFiles() throws Exception {
        Path out = work.resolve("timeout-out");
        Path in = Files.createDirectories(work.resolve("timeout-in"));
        Files.copy(scan, in.resolve("scan.tiff"));

        IngestRun run = IngestRun.ingest(out, in.toString(), "--timeout", "4", "--threads", "1");

        assertEquals(0, run.exitCode());
        assertTrue(
                run.failures().toString().contains("longer than the limit"),
                run.failures().toString());
        assertTrue(noProcessUsing(out, 15), "no tesseract left reading for the abandoned document");
        assertEquals(List.of(), filesUnder(out.resolve("tmp")));
    }

    @Test
    void killDuringOcr_leavesNoTesseract_andTheNextRunDeletesItsFiles() throws Exception {
        Path out = work.resolve("kill-out");
        Path in = Files.createDirectories(work.resolve("kill-in"));
        Files.copy(scan, in.resolve("scan.tiff"));
        Process ingest = ChildPlanlens.start(
                ChildPlanlens.command("ingest", in.toString(), "--out", out.toString(), "--threads", "1"),
                work.resolve("killed.log"));
        try {
            assertTrue(waitForProcessUsing(out, 300, ingest), "tesseract started: " + log());
        } finally {
            ingest.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }

        assertTrue(noProcessUsing(out, 15), "tesseract died with planlens");

        Path small = Files.createDirectories(work.resolve("small-in"));
        Files.writeString(small.resolve("plan.txt"), Seeds.text(Seeds.all().get(0)));
        IngestRun next = IngestRun.ingest(out, small.toString(), "--threads", "1");
        assertEquals(0, next.exitCode());
        assertEquals(List.of(), filesUnder(out.resolve("tmp")), "what the killed run left is deleted");
    }

    private static String log() throws IOException {
        return Files.readString(work.resolve("killed.log"));
    }

    /** Processes whose command line names a file under {@code out} (tesseract reading a page list there). */
    private static Stream<ProcessHandle> using(Path out) {
        String prefix = out.toAbsolutePath().toString();
        return ProcessHandle.allProcesses()
                .filter(p -> p.info()
                        .commandLine()
                        .map(c -> c.contains(prefix + "/"))
                        .orElse(false))
                .filter(p ->
                        p.info().commandLine().map(c -> c.contains("tesseract")).orElse(false));
    }

    private static boolean noProcessUsing(Path out, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (using(out).findAny().isEmpty()) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    private static boolean waitForProcessUsing(Path out, int seconds, Process ingest) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline && ingest.isAlive()) {
            if (using(out).findAny().isPresent()) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private static List<Path> filesUnder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
