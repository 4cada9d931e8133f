package org.planlens.batch;

import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.planlens.pipeline.DocumentProcessor;
import org.planlens.pipeline.PlanStore;
import org.planlens.pipeline.ProgressReporter;
import org.planlens.pipeline.RunLedger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.configuration.support.DefaultBatchConfiguration;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.NoSuchStepException;
import org.springframework.batch.core.step.StepLocator;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.integration.channel.QueueChannel;
import org.springframework.integration.endpoint.PollingConsumer;
import org.springframework.integration.transaction.TransactionInterceptorBuilder;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.PeriodicTrigger;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A worker JVM ({@code planlens worker}): takes partition requests from {@link PartitionRequests} and runs the
 * same worker step as a run in one JVM, on {@code planlens.threads} partitions at a time. Each request is taken in a
 * transaction of its own (on a connection pool of its own, apart from the job repository's chunk transactions)
 * that commits only when its partition's step is done: a worker killed mid-partition leaves the request in the
 * queue for another worker, which resumes the partition from its last committed chunk (the reader's position is
 * in the step's context; documents of the chunk cut short are written again, replacing by plan id).
 */
@Configuration(proxyBeanMethods = false)
public class IngestWorkerConfig extends DefaultBatchConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(IngestWorkerConfig.class);

    /**
     * What the worker runner hands this context, its only bean from outside: the worker's ledger and progress, the
     * job repository's pool, the pool partition requests are taken on (a connection held per partition running),
     * and the pipeline.
     */
    record WorkerRun(
            RunLedger ledger,
            ProgressReporter progress,
            DataSource jobs,
            DataSource requests,
            IngestRun.Pipeline pipeline) {}

    /** The job repository's pool; closed with the context. */
    @Bean(destroyMethod = "close")
    public DataSource dataSource(WorkerRun run) {
        return run.jobs();
    }

    @Bean
    public PlatformTransactionManager transactionManager(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource);
    }

    /** The queue, read on the request pool (closed with the context, after the consumer stops). */
    @Bean(destroyMethod = "close")
    public DataSource requestPool(WorkerRun run) {
        return run.requests();
    }

    @Bean
    public QueueChannel partitionRequests(WorkerRun run) {
        return PartitionRequests.channel(run.requests());
    }

    // the ledger, progress, store and processor are the runner's: no destroy method for Spring to infer

    @Bean(destroyMethod = "")
    public RunLedger runLedger(WorkerRun run) {
        return run.ledger();
    }

    @Bean(destroyMethod = "")
    public ProgressReporter progressReporter(WorkerRun run) {
        return run.progress();
    }

    @Bean(destroyMethod = "")
    public PlanStore planStore(WorkerRun run) {
        return run.pipeline().store();
    }

    @Bean(destroyMethod = "")
    public DocumentProcessor documentProcessor(WorkerRun run) {
        return run.pipeline().processor();
    }

    @Bean
    public Step ingestWorker(
            JobRepository repository,
            PlatformTransactionManager transactionManager,
            ManifestSliceReader sliceReader,
            DocumentProcessor pipeline,
            PlanStore store,
            RunLedger ledger,
            ProgressReporter progress,
            @Value("${planlens.chunk}") int chunk) {
        return IngestJobConfig.workerStep(
                repository, transactionManager, sliceReader, pipeline, store, ledger, progress, chunk);
    }

    @Bean
    @StepScope
    public ManifestSliceReader sliceReader(
            @Value("#{stepExecutionContext['manifest']}") String manifest,
            @Value("#{stepExecutionContext['partition']}") int partition,
            @Value("#{stepExecutionContext['partitions']}") int partitions) {
        return new ManifestSliceReader(manifest, partition, partitions);
    }

    @Bean(destroyMethod = "stop")
    public PollingConsumer partitionConsumer(
            QueueChannel partitionRequests,
            JobExplorer explorer,
            Step ingestWorker,
            WorkerRun run,
            BeanFactory beans,
            @Value("${planlens.threads}") int threads) {
        StepExecutionRequestHandler handler = new StepExecutionRequestHandler();
        handler.setJobExplorer(explorer);
        handler.setStepLocator(new StepLocator() {
            @Override
            public List<String> getStepNames() {
                return List.of(IngestJobConfig.WORKER_STEP);
            }

            @Override
            public Step getStep(String name) {
                if (!IngestJobConfig.WORKER_STEP.equals(name)) throw new NoSuchStepException("no step " + name);
                return ingestWorker;
            }
        });
        PollingConsumer consumer = new PollingConsumer(
                partitionRequests, message -> handler.handle((StepExecutionRequest) message.getPayload()));
        consumer.setTrigger(new PeriodicTrigger(Duration.ofMillis(500)));
        consumer.setMaxMessagesPerPoll(1);
        // at most `threads` partitions at once: a poll waits for a free thread
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("planlens-partition-");
        executor.setConcurrencyLimit(threads);
        consumer.setTaskExecutor(executor);
        // receive and run the partition in one transaction: the request leaves the queue when the partition is done
        consumer.setAdviceChain(List.of(new TransactionInterceptorBuilder()
                .transactionManager(new JdbcTransactionManager(run.requests()))
                .build()));
        consumer.setErrorHandler(e -> LOG.warn("partition request failed; it stays queued", e));
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("planlens-poll-");
        scheduler.initialize();
        consumer.setTaskScheduler(scheduler);
        consumer.setBeanFactory(beans);
        consumer.afterPropertiesSet();
        return consumer;
    }
}
