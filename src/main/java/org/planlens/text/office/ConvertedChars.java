package org.planlens.text.office;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.planlens.model.TextEncoding;

/**
 * Tallies converted runs by encoding, so a document is reported in the encoding most of its text was in, and writes
 * the copy only when something was converted.
 */
final class ConvertedChars {
    private final Map<TextEncoding, Integer> chars = new EnumMap<>(TextEncoding.class);
    private int runs;

    void add(TextEncoding encoding, int length, int runCount) {
        chars.merge(encoding, length, Integer::sum);
        runs += runCount;
    }

    /** The rewritten document written to a new temp copy when a run was converted; empty (nothing written) else. */
    Optional<RunConversion> result(String suffix, DocumentWriter document) throws IOException {
        Optional<Map.Entry<TextEncoding, Integer>> main =
                chars.entrySet().stream().max(Map.Entry.comparingByValue());
        if (main.isEmpty()) {
            return Optional.empty();
        }
        Path copy = Files.createTempFile("planlens-runs-", suffix);
        try (OutputStream out = Files.newOutputStream(copy)) {
            document.write(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
        return Optional.of(new RunConversion(copy, main.get().getKey(), runs));
    }

    /** Writes a rewritten document. */
    @FunctionalInterface
    interface DocumentWriter {
        void write(OutputStream out) throws IOException;
    }
}
