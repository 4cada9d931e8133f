package org.planlens.batch;

import javax.sql.DataSource;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.configuration.support.DefaultBatchConfiguration;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.channel.QueueChannel;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The ingest job when its partitions run in worker JVMs ({@code planlens worker}): the manager step deals the
 * manifest out to partitions as in one JVM, sends one request per partition through {@link PartitionRequests},
 * and polls the job repository until every partition's step is done. The same job name and parameters as
 * {@link IngestJobConfig}, so a killed run is restarted the same way. Every bean is declared here; the one from
 * outside is the {@link RemoteRun} the runner registers (the PostgreSQL pool of the job repository and the queue).
 */
@Configuration(proxyBeanMethods = false)
public class RemoteIngestJobConfig extends DefaultBatchConfiguration {
    /** What the runner hands the manager's context: the pool of the database the workers share. */
    record RemoteRun(DataSource database) {}

    /** The job repository's pool, which also holds the request queue; closed with the context. */
    @Bean(destroyMethod = "close")
    public DataSource dataSource(RemoteRun run) {
        return run.database();
    }

    @Bean
    public PlatformTransactionManager transactionManager(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource);
    }

    @Bean
    public QueueChannel partitionRequests(DataSource dataSource) {
        return PartitionRequests.channel(dataSource);
    }

    @Bean
    public Job ingestJob(JobRepository repository, Step ingestManager) {
        return new JobBuilder(IngestJobConfig.JOB_NAME, repository)
                .start(ingestManager)
                .build();
    }

    @Bean
    public Step ingestManager(
            JobRepository repository,
            JobExplorer explorer,
            ManifestPartitioner partitioner,
            QueueChannel partitionRequests,
            @Value("${planlens.partitions}") int partitions)
            throws Exception {
        MessageChannelPartitionHandler handler = new MessageChannelPartitionHandler();
        handler.setStepName(IngestJobConfig.WORKER_STEP);
        handler.setGridSize(partitions);
        handler.setMessagingOperations(new MessagingTemplate(partitionRequests));
        // no reply channel: the manager reads the partitions' states from the job repository
        handler.setJobExplorer(explorer);
        handler.setPollInterval(1000);
        handler.afterPropertiesSet();
        return new StepBuilder("ingestManager", repository)
                .partitioner(IngestJobConfig.WORKER_STEP, partitioner)
                .partitionHandler(handler)
                .build();
    }

    @Bean
    @StepScope
    public ManifestPartitioner partitioner(@Value("#{jobParameters['manifest']}") String manifest) {
        return new ManifestPartitioner(manifest);
    }
}
