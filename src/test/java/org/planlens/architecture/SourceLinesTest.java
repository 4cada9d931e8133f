package org.planlens.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Java lines stay within 120 characters. The formatter (Spotless, palantir-java-format, checked in {@code verify})
 * wraps code at 120 but leaves long string literals and comments as written; this catches those.
 */
class SourceLinesTest {
    private static final int MAX = 120;

    @Test
    void javaLines_fitIn120Characters() throws IOException {
        List<String> long_ = new ArrayList<>();
        for (String root : List.of("src/main/java", "src/test/java")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java"))
                        .sorted()
                        .toList()) {
                    List<String> lines = Files.readAllLines(f);
                    for (int i = 0; i < lines.size(); i++) {
                        if (lines.get(i).codePointCount(0, lines.get(i).length()) > MAX) {
                            long_.add(f + ":" + (i + 1));
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), long_, "lines over " + MAX + " characters");
    }
}
