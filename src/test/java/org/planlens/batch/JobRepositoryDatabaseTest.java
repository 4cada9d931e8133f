package org.planlens.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job repository's tables are made on a fresh database and left (with their rows) on the next open. */
class JobRepositoryDatabaseTest {
    private static final String PG_URL = System.getenv("PLANLENS_TEST_PG_URL");

    @Test
    void h2FileGetsSpringBatchTablesOnceAndKeepsRows(@TempDir Path out) throws Exception {
        String url = JobRepositoryDatabase.h2Url(out);
        try (HikariDataSource db = JobRepositoryDatabase.open(url, 2)) {
            assertEquals(0, count(db, "BATCH_JOB_INSTANCE"));
            try (Connection c = db.getConnection();
                    Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO BATCH_JOB_INSTANCE (JOB_INSTANCE_ID, VERSION, JOB_NAME, JOB_KEY) "
                        + "VALUES (1, 0, 'ingest', 'k')");
            }
        }
        try (HikariDataSource db = JobRepositoryDatabase.open(url, 2)) {
            assertEquals(1, count(db, "BATCH_JOB_INSTANCE"), "opened again: tables and rows kept");
            assertEquals(0, count(db, "BATCH_STEP_EXECUTION_CONTEXT"));
        }
    }

    /** A schema of its own, so tables that earlier runs left in the public schema cannot stand in for them. */
    @Test
    void postgresSchemaGetsSpringBatchTables() throws Exception {
        assumeTrue(PG_URL != null, "PostgreSQL started by ./planlens test");
        String schema =
                "planlens_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(PG_URL);
                Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        try (HikariDataSource db = JobRepositoryDatabase.open(PG_URL + "&currentSchema=" + schema, 2)) {
            assertEquals(0, count(db, "batch_job_execution"));
            assertEquals(schema, tableSchema(db, "batch_job_execution"));
        } finally {
            try (Connection c = DriverManager.getConnection(PG_URL);
                    Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static long count(HikariDataSource db, String table) throws Exception {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String tableSchema(HikariDataSource db, String table) throws Exception {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT table_schema FROM information_schema.tables WHERE table_name = '"
                        + table + "' AND table_schema = current_schema()")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
