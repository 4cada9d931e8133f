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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.planlens.support.IngestRun;

/**
 * Issue 4: extraction quality measured by the shared scorer (shared/tools/score.py) on the seeds, with a floor
 * per part so quality never drops silently. The score table is printed in every test run.
 */
class ExtractionScoreIntegrationTest {
    private static final Path SHARED = Path.of("../shared");

    /** The figures reached; a change that lowers one fails here. */
    static final List<String> SEED_FLOORS = List.of(
            "sections=0.98",
            "legalReferences=0.97",
            "targets=0.95",
            "targetFields=0.95",
            "agencies=0.93",
            "agencyRoles=0.9",
            "tasks=0.95",
            "taskFields=0.9",
            "metadata=0.95");

    /** Floors on the project's own gold fixtures (composed plans, src/test/resources/gold-fixtures). */
    static final List<String> FIXTURE_FLOORS = List.of(
            "sections=0.95",
            "legalReferences=0.95",
            "targets=0.95",
            "agencies=0.9",
            "agencyRoles=0.9",
            "tasks=0.95",
            "metadata=0.95");

    /**
     * Floors on the real-document dev set (devset/README.md): rules were tuned on {@code dev}; {@code dev3} was the
     * blind holdout until it was opened on 2026-12-07 (its blind figures stay recorded there); rules are built on it
     * since, and its floors follow what they reach.
     */
    static final List<String> DEV_FLOORS = List.of(
            "sections=0.98",
            "legalReferences=0.98",
            "targets=0.95",
            "targetFields=0.7",
            "agencies=0.93",
            "agencyRoles=0.95",
            "tasks=0.95",
            "taskFields=0.95",
            "metadata=0.95");

    static final List<String> DEV3_FLOORS = List.of(
            "sections=0.95",
            "legalReferences=1.0",
            "targets=0.94",
            "targetFields=0.95",
            "agencies=0.9",
            "agencyRoles=0.86",
            "tasks=0.95",
            "metadata=1.0");

    /**
     * The second batch ({@code dev2}), scored first before any rule was written for it: no targets in its gold (a
     * figure found is a false one, so targets have no floor); metadata's weakest field is a province no text prints.
     */
    static final List<String> DEV2_FLOORS = List.of(
            "sections=0.99", "legalReferences=0.95", "agencies=0.9", "agencyRoles=0.85", "tasks=0.95", "metadata=0.85");

    /**
     * The fifth batch ({@code dev5}), scored first before any rule was written for it (devset/README.md), then built
     * on for metadata, targets, sections and references: floors are what those rules reach, rounded down. No tasks in
     * its gold.
     */
    static final List<String> DEV5_FLOORS = List.of(
            "sections=0.99",
            "legalReferences=1.0",
            "targets=1.0",
            "targetFields=1.0",
            "agencies=0.89",
            "agencyRoles=0.86",
            "metadata=1.0");

    /**
     * The second blind set ({@code holdout2}), never read while tuning: floors are its score rounded down (first
     * ingest, then its table only, never its misses, after the dev4, dev5, dev6 and dev8 rules), so a drop shows.
     * Tasks and metadata have none: both had a part at 0 at first ingest (a task table the crawler cut short; a
     * commune no text of the set prints as planlens reads it), where a floor could not catch a drop.
     */
    static final List<String> HOLDOUT2_FLOORS = List.of(
            "sections=0.89",
            "legalReferences=0.89",
            "targets=0.71",
            "targetFields=0.91",
            "agencies=0.66",
            "agencyRoles=0.69");

    /**
     * The sixth batch ({@code dev6}: whole 2025 plans, conclusion notices of the Government's office and decisions
     * issuing a Quy chế), scored first before any rule was written for it (devset/README.md), then built on for
     * agencies, roles, targets, references and sections: floors are what those rules reach, rounded down. No tasks in
     * its gold. Rates and multiples read as figures (issue 18, precision audit) matched eight more of its targets;
     * three of their gold anchors end on the bound or linking word ("tỷ số giới tính khi sinh dưới"), which no
     * indicator holds, so the weakest field (indicator) is measured over more targets, lower.
     */
    static final List<String> DEV6_FLOORS = List.of(
            "sections=0.98",
            "legalReferences=0.97",
            "targets=0.94",
            "targetFields=0.83",
            "agencies=0.87",
            "agencyRoles=0.83",
            "metadata=1.0");

    /**
     * The fourth batch ({@code dev4}, whole documents of 2024-2025 from central bodies and provinces, one plan a task
     * table printed with bars): floors are what the rules built on it reach, rounded down.
     */
    static final List<String> DEV4_FLOORS = List.of(
            "sections=0.99",
            "legalReferences=0.96",
            "targets=0.88",
            "targetFields=0.87",
            "agencies=0.88",
            "agencyRoles=0.82",
            "tasks=1.0",
            "taskFields=0.54",
            "metadata=1.0");

    /**
     * The seventh batch ({@code dev7}: commune, district and ministry issuers, two whole provincial plans), scored
     * first before any rule was written for it (devset/README.md), then built on for metadata, targets and references:
     * floors are what those rules reach, rounded down. No figure of its gold is a target, so one found is a false one
     * (targets 1.0); no tasks.
     */
    static final List<String> DEV7_FLOORS = List.of(
            "sections=0.99", "legalReferences=1.0", "targets=1.0", "agencies=0.68", "agencyRoles=0.76", "metadata=0.9");

    /**
     * The eighth batch ({@code dev8}: whole 2025 provincial plans, a conclusion notice and a decision issuing a Quy
     * định, one task table), scored first before any rule was written for it (devset/README.md), then built on for
     * agencies, references and the period a plan's "Thời gian thực hiện" states: floors are what those rules reach,
     * rounded down.
     */
    static final List<String> DEV8_FLOORS = List.of(
            "sections=0.99",
            "legalReferences=1.0",
            "targets=0.83",
            "targetFields=0.88",
            "agencies=0.93",
            "agencyRoles=0.8",
            "tasks=1.0",
            "taskFields=1.0",
            "metadata=1.0");

    /**
     * The ninth batch ({@code dev9}: openings of commune, department, ministry, chairman's and council documents,
     * chosen for their headers), scored first before any rule was written for it (devset/README.md), then built on for
     * metadata, then for agencies (a sentence wrapped over lines read whole): floors are what those rules reach,
     * rounded down. One figure of its gold is a target; no tasks.
     */
    static final List<String> DEV9_FLOORS = List.of(
            "sections=0.98",
            "legalReferences=0.94",
            "targets=1.0",
            "targetFields=1.0",
            "agencies=0.88",
            "agencyRoles=1.0",
            "metadata=1.0");

    /**
     * The eleventh batch ({@code dev11}: whole 2025 documents of a department, a provincial tax office, two
     * ministries, a customs department, a council, a chairman, signed under "KT."), scored first before any rule was
     * written for it (devset/README.md), then built on for metadata: floors are what those rules reach, rounded
     * down. No figure of its gold is a target and it has no task table, so targets and tasks have no floor.
     */
    static final List<String> DEV11_FLOORS =
            List.of("sections=0.98", "legalReferences=0.96", "agencies=0.78", "agencyRoles=0.79", "metadata=1.0");

    static final List<String> DEV10_FLOORS = List.of(
            "sections=0.97", "legalReferences=0.9", "targets=1.0", "agencies=0.88", "agencyRoles=0.9", "metadata=1.0");

    /**
     * The twelfth batch ({@code dev12}: task tables never seen, a ministry's letter whole and three task appendices
     * cut from their decisions), scored first before any rule was written for it (devset/README.md), then built on for
     * task tables: floors are what those rules reach, rounded down. The appendices print no metadata but a period.
     */
    static final List<String> DEV12_FLOORS = List.of(
            "sections=0.96",
            "legalReferences=0.9",
            "targets=0.5",
            "targetFields=0.87",
            "agencies=0.78",
            "agencyRoles=0.89",
            "tasks=1.0",
            "taskFields=0.99",
            "metadata=0.25");

    /**
     * The batch of documents rich in quantified targets ({@code dev13}: whole 2025 plans with lists of Chỉ tiêu, an
     * export plan counting tonnes and ranges of yearly rates, a finance plan of results and forecasts), scored first
     * before any rule was written for it (devset/README.md), then built on for targets: floors are what those rules
     * reach, rounded down. No tasks in its gold.
     */
    static final List<String> DEV13_FLOORS = List.of(
            "sections=0.98",
            "legalReferences=0.84",
            "targets=0.85",
            "targetFields=0.8",
            "agencies=0.74",
            "agencyRoles=0.71",
            "metadata=0.75");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "dev",
                "dev2",
                "dev3",
                "dev4",
                "dev5",
                "dev6",
                "dev7",
                "dev8",
                "dev9",
                "dev10",
                "dev11",
                "dev12",
                "dev13",
                "holdout2"
            })
    void realDocumentsScoreAtLeastTheFloors(String split, @TempDir Path out) throws Exception {
        assumeTrue(Files.isRegularFile(SHARED.resolve("tools/score.py")), "shared/ beside the project");
        Path set = Path.of("devset", split);
        IngestRun run = IngestRun.ingest(out, set.resolve("docs").toString());
        assertEquals(0, run.exitCode());
        score(
                "the real documents (" + split + ")",
                out.resolve("plans"),
                set.resolve("gold"),
                switch (split) {
                    case "dev" -> DEV_FLOORS;
                    case "dev2" -> DEV2_FLOORS;
                    case "dev3" -> DEV3_FLOORS;
                    case "dev4" -> DEV4_FLOORS;
                    case "dev5" -> DEV5_FLOORS;
                    case "dev6" -> DEV6_FLOORS;
                    case "dev7" -> DEV7_FLOORS;
                    case "dev8" -> DEV8_FLOORS;
                    case "dev9" -> DEV9_FLOORS;
                    case "dev11" -> DEV11_FLOORS;
                    case "dev10" -> DEV10_FLOORS;
                    case "dev12" -> DEV12_FLOORS;
                    case "dev13" -> DEV13_FLOORS;
                    case "holdout2" -> HOLDOUT2_FLOORS;
                    default -> throw new IllegalArgumentException("no floors for the split " + split);
                });
    }

    @Test
    void seedsScoreAtLeastTheFloors(@TempDir Path out) throws Exception {
        assumeTrue(Files.isRegularFile(SHARED.resolve("tools/score.py")), "shared/ beside the project");
        IngestRun run = IngestRun.ingest(out, "corpus");
        assertEquals(0, run.exitCode());
        score("the seeds", out.resolve("plans"), SHARED.resolve("gold"), SEED_FLOORS);
    }

    @Test
    void ownGoldFixturesScoreAtLeastTheFloors(@TempDir Path out) throws Exception {
        assumeTrue(Files.isRegularFile(SHARED.resolve("tools/score.py")), "shared/ beside the project");
        Path fixtures = Path.of("src/test/resources/gold-fixtures");
        Path texts = Files.createDirectories(out.resolve("texts"));
        Path gold = Files.createDirectories(out.resolve("gold"));
        try (var files = Files.list(fixtures)) {
            for (Path f : files.toList()) {
                Files.copy(f, (f.toString().endsWith(".json") ? gold : texts).resolve(f.getFileName()));
            }
        }
        IngestRun run = IngestRun.ingest(out.resolve("out"), texts.toString());
        assertEquals(0, run.exitCode());
        score("the gold fixtures", out.resolve("out/plans"), gold, FIXTURE_FLOORS);
    }

    private static void score(String what, Path plans, Path gold, List<String> floors) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                "python3",
                SHARED.resolve("tools/score.py").toString(),
                plans.toString(),
                gold.toString(),
                "--schema",
                SHARED.resolve("spec/plan.schema.json").toString()));
        for (String floor : floors) {
            command.add("--min");
            command.add(floor);
        }
        Process score = new ProcessBuilder(command).redirectErrorStream(true).start();
        String table = new String(score.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = score.waitFor();
        System.out.println("=== score.py on " + what + " (floors " + floors + ") ===\n" + table);
        assertEquals(0, code, "a part is below its floor on " + what + ":\n" + table);
    }
}
