package org.planlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.support.IngestRun;
import org.planlens.support.Seeds;
import picocli.CommandLine;

/**
 * Issue 23, items 12 and 13: query commands writing rows with --out, and a query too long for Lucene, each end with
 * one line and the right exit status, and never harm the index.
 */
class QueryOutputIntegrationTest {
    @TempDir
    static Path work;

    static Path index;

    record Result(int exit, String out, String err) {}

    @BeforeAll
    static void ingestOnePlan() {
        IngestRun run = IngestRun.ingest(work.resolve("out"), Seeds.all().get(0).toString(), "--threads", "1");
        assertEquals(0, run.exitCode());
        index = work.resolve("out/index");
    }

    static Result run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        CommandLine cl = PlanlensMain.commandLine();
        cl.setOut(new PrintWriter(o));
        cl.setErr(new PrintWriter(e));
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.addAll(List.of("--index", index.toString()));
        return new Result(cl.execute(all.toArray(String[]::new)), o.toString(), e.toString());
    }

    private static void assertOneLine(Result r) {
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void outIntoTheIndex_isRefused_andTheIndexStillAnswers() {
        Result r = run(
                "export",
                "--what",
                "plans",
                "--format",
                "csv",
                "--out",
                index.resolve("rows.csv").toString());

        assertEquals(2, r.exit());
        assertOneLine(r);
        assertTrue(r.err().contains("inside the index folder"), r.err());
        assertFalse(Files.exists(index.resolve("rows.csv")));
        assertEquals(0, run("export", "--what", "plans").exit());
    }

    @Test
    void outIntoAMissingFolder_isRefused_andNoFolderIsMade() {
        Path missing = work.resolve("nonexistent/dir/x.csv");

        Result r = run("export", "--what", "plans", "--format", "csv", "--out", missing.toString());

        assertEquals(2, r.exit());
        assertOneLine(r);
        assertTrue(r.err().contains("does not exist"), r.err());
        assertFalse(Files.exists(work.resolve("nonexistent")));
    }

    @Test
    void aWriteError_isReportedAsOne() {
        assumeTrue(Files.exists(Path.of("/dev/full")), "/dev/full (every write fails: no space) exists");

        Result r = run("export", "--what", "plans", "--format", "csv", "--out", "/dev/full");

        assertEquals(1, r.exit());
        assertOneLine(r);
        assertTrue(r.err().contains("cannot write /dev/full"), r.err());
        assertFalse(r.err().contains("cannot read the index"), r.err());
    }

    @Test
    void aPhraseOfOverAThousandWords_isOneLine_exit2() {
        String phrase = "\"" + "cải cách hành chính ".repeat(258).strip() + "\"";

        Result r = run("search", phrase);

        assertEquals(2, r.exit(), r.err());
        assertOneLine(r);
        assertTrue(r.err().contains("too long"), r.err());
    }
}
