package org.planlens.text.ocr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planlens.text.DigitChoices;

/**
 * Runs the {@code tesseract} command on one page image. One OpenMP thread per process
 * ({@code OMP_THREAD_LIMIT=1}): Tesseract's own threads slow it down on a machine with few cores, so pages run in
 * parallel instead. One run writes the text, the TSV of word confidences and the hOCR of each glyph's other readings.
 */
public final class TesseractCli {
    private static final Pattern ROTATE = Pattern.compile("(?m)^Rotate:\\s*(\\d+)");
    private static final Pattern ORIENTATION_CONFIDENCE = Pattern.compile("(?m)^Orientation confidence:\\s*([\\d.]+)");
    /** OSD below this confidence is a guess; the page is left as it is. */
    private static final double MIN_OSD_CONFIDENCE = 2.0;
    /** The {@code level} column of Tesseract's TSV: a line's row and a word's. */
    private static final String LINE_LEVEL = "4";

    private static final String WORD_LEVEL = "5";

    private final OcrOptions options;

    public TesseractCli(OcrOptions options) {
        this.options = options;
    }

    /**
     * The command run: {@code tesseract} from the PATH, or the program the system property {@code planlens.tesseract}
     * names (a test counts the processes through a wrapper that way).
     */
    static String executable() {
        return System.getProperty("planlens.tesseract", "tesseract");
    }

    /** True when a {@code tesseract} binary with the configured language data is on the PATH. */
    public boolean available() {
        try {
            Process p = new ProcessBuilder(executable(), "--list-langs")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(30, TimeUnit.SECONDS);
            for (String lang : options.language().split("\\+")) {
                if (!out.lines().anyMatch(l -> l.trim().equals(lang))) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Text and mean word confidence of one image; throws {@link IOException} when tesseract fails or times out. */
    public OcrPageResult read(Path image) throws IOException, InterruptedException {
        return readLines(image, Segmentation.PAGE).result();
    }

    /** Tesseract's page segmentation modes planlens reads with ({@code --psm}). */
    public enum Segmentation {
        /** A whole page, its layout found automatically (3). */
        PAGE("3"),
        /** One uniform block of text (6): a strip cut from a page. */
        BLOCK("6");

        private final String psm;

        Segmentation(String psm) {
            this.psm = psm;
        }
    }

    /**
     * A reading with the boxes of the lines in reading order, one a line of the text, and the words with a digit
     * Tesseract was unsure of ({@link HocrChoices}).
     */
    public record Reading(OcrPageResult result, List<OcrBox> lines, List<OcrBox> words, List<DigitChoices> choices) {
        public Reading {
            choices = List.copyOf(choices);
        }
    }

    /** Reads {@code image} with page segmentation {@code mode}, keeping the line and word boxes. */
    public Reading readLines(Path image, Segmentation mode) throws IOException, InterruptedException {
        return readPages(List.of(image), mode).get(0);
    }

    /**
     * Reads page images in one tesseract process (a list file as its input), each as it would be read alone: the
     * same text and boxes, but the language model is loaded once for all of them instead of once a page. Tesseract
     * separates the pages' text with form feeds and numbers
     * them in the TSV. Throws when the run fails; no page is then read.
     */
    public List<Reading> readPages(List<Path> images, Segmentation mode) throws IOException, InterruptedException {
        Files.createDirectories(options.workDir());
        Path dir = Files.createTempDirectory(options.workDir(), "planlens-ocr-");
        Path base = dir.resolve("pages");
        Path list = dir.resolve("pages.list");
        try {
            StringBuilder names = new StringBuilder();
            for (Path image : images) {
                names.append(image.toAbsolutePath()).append('\n');
            }
            Files.writeString(list, names, StandardCharsets.UTF_8);
            run(
                    List.of(
                            executable(),
                            list.toString(),
                            base.toString(),
                            "-l",
                            options.language(),
                            "--psm",
                            mode.psm,
                            // each glyph's other readings with their confidences, in the hOCR
                            "-c",
                            "lstm_choice_mode=2",
                            "-c",
                            "hocr_char_boxes=1",
                            "txt",
                            "tsv",
                            "hocr"),
                    null,
                    images.size());
            String[] texts = Files.readString(dir.resolve("pages.txt"), StandardCharsets.UTF_8)
                    .split("\f", -1);
            if (texts.length != images.size()) {
                throw new IOException("tesseract read " + texts.length + " of " + images.size() + " pages");
            }
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < images.size(); i++) {
                rows.add(new ArrayList<>());
            }
            for (String line : Files.readAllLines(dir.resolve("pages.tsv"), StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", 3);
                if (f.length == 3 && f[1].matches("\\d{1,6}")) {
                    int page = Integer.parseInt(f[1]);
                    if (page >= 1 && page <= images.size()) {
                        rows.get(page - 1).add(line);
                    }
                }
            }
            List<List<DigitChoices>> choices =
                    HocrChoices.pages(Files.readString(dir.resolve("pages.hocr"), StandardCharsets.UTF_8));
            List<Reading> out = new ArrayList<>();
            for (int i = 0; i < images.size(); i++) {
                List<String> tsv = rows.get(i);
                out.add(new Reading(
                        new OcrPageResult(texts[i], meanConfidence(tsv), 0, false),
                        boxes(tsv, LINE_LEVEL),
                        boxes(tsv, WORD_LEVEL),
                        i < choices.size() ? choices.get(i) : List.of()));
            }
            return out;
        } finally {
            for (String f : new String[] {"pages.txt", "pages.tsv", "pages.hocr", "pages.list"}) {
                Files.deleteIfExists(dir.resolve(f));
            }
            Files.deleteIfExists(dir);
        }
    }

    /** The boxes of TSV rows of {@code level} (4 lines, 5 words); words with their text and confidence. */
    static List<OcrBox> boxes(List<String> tsv, String level) {
        List<OcrBox> out = new ArrayList<>();
        for (String line : tsv) {
            String[] f = line.split("\t", -1);
            if (f.length < 12 || !f[0].equals(level)) {
                continue;
            }
            try {
                double conf = Double.parseDouble(f[10]);
                if (level.equals(WORD_LEVEL) && f[11].isBlank()) {
                    continue;
                }
                out.add(new OcrBox(
                        Integer.parseInt(f[6]),
                        Integer.parseInt(f[7]),
                        Integer.parseInt(f[8]),
                        Integer.parseInt(f[9]),
                        f[11].strip(),
                        conf));
            } catch (NumberFormatException e) {
                // header or malformed row
            }
        }
        return out;
    }

    /** Degrees to turn the page clockwise to make it upright (Tesseract OSD), 0 when unsure. */
    public int orientation(Path image) throws InterruptedException {
        Path out = null;
        try {
            Files.createDirectories(options.workDir());
            out = Files.createTempFile(options.workDir(), "planlens-osd-", ".txt");
            run(List.of(executable(), image.toString(), "stdout", "--psm", "0"), out, 1);
            String osd = Files.readString(out, StandardCharsets.UTF_8);
            Matcher r = ROTATE.matcher(osd);
            Matcher c = ORIENTATION_CONFIDENCE.matcher(osd);
            if (r.find() && c.find() && Double.parseDouble(c.group(1)) >= MIN_OSD_CONFIDENCE) {
                return Integer.parseInt(r.group(1));
            }
            return 0;
        } catch (IOException e) {
            return 0;
        } finally {
            if (out != null) {
                try {
                    Files.deleteIfExists(out);
                } catch (IOException ignored) {
                    // a stray temp file is harmless
                }
            }
        }
    }

    /** Runs tesseract on {@code pages} page images, with the page time limit for each. */
    private void run(List<String> command, Path stdout, int pages) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(ChildProcess.command(command));
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.redirectOutput(
                stdout == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(stdout.toFile()));
        Process p = pb.start();
        long limit = options.pageTimeout().toMillis() * pages;
        if (!ChildProcess.waitFor(p, limit)) {
            throw new IOException("tesseract took longer than " + limit / 1000 + " s");
        }
        if (p.exitValue() != 0) {
            throw new IOException("tesseract exited with status " + p.exitValue());
        }
    }

    /** Mean of the word-level ({@code level} 5) confidences of Tesseract's TSV; 0 when there are no words. */
    static double meanConfidence(List<String> tsv) {
        List<Double> confs = new ArrayList<>();
        for (String line : tsv) {
            String[] f = line.split("\t", -1);
            if (f.length < 12 || !f[0].equals(WORD_LEVEL) || f[11].isBlank()) {
                continue;
            }
            try {
                double c = Double.parseDouble(f[10]);
                if (c >= 0) {
                    confs.add(c);
                }
            } catch (NumberFormatException e) {
                // header or malformed row
            }
        }
        return confs.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }
}
