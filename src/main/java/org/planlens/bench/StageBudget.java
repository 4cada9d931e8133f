package org.planlens.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.planlens.export.PlanFileWriter;
import org.planlens.extract.PlanExtractor;
import org.planlens.index.PlanIndexWriter;
import org.planlens.model.Plan;
import org.planlens.model.SourceInfo;
import org.planlens.model.UnreadableDocumentException;
import org.planlens.rules.ModelData;
import org.planlens.text.DocumentTextReader;
import org.planlens.text.ExtractedText;
import org.planlens.text.OcrOptions;
import org.planlens.text.TextReadOptions;

/**
 * Where the ingest's time goes, stage by stage, against bare Tika on the same files: each stage runs over all the
 * files on one thread, in turns with the others, several rounds, and the best round of each counts (steady state:
 * the JIT has compiled what it will; no start-up, no job, no second thread). Two PDFBox baselines show how much of
 * reading any PDFBox reader pays: the content-stream pass alone ({@link PdfGlyphPass}) and PDFBox's text stripper.
 */
public final class StageBudget {
    /** One stage's best round: its name, milliseconds for all files, and what it produced (so it is not skipped). */
    public record Stage(String name, double millis, long output) {
    }

    /** The stages in the order printed, planlens's own last; the first is the baseline every ratio is against. */
    public record Result(int files, List<Stage> stages) {
        public Stage stage(String name) {
            return stages.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
        }
    }

    public static final String TIKA = "bare Tika text extraction";
    public static final String GLYPHS = "PDFBox content pass (floor)";
    public static final String STRIPPER = "PDFBox text stripper";
    public static final String READ = "planlens read (text)";
    public static final String EXTRACT = "planlens extract";
    public static final String EXPORT = "planlens export (json, txt)";
    public static final String INDEX = "planlens index";

    private final Path work;

    /** @param work an empty folder for the export and index stages' output (replaced each round) */
    public StageBudget(Path work) {
        this.work = work;
    }

    public Result run(Path dir, int rounds) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().toLowerCase().endsWith(".pdf")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no PDF files under " + dir);
        }
        ModelData models = ModelData.packaged();
        AutoDetectParser tika = new AutoDetectParser();
        DocumentTextReader reader = new DocumentTextReader(TextReadOptions.DEFAULT, OcrOptions.DEFAULT, models);
        PlanExtractor extractor = new PlanExtractor(models);
        double[] best = new double[7];
        java.util.Arrays.fill(best, Double.MAX_VALUE);
        long[] output = new long[7];
        for (int round = 0; round < rounds; round++) {
            long t0 = System.nanoTime();
            output[0] = tika(tika, files);
            long t1 = System.nanoTime();
            output[1] = glyphs(files);
            long t2 = System.nanoTime();
            output[2] = stripper(files);
            long t3 = System.nanoTime();
            List<ExtractedText> texts = read(reader, files);
            output[3] = texts.stream().mapToLong(t -> t.text().length()).sum();
            long t4 = System.nanoTime();
            List<Plan> plans = extract(extractor, files, texts);
            output[4] = plans.stream().mapToLong(p -> p.sections().size()).sum();
            long t5 = System.nanoTime();
            Path out = Files.createTempDirectory(work, "round");
            PlanFileWriter writer = new PlanFileWriter(out.resolve("plans"));
            for (int i = 0; i < plans.size(); i++) {
                writer.write(plans.get(i), texts.get(i).text());
            }
            output[5] = plans.size();
            long t6 = System.nanoTime();
            index(models, out.resolve("index"), plans, texts);
            long t7 = System.nanoTime();
            try (PlanIndexWriter index = PlanIndexWriter.open(out.resolve("index"), models)) {
                output[6] = index.fingerprints().size();
            }
            long[] marks = {t0, t1, t2, t3, t4, t5, t6, t7};
            for (int s = 0; s < best.length; s++) {
                best[s] = Math.min(best[s], (marks[s + 1] - marks[s]) / 1e6);
            }
        }
        String[] names = {TIKA, GLYPHS, STRIPPER, READ, EXTRACT, EXPORT, INDEX};
        List<Stage> stages = new ArrayList<>();
        for (int s = 0; s < names.length; s++) {
            stages.add(new Stage(names[s], best[s], output[s]));
        }
        return new Result(files.size(), stages);
    }

    /** The table: milliseconds per file and the share of bare Tika for each stage, then planlens's sum. */
    public static String report(Result r) {
        double tika = r.stage(TIKA).millis();
        StringBuilder b = new StringBuilder();
        b.append(String.format("stage budget: %d PDFs, one thread, best round of each stage (ms per file, x bare Tika)%n",
                r.files()));
        double planlens = 0;
        for (Stage s : r.stages()) {
            b.append(String.format("  %-30s %8.2f ms  %5.2fx%n", s.name(), s.millis() / r.files(), s.millis() / tika));
            if (s.name().startsWith("planlens")) {
                planlens += s.millis();
            }
        }
        b.append(String.format("  %-30s %8.2f ms  %5.2fx (goal for the whole ingest: <= 1.50x)%n", "planlens, all stages",
                planlens / r.files(), planlens / tika));
        return b.toString();
    }

    private static long tika(AutoDetectParser parser, List<Path> files) throws Exception {
        long chars = 0;
        for (Path f : files) {
            BodyContentHandler handler = new BodyContentHandler(-1);
            try (InputStream in = TikaInputStream.get(f)) {
                parser.parse(in, handler, new Metadata(), new ParseContext());
            }
            chars += handler.toString().length();
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
            SourceInfo source = new SourceInfo(files.get(i).getFileName().toString(), "0".repeat(64), t.format(),
                    t.pages(), t.ocr(), t.encoding(), t.text().length());
            plans.add(extractor.extract(String.format("plan-%012d", i), source, t));
        }
        return plans;
    }

    /** Indexes the plans committing every 32, as the job's chunks do. */
    private static void index(ModelData models, Path dir, List<Plan> plans, List<ExtractedText> texts)
            throws IOException {
        try (PlanIndexWriter index = PlanIndexWriter.open(dir, models)) {
            for (int i = 0; i < plans.size(); i++) {
                index.replace(plans.get(i), texts.get(i).text(), "stage-budget");
                if (i % 32 == 31) {
                    index.commit();
                }
            }
            index.commit();
        }
    }
}
