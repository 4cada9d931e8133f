package org.planlens.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.planlens.model.Plan;

/**
 * Writes {@code plans/<id>.txt} (the normalised text offsets point into) and then {@code plans/<id>.json}, each
 * atomically; the JSON last, so a JSON on disk always has its text beside it.
 */
public final class PlanFileWriter {
    private final Path plansDir;
    private final ObjectMapper mapper = PlanJson.mapper();

    public PlanFileWriter(Path outDir) {
        this.plansDir = outDir.resolve("plans");
    }

    public Path jsonPath(String id) {
        return plansDir.resolve(id + ".json");
    }

    public Path textPath(String id) {
        return plansDir.resolve(id + ".txt");
    }

    public void write(Plan plan, String text) throws IOException {
        write(plan.id(), text, render(plan));
    }

    /** Writes a plan's text and its JSON export ({@link #render}). */
    public void write(String id, String text, byte[] json) throws IOException {
        AtomicFiles.write(textPath(id), text.getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(jsonPath(id), json);
    }

    /** The plan as its JSON export. */
    public byte[] render(Plan plan) {
        try {
            return mapper.writeValueAsBytes(plan);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plan " + plan.id() + " cannot be written as JSON", e);
        }
    }

    public boolean exists(String id) {
        return Files.isRegularFile(jsonPath(id)) && Files.isRegularFile(textPath(id));
    }

    /** Whether both files are there and the JSON parses as the plan of that id (not cut short, not damaged). */
    public boolean intact(String id) {
        if (!exists(id)) {
            return false;
        }
        try {
            JsonNode plan = mapper.readTree(jsonPath(id).toFile());
            return plan != null && id.equals(plan.path("id").asText());
        } catch (IOException e) {
            return false;
        }
    }

    /** Deletes a plan's files (JSON first, so a text never lacks its JSON while both are there). */
    public void delete(String id) throws IOException {
        Files.deleteIfExists(jsonPath(id));
        Files.deleteIfExists(textPath(id));
    }
}
