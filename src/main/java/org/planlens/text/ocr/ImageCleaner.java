package org.planlens.text.ocr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Cleans a scanned page with ImageMagick before a second OCR pass: turns it upright, straightens it, removes
 * speckle with a 3x3 median and binarises. Only worth its second or so on a page the first pass read badly.
 * Uses {@code /usr/bin/convert}: on some machines {@code convert} on the PATH is not ImageMagick.
 */
public final class ImageCleaner {
    static final Path CONVERT = Path.of("/usr/bin/convert");

    public boolean available() {
        return Files.isExecutable(CONVERT);
    }

    /**
     * A cleaned copy of {@code image} in {@code dir} (caller deletes it), turned clockwise by {@code rotation}
     * degrees.
     */
    public Path clean(Path image, int rotation, boolean despeckle, Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path out = Files.createTempFile(dir, "planlens-clean-", ".png");
        List<String> cmd = new ArrayList<>(List.of(CONVERT.toString(), image.toString(), "-colorspace", "Gray"));
        if (rotation != 0) {
            cmd.addAll(List.of("-rotate", Integer.toString(rotation)));
        }
        cmd.addAll(List.of("-deskew", "40%", "+repage"));
        if (despeckle) {
            cmd.addAll(List.of("-statistic", "Median", "3x3"));
        }
        cmd.addAll(List.of("-threshold", "60%", out.toString()));
        Process p = new ProcessBuilder(ChildProcess.command(cmd))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        boolean done;
        try {
            done = ChildProcess.waitFor(p, TimeUnit.MINUTES.toMillis(2));
        } catch (InterruptedException e) {
            Files.deleteIfExists(out);
            throw e;
        }
        if (!done) {
            Files.deleteIfExists(out);
            throw new IOException("image clean-up took longer than 2 minutes");
        }
        if (p.exitValue() != 0) {
            Files.deleteIfExists(out);
            throw new IOException("ImageMagick exited with status " + p.exitValue());
        }
        return out;
    }
}
