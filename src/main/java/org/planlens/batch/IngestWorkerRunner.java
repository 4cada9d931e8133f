package org.planlens.batch;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.planlens.pipeline.PipelineSettings;
import org.planlens.pipeline.PlanStore;
import org.planlens.pipeline.ProgressReporter;
import org.planlens.pipeline.RunLedger;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Runs one worker JVM ({@code planlens worker}): the pipeline (rules, reader, text cache, index) and the worker
 * context over the shared PostgreSQL database, taking partition requests until the process is stopped. Plans and
 * texts go to the output folder every worker and the manager see; the index must be one they all write (an
 * OpenSearch cluster, or the local folder with a single worker).
 */
public final class IngestWorkerRunner {
    private final PipelineSettings settings;
    private final String dbUrl;
    private final int threads;
    private final PrintStream out;

    public IngestWorkerRunner(PipelineSettings settings, String dbUrl, int threads, PrintStream out) {
        this.settings = settings;
        this.dbUrl = dbUrl;
        this.threads = threads;
        this.out = out;
    }

    /**
     * Takes partitions until the JVM is stopped; returns only if starting fails (by throwing). Stopping a worker,
     * by any signal, is as killing it: nothing is closed, its database connections drop, and the partition it was
     * running goes back to the queue for another worker to resume from its last committed chunk.
     */
    public void run() throws Exception {
        IngestRun.Pipeline pipeline = IngestJobRunner.pipeline(settings, settings.outDir());
        HikariDataSource jobs = JobRepositoryDatabase.open(dbUrl, threads);
        HikariDataSource requests = requestPool(dbUrl, threads);
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        CountDownLatch stopped = new CountDownLatch(1);
        try {
            Map<String, Object> props = new HashMap<>();
            props.put("planlens.threads", threads);
            props.put("planlens.chunk", PlanStore.DOCUMENTS_PER_COMMIT);
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("planlens", props));
            context.registerBean(
                    IngestWorkerConfig.WorkerRun.class,
                    () -> new IngestWorkerConfig.WorkerRun(
                            new RunLedger(),
                            new ProgressReporter(out, 0, Duration.ofSeconds(10)),
                            jobs,
                            requests,
                            pipeline));
            context.register(IngestWorkerConfig.class);
            context.refresh();
        } catch (RuntimeException | Error e) {
            context.close();
            requests.close();
            jobs.close();
            pipeline.close();
            throw e;
        }
        out.printf("[worker] taking partitions of ingest jobs from the database, %d at a time%n", threads);
        out.flush();
        stopped.await();
    }

    /** The pool requests are taken on: one connection per partition running, held while it runs. */
    private static HikariDataSource requestPool(String url, int threads) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setPoolName("planlens-requests");
        config.setMaximumPoolSize(threads + 1);
        config.setMinimumIdle(1);
        return new HikariDataSource(config);
    }
}
