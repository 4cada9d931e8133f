package org.planlens.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@code tesseract} command on one page image. One OpenMP thread per process
 * ({@code OMP_THREAD_LIMIT=1}): Tesseract is 4-5x slower with its default threads on two cores, so pages run in
 * parallel instead.
 */
public final class TesseractCli {
    private final OcrOptions options;

    public TesseractCli(OcrOptions options) {
        this.options = options;
    }

    /** True when a {@code tesseract} binary with the configured language data is on the PATH. */
    public boolean available() {
        try {
            Process p = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
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

    /** Recognises one image; throws {@link IOException} when tesseract fails or times out. */
    public String recognise(Path image) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(List.of("tesseract", image.toString(), "stdout", "-l",
                options.language(), "--psm", "3"));
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Path out = Files.createTempFile("planlens-ocr-", ".txt");
        try {
            pb.redirectOutput(out.toFile());
            Process p = pb.start();
            if (!p.waitFor(options.pageTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new IOException("tesseract took longer than " + options.pageTimeout().toSeconds() + " s");
            }
            if (p.exitValue() != 0) {
                throw new IOException("tesseract exited with status " + p.exitValue());
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
