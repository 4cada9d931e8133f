package org.planlens.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.planlens.export.AtomicFiles;

/**
 * Which plan each source (a file, or an archive entry, by its full location) produced last, kept in
 * {@code <out>/sources.jsonl}: a line per plan written, the last line of a source counting. Ids come from bytes, so
 * a corrected file gets a new plan; the plan its old bytes made is then superseded (deleted), unless another source
 * still holds those bytes. Lines are added after the index commit they follow; a torn last line is passed over.
 * Thread-safe.
 */
final class SourcePlans {
    record Line(String source, String planId) {}

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path file;
    private final Map<String, String> planBySource = new HashMap<>();
    private final List<Line> pending = new ArrayList<>();

    private SourcePlans(Path file) {
        this.file = file;
    }

    /** The sources of {@code file}, compacted to a line a source when it holds many more. */
    static SourcePlans load(Path file) throws IOException {
        SourcePlans plans = new SourcePlans(file);
        if (!Files.isRegularFile(file)) {
            return plans;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines) {
            try {
                Line l = MAPPER.readValue(line, Line.class);
                plans.planBySource.put(l.source(), l.planId());
            } catch (JsonProcessingException e) {
                // a line torn by a kill: its chunk is redone, and written again
            }
        }
        if (lines.size() > 2 * plans.planBySource.size() + 1000) {
            StringBuilder b = new StringBuilder();
            for (Map.Entry<String, String> e : plans.planBySource.entrySet()) {
                b.append(MAPPER.writeValueAsString(new Line(e.getKey(), e.getValue())))
                        .append('\n');
            }
            AtomicFiles.write(file, b.toString().getBytes(StandardCharsets.UTF_8));
        }
        return plans;
    }

    /**
     * Records that {@code source} now gives {@code planId}; the plan it gave before when that one is no other
     * source's, to be deleted.
     */
    synchronized Optional<String> claim(String source, String planId) {
        String before = planBySource.put(source, planId);
        if (!planId.equals(before)) {
            pending.add(new Line(source, planId));
        }
        if (before == null || before.equals(planId) || planBySource.containsValue(before)) {
            return Optional.empty();
        }
        return Optional.of(before);
    }

    /** Appends the lines claimed since the last call. */
    synchronized void flush() throws IOException {
        if (pending.isEmpty()) {
            return;
        }
        StringBuilder b = new StringBuilder();
        for (Line l : pending) {
            b.append(MAPPER.writeValueAsString(l)).append('\n');
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(
                file,
                b.toString().getBytes(StandardCharsets.UTF_8),
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        pending.clear();
    }
}
