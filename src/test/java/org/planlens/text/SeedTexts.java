package org.planlens.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The seed plans of {@code corpus/}, the real texts fixtures are made from. */
public final class SeedTexts {
    private SeedTexts() {
    }

    public static List<Path> files() {
        try (Stream<Path> s = Files.list(Path.of("corpus"))) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first {@code chars} characters of a seed, cut at a line end. */
    public static String head(int seed, int chars) {
        String t = read(files().get(seed));
        if (t.length() <= chars) {
            return t;
        }
        int cut = t.lastIndexOf('\n', chars);
        return t.substring(0, cut > 0 ? cut : chars);
    }
}
