package org.planlens.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.fixtures.SavedPageGenerator;
import org.planlens.support.IngestRun;

/**
 * Issue 20: the seeds saved as a legal-document website's page, as Markdown the way crawlers write it and as HTML,
 * both wrapped in the site's menus, log-in prompt, summary table and related documents, score with
 * shared/tools/score.py as their plain text does, and each page's warnings say what site text was dropped.
 */
class SavedPageFormsIntegrationTest {
    private static final Path SHARED = Path.of("../shared");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> PARTS =
            List.of("sections", "legalReferences", "targets", "agencies", "agencyRoles", "tasks");

    @Test
    void markdownAndHtmlPages_scoreAsTheirText(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isRegularFile(SHARED.resolve("tools/score.py")), "shared/ beside the project");
        SavedPageGenerator pages = new SavedPageGenerator();
        Map<String, Path> forms = new LinkedHashMap<>();
        for (String form : List.of("txt", "md", "html")) {
            forms.put(form, Files.createDirectories(dir.resolve(form)));
        }
        List<Path> seeds;
        try (Stream<Path> s = Files.list(Path.of("corpus"))) {
            seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path seed : seeds) {
            String text = Files.readString(seed, StandardCharsets.UTF_8);
            String stem = seed.getFileName().toString().replaceFirst("\\.txt$", "");
            Files.copy(seed, forms.get("txt").resolve(stem + ".txt"));
            Files.writeString(forms.get("md").resolve(stem + ".md"), pages.markdown(text));
            Files.writeString(forms.get("html").resolve(stem + ".html"), pages.html(text));
        }
        Map<String, JsonNode> scores = new LinkedHashMap<>();
        for (Map.Entry<String, Path> f : forms.entrySet()) {
            IngestRun run = IngestRun.ingest(
                    dir.resolve("out-" + f.getKey()), f.getValue().toString());
            assertEquals(0, run.exitCode(), f.getKey());
            assertEquals(seeds.size(), run.planJsons().size(), f.getKey() + " plans");
            if (!f.getKey().equals("txt")) {
                for (Path json : run.planJsons()) {
                    JsonNode plan = run.plan(json);
                    assertEquals(f.getKey(), plan.get("source").get("format").asText());
                    assertTrue(
                            plan.get("warnings").toString().contains("site_text_dropped"),
                            json + " says nothing of the site text: " + plan.get("warnings"));
                    String kept = Files.readString(
                            json.resolveSibling(json.getFileName().toString().replaceFirst("\\.json$", ".txt")));
                    for (String site : List.of("Đăng nhập", "Văn bản liên quan", "Bản quyền")) {
                        int at = kept.indexOf(site);
                        assertEquals(
                                -1,
                                at,
                                json + " keeps site text: "
                                        + kept.substring(Math.max(0, at - 300), Math.min(kept.length(), at + 100)));
                    }
                }
            }
            scores.put(f.getKey(), score(dir, f.getKey(), run.out().resolve("plans")));
        }
        System.out.println("=== saved pages, score.py F1 by form ===");
        scores.forEach((form, s) -> System.out.println(form + " "
                + PARTS.stream().map(p -> p + " " + s.get(p).get("f1")).toList() + " metadata " + s.get("metadata")));
        for (String form : List.of("md", "html")) {
            for (String part : PARTS) {
                assertEquals(
                        scores.get("txt").get(part).get("f1").asDouble(),
                        scores.get(form).get(part).get("f1").asDouble(),
                        0.03,
                        form + " " + part);
            }
        }
    }

    /** score.py on one form, the gold files renamed to that form's file names. */
    private static JsonNode score(Path dir, String form, Path plans) throws Exception {
        Path gold = Files.createDirectories(dir.resolve("gold-" + form));
        try (Stream<Path> files = Files.list(SHARED.resolve("gold"))) {
            for (Path g : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                ObjectNode json = (ObjectNode) MAPPER.readTree(g.toFile());
                String file = json.get("file").asText().replaceFirst("\\.txt$", "." + form);
                json.put("file", file);
                MAPPER.writeValue(gold.resolve(file + ".json").toFile(), json);
            }
        }
        Process p = new ProcessBuilder(
                        "python3",
                        SHARED.resolve("tools/score.py").toString(),
                        plans.toString(),
                        gold.toString(),
                        "--json")
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return MAPPER.readTree(out);
    }
}
