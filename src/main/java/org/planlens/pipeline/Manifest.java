package org.planlens.pipeline;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.planlens.export.AtomicFiles;
import org.planlens.input.InputDocument;

/**
 * The list of documents one run reads, fixed when the run starts: JSON lines, one {@link InputDocument} each.
 * A restarted run reads the same list, so its partitions resume where they stopped.
 */
public final class Manifest {
    private static final ObjectMapper MAPPER =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private Manifest() {}

    public static void write(Path file, List<InputDocument> documents) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (InputDocument d : documents) {
            sb.append(MAPPER.writeValueAsString(d)).append('\n');
        }
        AtomicFiles.write(file, sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    public static List<InputDocument> read(Path file) throws IOException {
        List<InputDocument> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add(MAPPER.readValue(line, InputDocument.class));
            }
        }
        return out;
    }
}
