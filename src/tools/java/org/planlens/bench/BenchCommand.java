package org.planlens.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.planlens.fixtures.DocxRenderer;
import org.planlens.fixtures.LegacyFixtureGenerator;
import org.planlens.fixtures.SavedPageGenerator;
import org.planlens.fixtures.ScanFixtureGenerator;
import org.planlens.fixtures.TextPdfRenderer;
import org.planlens.model.TextEncoding;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./planlens bench}: the helpers of the scripts in {@code bench/}: make a PDF corpus, time the bare-Tika
 * baseline over it, time each ingest stage against it, write the seeds in every input form, time the queries. A
 * tool, not the product: it is built with the tests ({@code src/tools/java}) and runs on their class path, which
 * the launcher takes from {@code target/tools.classpath}.
 */
@Command(
        name = "planlens bench",
        mixinStandardHelpOptions = true,
        description = "Benchmark helpers (used by the scripts in bench/).",
        subcommands = {
            BenchCommand.Generate.class,
            BenchCommand.Tika.class,
            BenchCommand.Stages.class,
            BenchCommand.Variants.class,
            BenchSearchCommand.class
        })
public final class BenchCommand {
    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchCommand()).execute(args));
    }

    @Command(name = "generate-pdfs", description = "Render N distinct text PDFs from the seed plans.")
    static final class Generate implements Callable<Integer> {
        @Option(names = "--seeds", defaultValue = "corpus")
        Path seeds;

        @Option(names = "--count", defaultValue = "200")
        int count;

        @Option(names = "--repeat", defaultValue = "1", description = "Seed text repeated this often per PDF.")
        int repeat;

        @Parameters(paramLabel = "DIR")
        Path out;

        @Override
        public Integer call() throws Exception {
            new PdfCorpusGenerator(seeds).generate(out, count, repeat);
            System.out.println("generated " + count + " PDFs in " + out);
            return 0;
        }
    }

    @Command(name = "tika", description = "Bare Tika text extraction of every file in DIR (the baseline).")
    static final class Tika implements Callable<Integer> {
        @Option(names = "--threads", defaultValue = "2")
        int threads;

        @Parameters(paramLabel = "DIR")
        Path dir;

        @Override
        public Integer call() throws Exception {
            long t0 = System.nanoTime();
            long chars = new TikaBaseline().run(dir, threads);
            System.out.printf("tika: %d chars in %.2f s%n", chars, (System.nanoTime() - t0) / 1e9);
            return 0;
        }
    }

    @Command(
            name = "stages",
            description = "Time each ingest stage against bare Tika on the PDFs in DIR, one thread, "
                    + "best of several rounds.")
    static final class Stages implements Callable<Integer> {
        @Option(names = "--rounds", defaultValue = "6")
        int rounds;

        @Option(names = "--work", required = true, description = "Folder for each round's export and index.")
        Path work;

        @Parameters(paramLabel = "DIR")
        Path dir;

        @Override
        public Integer call() throws Exception {
            Files.createDirectories(work);
            System.out.print(StageBudget.report(new StageBudget(work).run(dir, rounds)));
            return 0;
        }
    }

    @Command(
            name = "variants",
            description = "Write each seed as a flatbed scan PDF, a multi-page TIFF, TCVN3 and "
                    + "VNI text, a TCVN3 text-layer PDF, a text PDF, a DOCX and TCVN3/VNI DOCX "
                    + "(legacy fonts, mixed with Unicode paragraphs), a crawler's Markdown page and an HTML page "
                    + "(site text around the document), and the scan set in a monospace font (scan-mono-pdf); "
                    + "one folder per form, same base names (--forms: only these).")
    static final class Variants implements Callable<Integer> {
        private static final List<String> ALL_FORMS = List.of(
                "scan-pdf",
                "scan-tiff",
                "scan-mono-pdf",
                "tcvn3-txt",
                "vni-txt",
                "tcvn3-pdf",
                "text-pdf",
                "docx",
                "tcvn3-docx",
                "vni-docx",
                "md-page",
                "html-page");

        @Option(names = "--seeds", defaultValue = "corpus")
        Path seeds;

        @Option(names = "--forms", split = ",", description = "Only these forms, comma-separated (default all).")
        List<String> forms = ALL_FORMS;

        @Parameters(paramLabel = "DIR")
        Path out;

        @Override
        public Integer call() throws Exception {
            ScanFixtureGenerator scans = new ScanFixtureGenerator();
            LegacyFixtureGenerator legacy = new LegacyFixtureGenerator();
            SavedPageGenerator savedPages = new SavedPageGenerator();
            List<Path> files;
            try (var s = Files.list(seeds)) {
                files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            for (String form : forms) {
                if (!ALL_FORMS.contains(form)) {
                    throw new IllegalArgumentException("unknown form " + form + "; forms: " + ALL_FORMS);
                }
                Files.createDirectories(out.resolve(form));
            }
            ScanFixtureGenerator mono = new ScanFixtureGenerator(TextPdfRenderer.monospace());
            for (Path seed : files) {
                String base = seed.getFileName().toString().replaceFirst("\\.txt$", "");
                String text = Files.readString(seed);
                if (forms.contains("scan-pdf") || forms.contains("scan-tiff")) {
                    var pages = scans.pageImages(text, ScanFixtureGenerator.Degradation.FLATBED);
                    if (forms.contains("scan-pdf")) {
                        scans.writeImagePdf(pages, out.resolve("scan-pdf").resolve(base + ".pdf"));
                    }
                    if (forms.contains("scan-tiff")) {
                        scans.writeTiff(pages, out.resolve("scan-tiff").resolve(base + ".tif"));
                    }
                    System.out.println(base + ": " + pages.size() + " scanned pages");
                }
                if (forms.contains("scan-mono-pdf")) {
                    // the same scan of the same text set in a monospace font whose zero carries a mark
                    var pages = mono.pageImages(text, ScanFixtureGenerator.Degradation.FLATBED);
                    mono.writeImagePdf(pages, out.resolve("scan-mono-pdf").resolve(base + ".pdf"));
                    System.out.println(base + ": " + pages.size() + " monospace scanned pages");
                }
                if (forms.contains("tcvn3-txt")) {
                    legacy.writeText(
                            text, TextEncoding.TCVN3, out.resolve("tcvn3-txt").resolve(base + ".txt"));
                }
                if (forms.contains("vni-txt")) {
                    legacy.writeText(
                            text, TextEncoding.VNI, out.resolve("vni-txt").resolve(base + ".txt"));
                }
                if (forms.contains("tcvn3-pdf")) {
                    legacy.writeTextLayerPdf(
                            text, TextEncoding.TCVN3, out.resolve("tcvn3-pdf").resolve(base + ".pdf"));
                }
                if (forms.contains("text-pdf")) {
                    TextPdfRenderer.plain().render(text, out.resolve("text-pdf").resolve(base + ".pdf"));
                }
                if (forms.contains("docx")) {
                    new DocxRenderer().render(text, out.resolve("docx").resolve(base + ".docx"));
                }
                // typed with a legacy keyboard, every fifth paragraph in Unicode, as documents mixing old and new text
                if (forms.contains("tcvn3-docx")) {
                    legacy.writeDocx(
                            text,
                            TextEncoding.TCVN3,
                            5,
                            out.resolve("tcvn3-docx").resolve(base + ".docx"));
                }
                if (forms.contains("vni-docx")) {
                    legacy.writeDocx(
                            text, TextEncoding.VNI, 5, out.resolve("vni-docx").resolve(base + ".docx"));
                }
                // saved from a legal-document website: crawler Markdown and the HTML page, site text around both
                if (forms.contains("md-page")) {
                    Files.writeString(out.resolve("md-page").resolve(base + ".md"), savedPages.markdown(text));
                }
                if (forms.contains("html-page")) {
                    Files.writeString(out.resolve("html-page").resolve(base + ".html"), savedPages.html(text));
                }
            }
            return 0;
        }
    }
}
