package org.planlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.support.ChildPlanlens;
import org.planlens.support.Seeds;

/**
 * Issue 23, item 12: an ingest whose output disk fills up ends with one clear line naming the cause and exit
 * status 1 (it printed some 228 lines of stack traces). The output folder is a 3 MB tmpfs mounted in a mount
 * namespace of the child's own ({@code unshare -m}, root only), so nothing outside the test sees it.
 */
class DiskFullIntegrationTest {
    @Test
    void fullDisk_oneLine_exit1(@TempDir Path work) throws Exception {
        assumeTrue(ChildPlanlens.root() && canMountTmpfs(work), "root may mount a tmpfs in a mount namespace");
        Path in = Files.createDirectories(work.resolve("in"));
        List<Path> seeds = Seeds.all();
        for (int i = 0; i < 40; i++) {
            Files.writeString(
                    in.resolve(String.format("plan-%02d.txt", i)),
                    Seeds.text(seeds.get(i % seeds.size())) + "\nBản sao số " + i + ".\n");
        }
        Path out = Files.createDirectories(work.resolve("out"));
        List<String> ingest = ChildPlanlens.command("ingest", in.toString(), "--out", out.toString(), "--threads", "1");
        List<String> command = new ArrayList<>(List.of(
                "unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=3m tmpfs \"$0\" && exec \"$@\"", out.toString()));
        command.addAll(ingest);

        Process p = ChildPlanlens.start(command, work.resolve("ingest.log"));
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "ingest ended");
        String log = Files.readString(work.resolve("ingest.log"));

        assertEquals(1, p.exitValue(), log);
        assertFalse(log.lines().anyMatch(l -> l.startsWith("\tat ") || l.startsWith("Caused by")), log);
        assertTrue(log.lines().anyMatch(l -> l.contains("No space left on device")), log);
    }

    private static boolean canMountTmpfs(Path work) {
        try {
            Path probe = Files.createDirectories(work.resolve("probe"));
            Process p = new ProcessBuilder(
                            "unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=1m tmpfs \"$0\"", probe.toString())
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
