package org.planlens.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run journal names each outcome by its status, and a restarted run reads it back to the same counts. */
class RunLedgerTest {
    @Test
    void journal_namesTheStatuses_andARestartReadsThemBack(@TempDir Path dir) throws IOException {
        Path journal = dir.resolve("runs/r.ledger.jsonl");
        RunLedger first = new RunLedger();
        first.journal(journal);
        first.exported("a.pdf", "plan-a");
        first.exported("copy-of-a.pdf", "plan-a");
        first.unchanged("b.pdf", "plan-b");
        first.failed("c.pdf", "not a PDF");
        first.superseded("d.pdf", "plan-old", "plan-d");

        List<String> lines = Files.readAllLines(journal);
        assertEquals(5, lines.size());
        assertTrue(lines.get(0).contains("\"status\":\"exported\""), lines.get(0));
        assertTrue(lines.get(1).contains("\"status\":\"unchanged\""), lines.get(1));
        assertTrue(lines.get(3).contains("\"status\":\"failed\""), lines.get(3));
        assertTrue(lines.get(4).contains("\"status\":\"superseded\""), lines.get(4));

        RunLedger again = new RunLedger();
        again.journal(journal);
        assertEquals(1, again.exportedCount());
        assertEquals(2, again.unchangedCount());
        assertEquals(List.of(new RunLedger.Failure("c.pdf", "not a PDF")), again.failures());
        assertEquals(List.of(new RunLedger.Superseded("d.pdf", "plan-old", "plan-d")), again.supersededPlans());
        assertEquals(List.of(new RunLedger.Duplicate("copy-of-a.pdf", "plan-a", "a.pdf")), again.duplicates());
    }
}
