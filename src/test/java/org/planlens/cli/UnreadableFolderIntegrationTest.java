package org.planlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.support.ChildPlanlens;
import org.planlens.support.Seeds;

/**
 * Issue 23, item 6: one folder that cannot be listed is reported as failed, and the rest of the input is read (it
 * dropped the whole input: "cannot list folder", 0 documents, exit 0). Mode bits do not stop root: as root the
 * folder is given to nobody (mode 0700) and planlens runs without the capabilities that let root read anyway
 * ({@code setpriv --bounding-set -dac_override,-dac_read_search}); otherwise the folder is made mode 000.
 */
class UnreadableFolderIntegrationTest {
    @Test
    void unreadableSubfolder_isReported_theRestIsRead(@TempDir Path work) throws Exception {
        Path in = Files.createDirectories(work.resolve("in"));
        Files.writeString(in.resolve("a-good.txt"), Seeds.text(Seeds.all().get(0)));
        Path locked = Files.createDirectories(in.resolve("locked"));
        Files.writeString(
                locked.resolve("hidden-plan.txt"), Seeds.text(Seeds.all().get(1)));
        Files.writeString(in.resolve("z-good.txt"), Seeds.text(Seeds.all().get(2)));
        Path out = work.resolve("out");
        List<String> command = new ArrayList<>();
        if (ChildPlanlens.root()) {
            assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "setpriv (util-linux) drops root's rights");
            UserPrincipal nobody =
                    in.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
            Files.setOwner(locked, nobody);
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
            command.addAll(List.of("/usr/bin/setpriv", "--bounding-set", "-dac_override,-dac_read_search", "--"));
        } else {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        }
        command.addAll(ChildPlanlens.command("ingest", in.toString(), "--out", out.toString(), "--threads", "1"));

        Process p = ChildPlanlens.start(command, work.resolve("ingest.log"));
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "ingest ended");
        String log = Files.readString(work.resolve("ingest.log"));

        assertEquals(0, p.exitValue(), log);
        JsonNode report = latestReport(out);
        assertEquals(2, report.get("exported").asInt(), report.toString());
        assertTrue(
                report.get("failed").toString().contains("locked")
                        && report.get("failed").toString().contains("cannot list folder"),
                report.toString());
        assertEquals(3, report.get("seen").asInt(), "two documents and the folder: " + report);
    }

    private static JsonNode latestReport(Path out) throws Exception {
        try (Stream<Path> files = Files.list(out.resolve("runs"))) {
            Path report = files.filter(f -> f.toString().endsWith(".json"))
                    .findFirst()
                    .orElseThrow();
            return new ObjectMapper().readTree(report.toFile());
        }
    }
}
