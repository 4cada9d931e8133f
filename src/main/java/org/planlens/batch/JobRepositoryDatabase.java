package org.planlens.batch;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.batch.support.DatabaseType;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * The job repository's database: a connection pool on an H2 file under the output folder, or on any JDBC URL
 * (PostgreSQL), with Spring Batch's tables created the first time (from the schema script Spring Batch ships for
 * that database).
 */
final class JobRepositoryDatabase {
    /** A marker table of Spring Batch's schema. */
    private static final String JOB_TABLE = "BATCH_JOB_INSTANCE";

    private JobRepositoryDatabase() {}

    /** The H2 file database of an output folder, with H2's default user. */
    static String h2Url(Path outDir) {
        return "jdbc:h2:file:" + outDir.toAbsolutePath().resolve("batch").resolve("jobs")
                + ";TRACE_LEVEL_FILE=0;USER=sa;PASSWORD=";
    }

    /** A pool on {@code url} (user and password in the URL) whose database holds Spring Batch's tables. */
    static HikariDataSource open(String url, int threads) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setPoolName("planlens-jobs");
        // the manager step and each worker hold one connection at a time; two spare for the launcher and explorer
        config.setMaximumPoolSize(threads + 3);
        config.setMinimumIdle(1);
        HikariDataSource pool = new HikariDataSource(config);
        try {
            createSchemaIfMissing(pool);
            return pool;
        } catch (RuntimeException | Error e) {
            pool.close();
            throw e;
        }
    }

    private static void createSchemaIfMissing(DataSource db) {
        try {
            if (hasJobTables(db)) {
                return;
            }
            String script =
                    "org/springframework/batch/core/schema-" + scriptName(DatabaseType.fromMetaData(db)) + ".sql";
            new ResourceDatabasePopulator(new ClassPathResource(script)).execute(db);
        } catch (SQLException | MetaDataAccessException e) {
            throw new IllegalStateException("cannot prepare the job repository database: " + e.getMessage(), e);
        }
    }

    /** The name Spring Batch gives its schema script for a database. */
    private static String scriptName(DatabaseType type) {
        return switch (type) {
            case POSTGRES -> "postgresql";
            case HSQL -> "hsqldb";
            default -> type.name().toLowerCase(Locale.ROOT);
        };
    }

    private static boolean hasJobTables(DataSource db) throws SQLException {
        try (Connection c = db.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            // stored upper case by H2, lower case by PostgreSQL
            for (String name : new String[] {JOB_TABLE, JOB_TABLE.toLowerCase(Locale.ROOT)}) {
                try (ResultSet tables = meta.getTables(c.getCatalog(), c.getSchema(), name, new String[] {"TABLE"})) {
                    if (tables.next()) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
