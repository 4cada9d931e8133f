package org.planlens.batch;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.integration.channel.QueueChannel;
import org.springframework.integration.jdbc.store.JdbcChannelMessageStore;
import org.springframework.integration.jdbc.store.channel.PostgresChannelMessageStoreQueryProvider;
import org.springframework.integration.store.MessageGroupQueue;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * The channel partition requests travel through from the manager to the workers: a queue kept in PostgreSQL
 * (Spring Integration's {@code JdbcChannelMessageStore}, in the job repository's database), so a request waits
 * there until a worker takes it, and goes back to the queue if the worker dies before finishing it (workers
 * take requests in a transaction held until the partition is done; PostgreSQL's {@code SKIP LOCKED} keeps other
 * workers off a request being worked on).
 */
final class PartitionRequests {
    /** The message group of the ingest job's partition requests. */
    static final String GROUP = "planlens-partitions";

    private static final String TABLE = "INT_CHANNEL_MESSAGE";

    private PartitionRequests() {}

    /** The channel over {@code db}, whose Spring Integration tables are made the first time. */
    static QueueChannel channel(DataSource db) {
        createSchemaIfMissing(db);
        JdbcChannelMessageStore store = new JdbcChannelMessageStore(db);
        store.setChannelMessageStoreQueryProvider(new PostgresChannelMessageStoreQueryProvider());
        // what a request is made of, the only classes read back from the table: the message, its headers (an id,
        // a time stamp) and Spring Batch's StepExecutionRequest
        store.addAllowedPatterns(
                "org.springframework.messaging.support.GenericMessage",
                "org.springframework.messaging.MessageHeaders",
                "java.util.*",
                "java.lang.*",
                StepExecutionRequest.class.getName());
        store.afterPropertiesSet();
        QueueChannel channel = new QueueChannel(new MessageGroupQueue(store, GROUP));
        channel.setBeanName("partitionRequests");
        return channel;
    }

    private static void createSchemaIfMissing(DataSource db) {
        try (Connection c = db.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            for (String name : new String[] {TABLE, TABLE.toLowerCase()}) {
                try (ResultSet tables = meta.getTables(c.getCatalog(), c.getSchema(), name, new String[] {"TABLE"})) {
                    if (tables.next()) return;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot look for the partition request tables: " + e.getMessage(), e);
        }
        new ResourceDatabasePopulator(
                        new ClassPathResource("org/springframework/integration/jdbc/schema-postgresql.sql"))
                .execute(db);
    }
}
