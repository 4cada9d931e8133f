package org.planlens.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.planlens.cli.PlanlensMain;

/** Runs {@code planlens ingest} in this JVM and reads back what it wrote. */
public record IngestRun(int exitCode, Path out, JsonNode report) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public static IngestRun ingest(Path out, String... args) {
        List<String> all = new ArrayList<>(List.of("ingest"));
        all.addAll(List.of(args));
        all.addAll(List.of("--out", out.toString()));
        int code = PlanlensMain.commandLine().execute(all.toArray(String[]::new));
        return new IngestRun(code, out, latestReport(out));
    }

    static JsonNode latestReport(Path out) {
        Path runs = out.resolve("runs");
        if (!Files.isDirectory(runs)) {
            return null;
        }
        try (Stream<Path> files = Files.list(runs)) {
            Path latest = files.filter(p -> p.toString().endsWith(".json"))
                    .max(Comparator.comparing(IngestRun::modified))
                    .orElse(null);
            return latest == null ? null : MAPPER.readTree(latest.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    public List<Path> planJsons() {
        try (Stream<Path> files = Files.list(out.resolve("plans"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode plan(Path json) {
        try {
            return MAPPER.readTree(json.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The failures of the run as "file: reason" lines. */
    public List<String> failures() {
        List<String> out = new ArrayList<>();
        report.get("failed")
                .forEach(f ->
                        out.add(f.get("file").asText() + ": " + f.get("reason").asText()));
        return out;
    }

    public int count(String field) {
        return report.get(field).asInt();
    }
}
