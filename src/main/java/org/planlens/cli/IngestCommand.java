package org.planlens.cli;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import org.planlens.batch.IngestJobRunner;
import org.planlens.export.Printable;
import org.planlens.index.IndexLocation;
import org.planlens.input.InputLimits;
import org.planlens.input.InputScan;
import org.planlens.input.InputScanner;
import org.planlens.input.PlanFileTypes;
import org.planlens.pipeline.PipelineSettings;
import org.planlens.pipeline.RunReport;
import org.planlens.text.FormatReaders;
import org.planlens.text.TextReadOptions;
import org.planlens.text.ocr.OcrOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code planlens ingest PATH... [--out DIR]}: runs the ingest job and writes plans, index and a run report. */
@Command(name = "ingest", description = "Read plan files, folders and ZIP archives; write JSON, text and index.")
public final class IngestCommand implements Callable<Integer> {
    /** Most documents read at once: each holds a worker thread, a database connection and its text in memory. */
    static final int MAX_THREADS = 256;
    /** Largest --max-mb: a document is staged and hashed whole, and its text held in memory. */
    static final int MAX_MB = 4096;
    /** Longest --timeout, a day. */
    static final int MAX_TIMEOUT_SECONDS = 86_400;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Plan files, folders (walked), or .zip archives.")
    List<Path> inputs;

    @Option(names = "--out", defaultValue = "output", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--threads", description = "Documents read at once (default: the number of cores).")
    Integer threads;

    @Option(names = "--force", description = "Re-make plans even when their file is unchanged.")
    boolean force;

    @Option(
            names = "--models",
            description = "Read rules and gazetteers from this folder instead of the packaged ones.")
    Path models;

    @Option(
            names = "--db-url",
            description = "JDBC URL of the job repository (default: H2 file under --out; " + "also PLANLENS_DB_URL).")
    String dbUrl;

    @Option(
            names = "--index-url",
            description = "Write the index into this OpenSearch cluster instead of DIR/index, "
                    + "e.g. http://localhost:9200 (also PLANLENS_INDEX_URL).")
    String indexUrl;

    @Option(
            names = "--remote-workers",
            description = "Send the partitions to worker JVMs (planlens worker) through the --db-url PostgreSQL "
                    + "database and wait for them, instead of running them here.")
    boolean remoteWorkers;

    @Option(
            names = "--partitions",
            description = "With --remote-workers: how many partitions to deal the documents into "
                    + "(default: one for every 16 documents, 1 to 256).")
    Integer partitions;

    @Option(
            names = "--max-mb",
            defaultValue = "200",
            description = "Largest document read, in MB (default: ${DEFAULT-VALUE}).")
    int maxMb;

    @Option(
            names = "--timeout",
            defaultValue = "600",
            description = "Seconds allowed to read one document, OCR included " + "(default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        checkRanges();
        Path outDir = out.toAbsolutePath().normalize();
        Files.createDirectories(outDir);
        InputLimits limits = new InputLimits(
                (long) maxMb * 1024 * 1024,
                InputLimits.DEFAULT.maxCompressionRatio(),
                InputLimits.DEFAULT.maxZipEntries());
        PipelineSettings settings = new PipelineSettings(
                outDir,
                limits,
                new TextReadOptions(TextReadOptions.DEFAULT.maxChars(), Duration.ofSeconds(timeoutSeconds)),
                OcrOptions.DEFAULT,
                models,
                force,
                IndexLocation.of(outDir.resolve("index"), indexUrl));
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        String url = dbUrl != null ? dbUrl : System.getenv("PLANLENS_DB_URL");
        try (FileChannel lockFile =
                        FileChannel.open(outDir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = lockFile.tryLock()) {
            if (lock == null) {
                System.err.println("planlens: another ingest is writing to " + outDir + "; wait for it to finish");
                return ExitCodes.FAILED;
            }
            InputScan scan = new InputScanner(limits, new PlanFileTypes(FormatReaders.extensions()), List.of(outDir))
                    .scan(inputs);
            int remote = 0;
            if (remoteWorkers) {
                if (url == null || !url.startsWith("jdbc:postgresql:")) {
                    System.err.println("planlens: --remote-workers needs the workers' PostgreSQL database: --db-url "
                            + "jdbc:postgresql://... (or PLANLENS_DB_URL)");
                    return ExitCodes.USAGE;
                }
                remote = partitions != null
                        ? partitions
                        : Math.clamp((scan.documents().size() + 15) / 16, 1, 256);
            }
            RunReport report =
                    new IngestJobRunner(settings, url, n, System.out, remote).run(inputs, scan, inputsKey(outDir));
            for (var f : report.failed()) {
                System.out.println("[ingest] failed: " + Printable.of(f.file()) + ": " + Printable.of(f.reason()));
            }
            System.out.println(report.summaryLine());
            Path reportFile = outDir.resolve("runs").resolve(report.run() + ".json");
            if (Files.exists(reportFile)) {
                System.out.println("[ingest] report: " + reportFile);
            }
            return report.status().isCompleted() ? ExitCodes.OK : ExitCodes.FAILED;
        }
    }

    /** Refuses option values out of range with one line naming the allowed range (exit status 2). */
    private void checkRanges() {
        if (threads != null) {
            inRange("--threads", threads, 1, MAX_THREADS);
        }
        inRange("--max-mb", maxMb, 1, MAX_MB);
        inRange("--timeout", timeoutSeconds, 1, MAX_TIMEOUT_SECONDS);
    }

    private void inRange(String option, long value, long min, long max) {
        if (value < min || value > max) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), option + " must be " + min + " to " + max + ", was " + value);
        }
    }

    /** Identifies "the same ingest" across runs: same inputs into the same output. */
    private String inputsKey(Path outDir) throws Exception {
        MessageDigest d = MessageDigest.getInstance("SHA-256");
        d.update(outDir.toString().getBytes(StandardCharsets.UTF_8));
        for (Path p : inputs.stream()
                .map(x -> x.toAbsolutePath().normalize())
                .sorted()
                .toList()) {
            d.update(("\n" + p).getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(d.digest()).substring(0, 24);
    }
}
