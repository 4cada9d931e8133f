package org.planlens.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.fixtures.DocxRenderer;
import org.planlens.fixtures.TaskTableText;
import org.planlens.fixtures.TextPdfRenderer;
import org.planlens.rules.ModelData;
import org.planlens.support.IngestRun;

/**
 * Issue 4: task tables read from real table structure. Seed 001 and a gold fixture, their flat appendix written
 * back as a table by project code, are printed as a Word table (multi-paragraph cells, merged group cells) and
 * as a ruled PDF table (wrapped cells, rows broken by pages, header repeated); each form must read back to the
 * tasks of the text form, row for row, and score the same with shared/tools/score.py.
 */
class TaskTableFormsIntegrationTest {
    private static final Path SHARED = Path.of("../shared");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** The header of seed 001's table, with its empty notes column. */
    static final List<String> HEADER = List.of(
            "STT",
            "NHIỆM VỤ CỤ THỂ",
            "KẾT QUẢ, SẢN PHẨM",
            "THỜI GIAN THỰC HIỆN",
            "CƠ QUAN CHỦ TRÌ",
            "CƠ QUAN PHỐI HỢP",
            "GHI CHÚ");

    private static final List<Path> SOURCES = List.of(
            Path.of("corpus/001_6a0161e947e78645.txt"), Path.of("src/test/resources/gold-fixtures/an-binh-2022.txt"));
    private static final Map<Path, Path> GOLD = Map.of(
            SOURCES.get(0),
            SHARED.resolve("gold/001_6a0161e947e78645.txt.json"),
            SOURCES.get(1),
            Path.of("src/test/resources/gold-fixtures/an-binh-2022.txt.json"));

    @Test
    void docxAndPdfTables_readBackToTheTasksOfTheText(@TempDir Path dir) throws Exception {
        TaskTableText tables = new TaskTableText(ModelData.packaged());
        Map<String, Path> forms = new LinkedHashMap<>();
        for (String form : List.of("text", "docx", "pdf")) {
            forms.put(form, Files.createDirectories(dir.resolve(form)));
        }
        for (Path source : SOURCES) {
            String raw = Files.readString(source, StandardCharsets.UTF_8);
            String stem = source.getFileName().toString().replaceFirst("\\.txt$", "");
            String tabbed = tables.rewrite(raw, HEADER);
            assertTrue(
                    tabbed.lines().filter(l -> l.indexOf('\t') >= 0).count() > 5,
                    "no table rows written for " + source);
            Files.copy(source, forms.get("text").resolve(stem + ".txt"));
            new DocxRenderer().render(tabbed, forms.get("docx").resolve(stem + ".docx"));
            TextPdfRenderer.plain().render(tabbed, forms.get("pdf").resolve(stem + ".pdf"));
        }
        Map<String, IngestRun> runs = new LinkedHashMap<>();
        for (Map.Entry<String, Path> f : forms.entrySet()) {
            IngestRun run = IngestRun.ingest(
                    dir.resolve("out-" + f.getKey()), f.getValue().toString());
            assertEquals(0, run.exitCode(), f.getKey());
            runs.put(f.getKey(), run);
        }
        for (Path source : SOURCES) {
            String stem = source.getFileName().toString().replaceFirst("\\.txt$", "");
            List<JsonNode> text = tasks(runs.get("text"), stem);
            assertTrue(text.size() >= 3, "text form of " + stem + " gives " + text.size() + " tasks");
            for (String form : List.of("docx", "pdf")) {
                List<JsonNode> got = tasks(runs.get(form), stem);
                assertEquals(paths(text), paths(got), form + " form of " + stem + ": row numbering");
                for (int i = 0; i < text.size(); i++) {
                    for (String field : List.of("description", "output", "timeline", "lead", "coordinate")) {
                        String want = value(text.get(i), field);
                        String have = value(got.get(i), field);
                        assertEquals(
                                want,
                                have,
                                form + " form of " + stem + " row "
                                        + paths(text).get(i) + " " + field);
                        assertFalse(
                                have.contains("STT") || have.contains("CHỦ TRÌ") || have.contains("PHỐI HỢP"),
                                "header words in a cell: " + have);
                    }
                }
            }
        }
        if (Files.isRegularFile(SHARED.resolve("tools/score.py"))) {
            Map<String, JsonNode> scores = new LinkedHashMap<>();
            for (String form : forms.keySet()) {
                scores.put(form, score(dir, form, runs.get(form).out().resolve("plans")));
            }
            System.out.println("=== task tables, score.py by form ===");
            scores.forEach((form, s) ->
                    System.out.println(form + " tasks " + s.get("tasks") + " fields " + s.get("taskFields")));
            for (String form : List.of("docx", "pdf")) {
                assertEquals(scores.get("text").get("tasks"), scores.get(form).get("tasks"), form + " tasks score");
                assertEquals(
                        scores.get("text").get("taskFields"),
                        scores.get(form).get("taskFields"),
                        form + " task fields");
            }
        }
    }

    private static List<JsonNode> tasks(IngestRun run, String stem) {
        for (Path json : run.planJsons()) {
            JsonNode plan = run.plan(json);
            if (plan.get("source").get("file").asText().contains(stem)) {
                List<JsonNode> out = new ArrayList<>();
                plan.get("tasks").forEach(t -> {
                    if ("table".equals(t.path("source").asText())) {
                        out.add(t);
                    }
                });
                return out;
            }
        }
        throw new AssertionError("no plan for " + stem + " in " + run.out());
    }

    private static List<String> paths(List<JsonNode> tasks) {
        return tasks.stream().map(t -> t.path("path").asText()).toList();
    }

    private static String value(JsonNode task, String field) {
        JsonNode v = task.get(field);
        return v == null || v.isNull() ? "" : v.isArray() ? v.toString() : v.asText();
    }

    /** score.py on one form, the gold files renamed to that form's file names. */
    private static JsonNode score(Path dir, String form, Path plans) throws Exception {
        Path gold = Files.createDirectories(dir.resolve("gold-" + form));
        String ext = form.equals("text") ? "txt" : form;
        for (Path g : GOLD.values()) {
            assumeTrue(Files.isRegularFile(g), "gold beside the project: " + g);
            ObjectNode json = (ObjectNode) MAPPER.readTree(g.toFile());
            json.put("file", json.get("file").asText().replaceFirst("\\.txt$", "." + ext));
            MAPPER.writeValue(gold.resolve(g.getFileName()).toFile(), json);
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
        JsonNode result = MAPPER.readTree(out);
        assertNotNull(result.get("tasks"), out);
        return result;
    }
}
