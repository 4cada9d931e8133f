package org.planlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.support.IngestRun;
import org.planlens.support.Seeds;

/**
 * Issue 3: the Spring Batch job repository on PostgreSQL by setting. {@code ./planlens test} starts a local
 * PostgreSQL and passes its URL in {@code PLANLENS_TEST_PG_URL}.
 */
class PostgresJobRepositoryIntegrationTest {
    private static final String URL = System.getenv("PLANLENS_TEST_PG_URL");

    @Test
    void ingestKeepsItsJobRepositoryInPostgres(@TempDir Path out) throws Exception {
        assumeTrue(URL != null, "PostgreSQL started by ./planlens test");
        long before = executions();

        IngestRun first = IngestRun.ingest(out, "corpus", "--db-url", URL);
        IngestRun second = IngestRun.ingest(out, "corpus", "--db-url", URL);

        assertEquals(0, first.exitCode());
        assertEquals(Seeds.all().size(), first.count("exported"));
        assertEquals(0, second.exitCode());
        assertEquals(Seeds.all().size(), second.count("unchanged"));
        assertEquals(before + 2, executions(), "both runs recorded in PostgreSQL");
        assertTrue(!out.resolve("batch").toFile().exists(), "no H2 repository when a JDBC URL is given");
    }

    private static long executions() throws Exception {
        try (Connection c = DriverManager.getConnection(URL);
                ResultSet rs = c.createStatement()
                        .executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_name = "
                                + "'batch_job_execution'")) {
            rs.next();
            if (rs.getLong(1) == 0) {
                return 0;
            }
        }
        try (Connection c = DriverManager.getConnection(URL);
                ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM batch_job_execution")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
