package org.planlens.batch;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import org.planlens.batch.IngestRun.Pipeline;
import org.planlens.export.Printable;
import org.planlens.extract.PlanExtractor;
import org.planlens.input.DocumentStager;
import org.planlens.input.InputScan;
import org.planlens.input.SkippedInput;
import org.planlens.pipeline.DocumentProcessor;
import org.planlens.pipeline.Manifest;
import org.planlens.pipeline.PipelineSettings;
import org.planlens.pipeline.PlanStore;
import org.planlens.pipeline.ProgressReporter;
import org.planlens.pipeline.RunLedger;
import org.planlens.pipeline.RunReport;
import org.planlens.pipeline.RunStatus;
import org.planlens.pipeline.TextCache;
import org.planlens.pipeline.WorkFolder;
import org.planlens.rules.ModelData;
import org.planlens.text.DocumentTextReader;
import org.planlens.text.ReadingSettings;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobInstance;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the ingest job for one scan of the inputs: a fresh run, or, when the last run over the same inputs and
 * output was killed or failed, a restart of that run (finished partitions are not redone). Builds the Spring
 * context with the job repository in the output folder unless a JDBC URL is given.
 */
public final class IngestJobRunner {
    private final PipelineSettings settings;
    private final String dbUrl;
    private final int threads;
    private final PrintStream out;
    private final int remotePartitions;

    public IngestJobRunner(PipelineSettings settings, String dbUrl, int threads, PrintStream out) {
        this(settings, dbUrl, threads, out, 0);
    }

    /**
     * A runner whose partitions, {@code remotePartitions} of them, are run by worker JVMs ({@code planlens worker})
     * when above 0; {@code dbUrl} is then the PostgreSQL database the workers share.
     */
    public IngestJobRunner(
            PipelineSettings settings, String dbUrl, int threads, PrintStream out, int remotePartitions) {
        this.settings = settings;
        this.dbUrl = dbUrl;
        this.threads = threads;
        this.out = out;
        this.remotePartitions = remotePartitions;
    }

    public RunReport run(List<Path> inputs, InputScan scan, String inputsKey) throws Exception {
        Path outDir = settings.outDir();
        String runId = RunIds.next();
        Path manifest = outDir.resolve("runs").resolve(runId + ".manifest.jsonl");
        RunLedger ledger = new RunLedger();
        for (SkippedInput s : scan.skipped()) {
            ledger.skipped(s.location(), s.reason());
        }
        for (SkippedInput f : scan.failed()) {
            ledger.inputFailed(f.location(), f.reason());
            out.println("[ingest] FAILED " + Printable.of(f.location()) + ": " + Printable.of(f.reason()));
        }
        int leftovers = new WorkFolder(outDir).clear();
        if (leftovers > 0) {
            out.println("[ingest] deleted " + leftovers + " temporary files an interrupted run left in "
                    + new WorkFolder(outDir).path());
        }
        Instant started = Instant.now();
        out.printf(
                "[ingest] %d documents to read (%d other files skipped), %d threads%n",
                scan.documents().size(), scan.skipped().size(), threads);
        if (remotePartitions > 0) {
            Manifest.write(manifest, scan.documents());
            out.printf("[ingest] %d partitions for the workers (planlens worker) to take%n", remotePartitions);
            try (ConfigurableApplicationContext context = remoteContext()) {
                return launch(context, inputs, scan, inputsKey, runId, manifest, ledger, started, true);
            }
        }
        ProgressReporter progress = new ProgressReporter(out, scan.documents().size(), Duration.ofSeconds(2));
        // The Spring context (with the job repository's database) and the pipeline (rules, Tika's detector, the
        // index) are each slow to build and need nothing from each other until the worker step is made: build them
        // on two threads.
        CompletableFuture<Pipeline> pipeline = new CompletableFuture<>();
        CompletableFuture<ConfigurableApplicationContext> starting = startContext(ledger, progress, pipeline);
        Pipeline built;
        try {
            Manifest.write(manifest, scan.documents());
            built = pipeline(outDir);
            pipeline.complete(built);
        } catch (Exception | Error e) {
            pipeline.completeExceptionally(e);
            closeWhenStarted(starting);
            throw e;
        }
        try (built;
                ConfigurableApplicationContext context = started(starting)) {
            return launch(context, inputs, scan, inputsKey, runId, manifest, ledger, started, false);
        }
    }

    /** Starts or restarts the job in {@code context}, then writes the run report. */
    private RunReport launch(
            ConfigurableApplicationContext context,
            List<Path> inputs,
            InputScan scan,
            String inputsKey,
            String runId,
            Path manifest,
            RunLedger ledger,
            Instant started,
            boolean remote)
            throws Exception {
        Path outDir = settings.outDir();
        {
            JobLauncher launcher = context.getBean(JobLauncher.class);
            Job job = context.getBean(Job.class);
            Optional<JobExecution> interrupted = interruptedRun(context, inputsKey);
            JobParameters params;
            String restartOf = null;
            if (interrupted.isPresent()) {
                params = interrupted.get().getJobParameters();
                restartOf = params.getString("run");
                out.println("[ingest] resuming interrupted run " + restartOf + " (finished documents are not redone)");
                runId = restartOf + "-restart-" + RunIds.next();
                // the restart reads the interrupted run's manifest, not the one just written
                Files.deleteIfExists(manifest);
                manifest = Path.of(params.getString("manifest"));
            } else {
                params = new JobParametersBuilder()
                        .addString("inputs", inputsKey)
                        .addString("run", runId)
                        .addString("manifest", manifest.toString())
                        .toJobParameters();
            }
            // outcomes journaled under the first run's id: a restart adds to them, so its report counts every document
            ledger.journal(outDir.resolve("runs").resolve(params.getString("run") + ".ledger.jsonl"));
            RunStatus status;
            try {
                JobExecution execution = launcher.run(job, params);
                if (remote) {
                    // the partitions' outcomes are in their step contexts, kept by the workers
                    PartitionTally.collect(context.getBean(JobExplorer.class), execution, ledger);
                }
                status = execution.getStatus() == BatchStatus.COMPLETED
                        ? RunStatus.completed()
                        : RunStatus.failed(RunFailure.describe(execution.getAllFailureExceptions()));
            } catch (Exception e) {
                // the job repository itself failed (a full disk): the run ends, reported as any failed run is
                status = RunStatus.failed(RunFailure.line(e));
            }
            double seconds = Duration.between(started, Instant.now()).toMillis() / 1000.0;
            int seen = Manifest.read(manifest).size() + scan.failed().size();
            RunReport report = new RunReport(
                    runId,
                    status,
                    started.toString(),
                    Instant.now().toString(),
                    seconds,
                    restartOf,
                    inputs.stream().map(Path::toString).toList(),
                    seen,
                    ledger.exportedCount(),
                    ledger.unchangedCount(),
                    ledger.failures(),
                    ledger.skips(),
                    ledger.duplicates(),
                    ledger.supersededPlans(),
                    seconds > 0 ? seen / seconds : 0);
            try {
                new RunReportWriter(outDir).write(report);
            } catch (IOException e) {
                out.println("[ingest] cannot write the run report: " + RunFailure.describe(List.of(e)));
            }
            return report;
        }
    }

    private Pipeline pipeline(Path outDir) throws IOException {
        return pipeline(settings, outDir);
    }

    /** The store and processor for {@code settings}: rules, reader, text cache, index. */
    static Pipeline pipeline(PipelineSettings settings, Path outDir) throws IOException {
        ModelData models = settings.modelsDir() == null ? ModelData.packaged() : ModelData.from(settings.modelsDir());
        // the files reading loads are told apart from the extraction rules: only they (with the other reading
        // settings) key the text cache
        ModelData readingModels =
                settings.modelsDir() == null ? ModelData.packaged() : ModelData.from(settings.modelsDir());
        PlanExtractor extractor = new PlanExtractor(models);
        WorkFolder work = new WorkFolder(outDir);
        DocumentTextReader textReader = new DocumentTextReader(
                settings.readOptions(), settings.ocrOptions().withWorkDir(work.ocr()), readingModels);
        String fingerprint = PipelineFingerprint.of(models) + "-" + readingModels.fingerprint();
        TextCache texts = new TextCache(
                outDir,
                ReadingSettings.key(settings.readOptions(), settings.ocrOptions(), readingModels.fingerprint()));
        PlanStore store = new PlanStore(outDir, settings.index(), fingerprint, models);
        try {
            return new Pipeline(
                    store,
                    new DocumentProcessor(
                            new DocumentStager(settings.inputLimits(), work.path()),
                            textReader,
                            extractor,
                            store,
                            settings.readOptions(),
                            fingerprint,
                            settings.force(),
                            texts));
        } catch (RuntimeException | Error e) {
            store.close();
            throw e;
        }
    }

    /**
     * Starts the Spring context on its own thread (which inherits this thread's class loader, so the nested jars
     * are seen). The store and processor beans wait for {@code pipeline} only when the worker step is made.
     */
    private CompletableFuture<ConfigurableApplicationContext> startContext(
            RunLedger ledger, ProgressReporter progress, CompletableFuture<Pipeline> pipeline) {
        CompletableFuture<ConfigurableApplicationContext> starting = new CompletableFuture<>();
        Thread t = new Thread(
                () -> {
                    try {
                        starting.complete(context(ledger, progress, pipeline));
                    } catch (Throwable e) {
                        starting.completeExceptionally(e);
                    }
                },
                "planlens-start");
        t.setDaemon(true);
        t.start();
        return starting;
    }

    private static ConfigurableApplicationContext started(CompletableFuture<ConfigurableApplicationContext> starting)
            throws Exception {
        try {
            return starting.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception x) {
                throw x;
            }
            throw (Error) e.getCause();
        }
    }

    /** After the pipeline failed to build: the context's step cannot be made, so it fails; close it if it did not. */
    private static void closeWhenStarted(CompletableFuture<ConfigurableApplicationContext> starting) {
        try {
            starting.get().close();
        } catch (ExecutionException | RuntimeException e) {
            // expected: the context could not get its processor
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The manager's context when workers run the partitions: job repository and request queue in PostgreSQL. */
    private ConfigurableApplicationContext remoteContext() {
        HikariDataSource db = JobRepositoryDatabase.open(dbUrl, threads);
        return started(
                db,
                Map.of("planlens.partitions", remotePartitions),
                RemoteIngestJobConfig.RemoteRun.class,
                () -> new RemoteIngestJobConfig.RemoteRun(db),
                RemoteIngestJobConfig.class);
    }

    private ConfigurableApplicationContext context(
            RunLedger ledger, ProgressReporter progress, CompletableFuture<Pipeline> pipeline) {
        HikariDataSource db = JobRepositoryDatabase.open(
                dbUrl != null ? dbUrl : JobRepositoryDatabase.h2Url(settings.outDir()), threads);
        Map<String, Object> props = new HashMap<>();
        props.put("planlens.threads", threads);
        props.put("planlens.partitions", Math.max(threads * 4, 1));
        props.put("planlens.chunk", PlanStore.DOCUMENTS_PER_COMMIT);
        return started(
                db, props, IngestRun.class, () -> new IngestRun(ledger, progress, db, pipeline), IngestJobConfig.class);
    }

    /** A job context over {@code db} with the run's settings, its run bean and its job configuration. */
    private static <R> ConfigurableApplicationContext started(
            HikariDataSource db, Map<String, Object> props, Class<R> runType, Supplier<R> run, Class<?> config) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        try {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("planlens", props));
            context.registerBean(runType, run);
            context.register(config);
            context.refresh();
            return context;
        } catch (RuntimeException | Error e) {
            context.close();
            // the context closes the pool only when it got as far as making the bean; closing twice is a no-op
            db.close();
            throw e;
        }
    }

    /**
     * The last run over the same inputs if it did not complete. A run still marked as running is dead (the output
     * folder is locked by this process), so it is marked failed first, as an operator would.
     */
    private static Optional<JobExecution> interruptedRun(ConfigurableApplicationContext context, String inputsKey) {
        JobExplorer explorer = context.getBean(JobExplorer.class);
        JobRepository repository = context.getBean(JobRepository.class);
        List<JobInstance> instances = explorer.getJobInstances(IngestJobConfig.JOB_NAME, 0, 50);
        for (JobInstance instance : instances) {
            List<JobExecution> executions = new ArrayList<>(explorer.getJobExecutions(instance));
            if (executions.isEmpty()) {
                continue;
            }
            JobExecution last = executions.get(0);
            if (!inputsKey.equals(last.getJobParameters().getString("inputs"))) {
                continue;
            }
            BatchStatus status = last.getStatus();
            if (status == BatchStatus.COMPLETED || status == BatchStatus.ABANDONED) {
                return Optional.empty();
            }
            if (status.isRunning()) {
                markFailed(repository, last);
            }
            return Optional.of(last);
        }
        return Optional.empty();
    }

    private static void markFailed(JobRepository repository, JobExecution execution) {
        Date now = new Date();
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus().isRunning()) {
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(ExitStatus.FAILED.addExitDescription("process ended before the step finished"));
                step.setEndTime(now.toInstant().atZone(ZoneId.systemDefault()).toLocalDateTime());
                repository.update(step);
            }
        }
        execution.setStatus(BatchStatus.FAILED);
        execution.setExitStatus(ExitStatus.FAILED.addExitDescription("process ended before the job finished"));
        execution.setEndTime(now.toInstant().atZone(ZoneId.systemDefault()).toLocalDateTime());
        repository.update(execution);
    }
}
