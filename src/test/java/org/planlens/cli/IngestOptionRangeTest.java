package org.planlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** Issue 23, item 14: option values out of range are one line naming the allowed range, exit status 2. */
class IngestOptionRangeTest {
    @TempDir
    Path work;

    @ParameterizedTest
    @CsvSource({
        "--threads, 0, 1 to 256",
        "--threads, -1, 1 to 256",
        "--threads, 100000, 1 to 256",
        "--max-mb, -1, 1 to 4096",
        "--max-mb, 0, 1 to 4096",
        "--timeout, 0, 1 to 86400",
        "--timeout, -5, 1 to 86400"
    })
    void outOfRange_oneLine_exit2(String option, String value, String range) throws Exception {
        Path in = Files.writeString(work.resolve("plan.txt"), "Kế hoạch");
        StringWriter err = new StringWriter();
        CommandLine cl = PlanlensMain.commandLine();
        cl.setErr(new PrintWriter(err));

        int code =
                cl.execute("ingest", in.toString(), "--out", work.resolve("out").toString(), option, value);

        assertEquals(2, code);
        String message = err.toString().strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains(option) && message.contains(range) && message.contains(value), message);
        assertFalse(Files.exists(work.resolve("out")), "nothing made before the options are checked");
    }
}
