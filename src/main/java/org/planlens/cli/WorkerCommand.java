package org.planlens.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.planlens.batch.IngestWorkerRunner;
import org.planlens.index.IndexLocation;
import org.planlens.input.InputLimits;
import org.planlens.pipeline.PipelineSettings;
import org.planlens.text.TextReadOptions;
import org.planlens.text.ocr.OcrOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code planlens worker --db-url ... --index-url ...}: a worker JVM taking partitions of the ingest jobs that a
 * manager ({@code planlens ingest --remote-workers}) sends through the database; runs until stopped.
 */
@Command(
        name = "worker",
        description = "Run ingest partitions sent by `ingest --remote-workers` through the database, until stopped.")
public final class WorkerCommand implements Callable<Integer> {
    @Option(
            names = "--db-url",
            description = "JDBC URL of the PostgreSQL database the manager uses (also PLANLENS_DB_URL).")
    String dbUrl;

    @Option(
            names = "--index-url",
            description = "OpenSearch index the plans go to, shared by every worker (also PLANLENS_INDEX_URL); "
                    + "without it, DIR/index (one worker only: a Lucene folder takes one writer).")
    String indexUrl;

    @Option(
            names = "--out",
            defaultValue = "output",
            description = "Output folder the manager and every worker see (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--threads", description = "Partitions run at once (default: the number of cores).")
    Integer threads;

    @Option(names = "--models", description = "Read rules and gazetteers from this folder.")
    Path models;

    @Option(
            names = "--timeout",
            defaultValue = "600",
            description = "Seconds allowed to read one document, OCR included (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        String url = dbUrl != null ? dbUrl : System.getenv("PLANLENS_DB_URL");
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            System.err.println(
                    "planlens: a worker needs the manager's PostgreSQL database: --db-url jdbc:postgresql://..."
                            + " (or PLANLENS_DB_URL)");
            return ExitCodes.USAGE;
        }
        Path outDir = out.toAbsolutePath().normalize();
        Files.createDirectories(outDir);
        PipelineSettings settings = new PipelineSettings(
                outDir,
                InputLimits.DEFAULT,
                new TextReadOptions(TextReadOptions.DEFAULT.maxChars(), Duration.ofSeconds(timeoutSeconds)),
                OcrOptions.DEFAULT,
                models,
                false,
                IndexLocation.of(outDir.resolve("index"), indexUrl));
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        new IngestWorkerRunner(settings, url, n, System.out).run();
        return ExitCodes.OK;
    }
}
