package org.planlens.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.planlens.fixtures.TextPdfRenderer;

/**
 * Makes a folder of distinct text PDFs from the seed plans for benchmarks: plan i is seed (i mod seeds) with its
 * figures and years shifted, so every PDF has other bytes and a realistic amount of text.
 */
public final class PdfCorpusGenerator {
    private final List<Path> seeds;

    public PdfCorpusGenerator(Path seedDir) throws IOException {
        try (Stream<Path> files = Files.list(seedDir)) {
            this.seeds =
                    files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("no .txt plans in " + seedDir);
        }
    }

    public void generate(Path outDir, int count) throws IOException {
        generate(outDir, count, 1);
    }

    /** Each PDF holds its seed {@code repeat} times over: 1 gives a plan of usual length, 25 a 500-page one. */
    public void generate(Path outDir, int count, int repeat) throws IOException {
        Files.createDirectories(outDir);
        TextPdfRenderer renderer = TextPdfRenderer.plain();
        for (int i = 0; i < count; i++) {
            Path seed = seeds.get(i % seeds.size());
            String text = Files.readString(seed, StandardCharsets.UTF_8);
            String varied = text.replace("2021", String.valueOf(2021 + i % 5)).replace("90%", (80 + i % 20) + "%")
                    + "\nBản số " + i + ".\n";
            renderer.render(varied.repeat(repeat), outDir.resolve(String.format("plan-%04d.pdf", i)));
        }
    }
}
