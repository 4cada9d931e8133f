package org.planlens.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The seed plans shipped in {@code corpus/}. */
public final class Seeds {
    public static final Path CORPUS = Path.of("corpus");

    private Seeds() {}

    public static List<Path> all() {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(Path seed) {
        try {
            return Files.readString(seed, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first {@code chars} characters of seed number {@code seed}, cut at a line end. */
    public static String head(int seed, int chars) {
        String t = text(all().get(seed));
        if (t.length() <= chars) {
            return t;
        }
        int cut = t.lastIndexOf('\n', chars);
        return t.substring(0, cut > 0 ? cut : chars);
    }
}
