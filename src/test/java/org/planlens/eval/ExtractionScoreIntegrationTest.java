package org.planlens.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.support.IngestRun;

/**
 * Issue 4: extraction quality measured by the shared scorer (shared/tools/score.py) on the seeds, with a floor
 * per part so quality never drops silently. The score table is printed in every test run.
 */
class ExtractionScoreIntegrationTest {
    private static final Path SHARED = Path.of("../shared");

    /** The figures reached; a change that lowers one fails here. */
    static final List<String> SEED_FLOORS = List.of(
            "sections=0.98");

    @Test
    void seedsScoreAtLeastTheFloors(@TempDir Path out) throws Exception {
        assumeTrue(Files.isRegularFile(SHARED.resolve("tools/score.py")), "shared/ beside the project");
        IngestRun run = IngestRun.ingest(out, "corpus");
        assertEquals(0, run.exitCode());
        List<String> command = new ArrayList<>(List.of("python3", SHARED.resolve("tools/score.py").toString(),
                out.resolve("plans").toString(), SHARED.resolve("gold").toString(),
                "--schema", SHARED.resolve("spec/plan.schema.json").toString()));
        for (String floor : SEED_FLOORS) {
            command.add("--min");
            command.add(floor);
        }
        Process score = new ProcessBuilder(command).redirectErrorStream(true).start();
        String table = new String(score.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = score.waitFor();
        System.out.println("=== score.py on the seeds (floors " + SEED_FLOORS + ") ===\n" + table);
        assertEquals(0, code, "a part is below its floor:\n" + table);
    }

}
