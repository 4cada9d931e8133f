package org.planlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.fixtures.DocxRenderer;
import org.planlens.fixtures.TextPdfRenderer;
import org.planlens.support.IngestRun;
import org.planlens.support.PlanSchema;
import org.planlens.support.Seeds;

/**
 * Issue 3: one plan as text, as a text PDF and as a DOCX (both rendered by the project's own code), and a ZIP of
 * several plans, all give valid exports with the same numbered structure.
 */
class FormatsIntegrationTest {
    @TempDir
    static Path work;

    static IngestRun run;

    @BeforeAll
    static void ingestEveryFormat() throws IOException {
        Path in = Files.createDirectories(work.resolve("in"));
        Path seed = Seeds.all().get(2);
        String text = Seeds.text(seed);
        Files.writeString(in.resolve("plan.txt"), text);
        TextPdfRenderer.plain().render(text, in.resolve("plan.pdf"));
        new DocxRenderer().render(text, in.resolve("plan.docx"));
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(in.resolve("archive.zip")))) {
            for (Path s : Seeds.all()) {
                if (s.equals(seed)) {
                    continue;
                }
                zip.putNextEntry(new ZipEntry("2024/nested/" + s.getFileName()));
                zip.write(Files.readAllBytes(s));
                zip.closeEntry();
            }
        }
        run = IngestRun.ingest(work.resolve("out"), in.toString());
    }

    @Test
    void everyFormatExportsAValidPlan() {
        assertEquals(0, run.exitCode());
        assertEquals(List.of(), run.failures());
        List<Path> jsons = run.planJsons();
        assertEquals(3 + Seeds.all().size() - 1, jsons.size());
        for (Path json : jsons) {
            assertEquals(List.of(), PlanSchema.errors(json));
        }
    }

    @Test
    void pdfAndDocxGiveTheSectionsOfTheText() {
        Map<String, JsonNode> byFormat = new HashMap<>();
        for (Path json : run.planJsons()) {
            JsonNode plan = run.plan(json);
            String file = plan.get("source").get("file").asText();
            if (!file.contains("archive.zip")) {
                byFormat.put(plan.get("source").get("format").asText(), plan);
            }
        }
        Set<String> txt = paths(byFormat.get("txt"));
        assertTrue(txt.size() >= 10, "the seed has numbered sections: " + txt);
        for (String format : List.of("pdf", "docx")) {
            Set<String> other = paths(byFormat.get(format));
            Set<String> common = new LinkedHashSet<>(txt);
            common.retainAll(other);
            assertTrue(
                    common.size() >= 0.95 * txt.size() && other.size() <= txt.size() + 1,
                    format + " sections " + other + " differ from txt " + txt);
        }
        assertEquals(
                Integer.valueOf(byFormat.get("pdf").get("source").get("pages").asInt()) > 1, true);
    }

    @Test
    void zipEntriesKeepTheirArchivePath() {
        List<String> files = new ArrayList<>();
        for (Path json : run.planJsons()) {
            files.add(run.plan(json).get("source").get("file").asText());
        }
        assertTrue(files.stream().anyMatch(f -> f.contains("archive.zip!/2024/nested/")), files.toString());
    }

    private static Set<String> paths(JsonNode plan) {
        Set<String> out = new LinkedHashSet<>();
        plan.get("sections").forEach(s -> out.add(s.get("path").asText()));
        return out;
    }
}
