package org.planlens.batch;

import javax.sql.DataSource;
import org.planlens.input.InputDocument;
import org.planlens.model.UnreadableDocumentException;
import org.planlens.pipeline.DocumentProcessor;
import org.planlens.pipeline.IngestOutcome;
import org.planlens.pipeline.PlanStore;
import org.planlens.pipeline.ProgressReporter;
import org.planlens.pipeline.RunLedger;
import org.springframework.batch.core.ItemProcessListener;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.SkipListener;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.configuration.support.DefaultBatchConfiguration;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The ingest job: a manager step deals the run's manifest out to partitions, worker steps read, process and write
 * documents in chunks on {@code planlens.threads} threads. A document that cannot be read is skipped and recorded;
 * nothing else in the batch depends on it. Every bean is declared here; the run's own objects (ledger, progress,
 * pipeline, the job repository's pool) come from the one {@link IngestRun} the runner registers, and Spring Batch's
 * defaults make the repository, launcher and explorer over the data source and transaction manager declared here.
 */
@Configuration(proxyBeanMethods = false)
public class IngestJobConfig extends DefaultBatchConfiguration {
    public static final String JOB_NAME = "ingest";
    /** The partitioned step's name: partition requests name it, workers run it. */
    static final String WORKER_STEP = "ingestWorker";

    /** The job repository's pool; closed with the context. */
    @Bean(destroyMethod = "close")
    public DataSource dataSource(IngestRun run) {
        return run.database();
    }

    @Bean
    public PlatformTransactionManager transactionManager(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource);
    }

    // The run's ledger, progress, store and processor are the runner's: it reads and closes them after the job,
    // so they have no destroy method for Spring to infer.

    @Bean(destroyMethod = "")
    public RunLedger runLedger(IngestRun run) {
        return run.ledger();
    }

    @Bean(destroyMethod = "")
    public ProgressReporter progressReporter(IngestRun run) {
        return run.progress();
    }

    @Bean(destroyMethod = "")
    public PlanStore planStore(IngestRun run) {
        return run.pipeline().join().store();
    }

    @Bean(destroyMethod = "")
    public DocumentProcessor documentProcessor(IngestRun run) {
        return run.pipeline().join().processor();
    }

    @Bean
    public Job ingestJob(JobRepository repository, Step ingestManager) {
        return new JobBuilder(JOB_NAME, repository).start(ingestManager).build();
    }

    @Bean
    public Step ingestManager(
            JobRepository repository,
            Step ingestWorker,
            ManifestPartitioner partitioner,
            @Value("${planlens.threads}") int threads,
            @Value("${planlens.partitions}") int partitions) {
        return new StepBuilder("ingestManager", repository)
                .partitioner(WORKER_STEP, partitioner)
                .step(ingestWorker)
                .gridSize(partitions)
                .taskExecutor(workerThreads(threads))
                .build();
    }

    @Bean
    @StepScope
    public ManifestPartitioner partitioner(@Value("#{jobParameters['manifest']}") String manifest) {
        return new ManifestPartitioner(manifest);
    }

    @Bean
    public Step ingestWorker(
            JobRepository repository,
            PlatformTransactionManager transactions,
            ManifestSliceReader sliceReader,
            DocumentProcessor pipeline,
            PlanStore store,
            RunLedger ledger,
            ProgressReporter progress,
            @Value("${planlens.chunk}") int chunk) {
        return workerStep(repository, transactions, sliceReader, pipeline, store, ledger, progress, chunk);
    }

    /** The worker step, the same in this JVM's partitions and in a remote worker's ({@link IngestWorkerConfig}). */
    static Step workerStep(
            JobRepository repository,
            PlatformTransactionManager transactions,
            ManifestSliceReader sliceReader,
            DocumentProcessor pipeline,
            PlanStore store,
            RunLedger ledger,
            ProgressReporter progress,
            int chunk) {
        IngestListener listener = new IngestListener(ledger, progress);
        return new StepBuilder(WORKER_STEP, repository)
                .<InputDocument, IngestOutcome>chunk(chunk, transactions)
                .reader(sliceReader)
                .processor(new IngestProcessor(pipeline))
                .writer(new PlanWriter(store, ledger))
                .faultTolerant()
                .processorNonTransactional()
                .skip(UnreadableDocumentException.class)
                .skipLimit(Integer.MAX_VALUE)
                .listener((SkipListener<InputDocument, IngestOutcome>) listener)
                .listener((ItemProcessListener<InputDocument, IngestOutcome>) listener)
                .build();
    }

    @Bean
    @StepScope
    public ManifestSliceReader sliceReader(
            @Value("#{stepExecutionContext['manifest']}") String manifest,
            @Value("#{stepExecutionContext['partition']}") int partition,
            @Value("#{stepExecutionContext['partitions']}") int partitions) {
        return new ManifestSliceReader(manifest, partition, partitions);
    }

    private static TaskExecutor workerThreads(int threads) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("planlens-worker-");
        executor.setConcurrencyLimit(threads);
        return executor;
    }
}
