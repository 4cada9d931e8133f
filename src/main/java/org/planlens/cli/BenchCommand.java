package org.planlens.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.planlens.bench.PdfCorpusGenerator;
import org.planlens.bench.TikaBaseline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Helpers for {@code bench/ingest.sh}: make a PDF corpus, and time the bare-Tika baseline over it. */
@Command(name = "bench", hidden = true, description = "Benchmark helpers (used by bench/ingest.sh).",
        subcommands = {BenchCommand.Generate.class, BenchCommand.Tika.class})
public final class BenchCommand {

    @Command(name = "generate-pdfs", description = "Render N distinct text PDFs from the seed plans.")
    static final class Generate implements Callable<Integer> {
        @Option(names = "--seeds", defaultValue = "corpus") Path seeds;
        @Option(names = "--count", defaultValue = "200") int count;
        @Option(names = "--repeat", defaultValue = "1", description = "Seed text repeated this often per PDF.") int repeat;
        @Parameters(paramLabel = "DIR") Path out;

        @Override
        public Integer call() throws Exception {
            new PdfCorpusGenerator(seeds).generate(out, count, repeat);
            System.out.println("generated " + count + " PDFs in " + out);
            return 0;
        }
    }

    @Command(name = "tika", description = "Bare Tika text extraction of every file in DIR (the baseline).")
    static final class Tika implements Callable<Integer> {
        @Option(names = "--threads", defaultValue = "2") int threads;
        @Parameters(paramLabel = "DIR") Path dir;

        @Override
        public Integer call() throws Exception {
            long t0 = System.nanoTime();
            long chars = new TikaBaseline().run(dir, threads);
            System.out.printf("tika: %d chars in %.2f s%n", chars, (System.nanoTime() - t0) / 1e9);
            return 0;
        }
    }
}
