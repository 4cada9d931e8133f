package org.planlens.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.tika.parser.AutoDetectParser;
import org.planlens.export.PlanFileWriter;
import org.planlens.extract.PlanExtractor;
import org.planlens.index.PlanIndexWriter;
import org.planlens.model.Plan;
import org.planlens.model.SourceInfo;
import org.planlens.model.UnreadableDocumentException;
import org.planlens.pipeline.PlanStore;
import org.planlens.rules.ModelData;
import org.planlens.text.DocumentTextReader;
import org.planlens.text.ExtractedText;
import org.planlens.text.TextReadOptions;
import org.planlens.text.ocr.OcrOptions;

/**
 * Where the ingest's time goes, stage by stage, against bare Tika on the same files: each stage runs over all the
 * files on one thread, in turns with the others, several rounds, and the best round of each counts (steady state:
 * the JIT has compiled what it will; no start-up, no job, no second thread). Two PDFBox baselines show how much of
 * reading any PDFBox reader pays: the content-stream pass alone ({@link PdfGlyphPass}) and PDFBox's text stripper.
 */
public final class StageBudget {
    /** One stage's best round: its name, milliseconds for all files, and what it produced (so it is not skipped). */
    public record Stage(String name, double millis, long output) {}

    /** The stages in the order printed, planlens's own last; the first is the baseline every ratio is against. */
    public record Result(int files, List<Stage> stages) {
        public Stage stage(String name) {
            return stages.stream()
                    .filter(s -> s.name().equals(name))
                    .findFirst()
                    .orElseThrow();
        }
    }

    public static final String TIKA = "bare Tika text extraction";
    public static final String GLYPHS = "PDFBox content pass (showGlyph)";
    public static final String STRIPPER = "PDFBox text stripper";
    public static final String READ = "planlens read (text)";
    public static final String EXTRACT = "planlens extract";
    public static final String EXPORT = "planlens export (json, txt)";
    public static final String INDEX = "planlens index";

    private final Path work;

    /** @param work a folder for the export and index stages' output, a new subfolder each round */
    public StageBudget(Path work) {
        this.work = work;
    }

    public Result run(Path dir, int rounds) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().toLowerCase().endsWith(".pdf"))
                    .sorted()
                    .toList();
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no PDF files under " + dir);
        }
        ModelData models = ModelData.packaged();
        AutoDetectParser tika = new AutoDetectParser();
        DocumentTextReader reader = new DocumentTextReader(TextReadOptions.DEFAULT, OcrOptions.DEFAULT, models);
        PlanExtractor extractor = new PlanExtractor(models);
        Timings timings = new Timings();
        for (int round = 0; round < rounds; round++) {
            timings.time(TIKA, () -> tika(tika, files), chars -> chars);
            timings.time(GLYPHS, () -> glyphs(files), chars -> chars);
            timings.time(STRIPPER, () -> stripper(files), chars -> chars);
            List<ExtractedText> texts = timings.time(
                    READ,
                    () -> read(reader, files),
                    read -> read.stream().mapToLong(t -> t.text().length()).sum());
            List<Plan> plans = timings.time(
                    EXTRACT,
                    () -> extract(extractor, files, texts),
                    extracted -> extracted.stream()
                            .mapToLong(p -> p.sections().size())
                            .sum());
            Path out = Files.createTempDirectory(work, "round");
            timings.time(EXPORT, () -> export(out.resolve("plans"), plans, texts), written -> written);
            timings.time(INDEX, () -> index(models, out.resolve("index"), plans, texts), indexed -> {
                try (PlanIndexWriter index = PlanIndexWriter.open(out.resolve("index"))) {
                    return index.fingerprints().size();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return new Result(files.size(), timings.stages());
    }

    /** The best round of each stage, in the order first timed, and what its last round produced. */
    private static final class Timings {
        private final Map<String, Double> best = new LinkedHashMap<>();
        private final Map<String, Long> output = new LinkedHashMap<>();

        <T> T time(String stage, Callable<T> work, ToLongFunction<T> produced) throws Exception {
            long t0 = System.nanoTime();
            T result = work.call();
            double millis = (System.nanoTime() - t0) / 1e6;
            best.merge(stage, millis, Math::min);
            output.put(stage, produced.applyAsLong(result));
            return result;
        }

        List<Stage> stages() {
            return best.entrySet().stream()
                    .map(e -> new Stage(e.getKey(), e.getValue(), output.get(e.getKey())))
                    .toList();
        }
    }

    /** The table: milliseconds per file and the share of bare Tika for each stage, then planlens's sum. */
    public static String report(Result r) {
        double tika = r.stage(TIKA).millis();
        StringBuilder b = new StringBuilder();
        b.append(String.format(
                "stage budget: %d PDFs, one thread, best round of each stage (ms per file, x bare Tika)%n", r.files()));
        double planlens = 0;
        for (Stage s : r.stages()) {
            b.append(String.format("  %-30s %8.2f ms  %5.2fx%n", s.name(), s.millis() / r.files(), s.millis() / tika));
            if (s.name().startsWith("planlens")) {
                planlens += s.millis();
            }
        }
        b.append(String.format(
                "  %-30s %8.2f ms  %5.2fx (goal for the whole ingest: <= 1.50x)%n",
                "planlens, all stages", planlens / r.files(), planlens / tika));
        return b.toString();
    }

    private static long tika(AutoDetectParser parser, List<Path> files) throws Exception {
        long chars = 0;
        for (Path f : files) {
            chars += TikaBaseline.extract(parser, f);
        }
        return chars;
    }

    private static long glyphs(List<Path> files) throws IOException {
        long chars = 0;
        for (Path f : files) {
            chars += new PdfGlyphPass().read(f);
        }
        return chars;
    }

    /** PDFBox's text stripper in content order, without its drawn-twice check (Tika's settings). */
    private static long stripper(List<Path> files) throws IOException {
        long chars = 0;
        for (Path f : files) {
            try (PDDocument pdf = Loader.loadPDF(f.toFile())) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSuppressDuplicateOverlappingText(false);
                chars += stripper.getText(pdf).length();
            }
        }
        return chars;
    }

    private static List<ExtractedText> read(DocumentTextReader reader, List<Path> files)
            throws UnreadableDocumentException {
        List<ExtractedText> texts = new ArrayList<>(files.size());
        for (Path f : files) {
            texts.add(reader.read(f, f.toString(), f.getFileName().toString()));
        }
        return texts;
    }

    private static List<Plan> extract(PlanExtractor extractor, List<Path> files, List<ExtractedText> texts) {
        List<Plan> plans = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            ExtractedText t = texts.get(i);
            SourceInfo source = new SourceInfo(
                    files.get(i).getFileName().toString(),
                    "0".repeat(64),
                    t.format(),
                    t.pages(),
                    t.ocr(),
                    t.encoding(),
                    t.text().length());
            plans.add(extractor.extract(String.format("plan-%012d", i), source, t.text(), t.warnings()));
        }
        return plans;
    }

    private static long export(Path dir, List<Plan> plans, List<ExtractedText> texts) throws IOException {
        PlanFileWriter writer = new PlanFileWriter(dir);
        for (int i = 0; i < plans.size(); i++) {
            writer.write(plans.get(i), texts.get(i).text());
        }
        return plans.size();
    }

    /** Indexes the plans committing as often as the job does; returns the plans given. */
    private static long index(ModelData models, Path dir, List<Plan> plans, List<ExtractedText> texts)
            throws IOException {
        try (PlanIndexWriter index = PlanIndexWriter.open(dir)) {
            for (int i = 0; i < plans.size(); i++) {
                index.replace(plans.get(i), texts.get(i).text(), "stage-budget");
                if (i % PlanStore.DOCUMENTS_PER_COMMIT == PlanStore.DOCUMENTS_PER_COMMIT - 1) {
                    index.commit();
                }
            }
            index.commit();
        }
        return plans.size();
    }
}
