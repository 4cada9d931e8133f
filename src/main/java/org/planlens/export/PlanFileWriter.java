package org.planlens.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.planlens.model.Place;
import org.planlens.model.Plan;
import org.planlens.model.Provenance;

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

    /** The plan as its JSON export, places included. */
    public byte[] render(Plan plan) {
        try {
            return mapper.writeValueAsBytes(withPlaces(plan));
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

    /** The plan's JSON with each record's and mention's page and box (PLAN_JSON.md, optional fields). */
    private JsonNode withPlaces(Plan plan) {
        JsonNode json = mapper.valueToTree(plan);
        Provenance p = plan.provenance();
        if (p.isEmpty()) {
            return json;
        }
        for (String part : List.of("sections", "targets", "tasks")) {
            for (JsonNode record : json.path(part)) {
                Place place = p.records().get(record.path("id").asText());
                if (place != null) {
                    put((ObjectNode) record, place);
                }
            }
        }
        for (String part : List.of("legalReferences", "agencies")) {
            for (JsonNode record : json.path(part)) {
                List<Place> places = p.mentions().getOrDefault(record.path("id").asText(), List.of());
                JsonNode mentions = record.path("mentions");
                for (int i = 0; i < mentions.size() && i < places.size(); i++) {
                    put((ObjectNode) mentions.get(i), places.get(i));
                }
            }
        }
        return json;
    }

    private void put(ObjectNode node, Place place) {
        node.put("page", place.page());
        if (place.box() != null) {
            ArrayNode box = node.putArray("box");
            place.box().forEach(box::add);
        }
    }
}
