package org.planlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.fixtures.ScanFixtureGenerator;
import org.planlens.fixtures.ScanFixtureGenerator.Degradation;
import org.planlens.support.IngestRun;
import org.planlens.support.Seeds;
import org.planlens.text.ocr.OcrOptions;
import org.planlens.text.ocr.PageOcr;

/**
 * The text of a scanned plan is read (OCR) once: after a rule file changes, the next ingest re-makes the plan with
 * the new rule from the kept text, and no tesseract process runs; {@code --force} reads again. Tesseract runs
 * through a wrapper that counts its processes ({@code planlens.tesseract}). The kept text places the plan on its
 * pages (provenance) as the first reading did.
 */
class TextCacheIntegrationTest {
    @TempDir
    Path dir;

    @AfterEach
    void realTesseract() {
        System.clearProperty("planlens.tesseract");
    }

    @Test
    void ruleChange_reextractsFromTheKeptText_withoutTesseract_andForceReadsAgain() throws Exception {
        assumeTrue(new PageOcr(OcrOptions.DEFAULT).available(), "tesseract with vie data is installed");
        Path in = Files.createDirectories(dir.resolve("in"));
        ScanFixtureGenerator scans = new ScanFixtureGenerator();
        scans.writeImagePdf(scans.pageImages(Seeds.head(0, 1800), Degradation.CLEAN), in.resolve("scan.pdf"));
        Path models = copyModels(dir.resolve("models"));
        Path calls = dir.resolve("tesseract-calls.txt");
        Path wrapper = dir.resolve("tesseract");
        Files.writeString(wrapper, "#!/bin/sh\necho \"$*\" >> '" + calls + "'\nexec tesseract \"$@\"\n");
        Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));
        System.setProperty("planlens.tesseract", wrapper.toString());
        Path out = dir.resolve("out");

        IngestRun first = IngestRun.ingest(out, in.toString(), "--models", models.toString());
        assertEquals(0, first.exitCode());
        assertEquals(1, first.count("exported"));
        int firstCalls = lines(calls);
        assertTrue(firstCalls > 0, "the scan was OCRed");
        JsonNode before = first.plan(first.planJsons().get(0));
        assertTrue(before.path("source").path("ocr").asBoolean());

        // a rule: the first section not in digital government becomes so, by a keyword from its own heading
        JsonNode section = null;
        for (JsonNode s : before.path("sections")) {
            if (!"digital_government".equals(s.path("pillar").asText())
                    && s.path("heading").asText().strip().contains(" ")) {
                section = s;
                break;
            }
        }
        assertTrue(section != null, "the plan has a section to re-classify");
        String[] words = section.path("heading").asText().strip().split("\\s+");
        String keyword = words[0] + " " + words[1];
        Path pillars = models.resolve("pillars.tsv");
        List<String> rows = Files.readAllLines(pillars, StandardCharsets.UTF_8);
        int firstRule = 0;
        while (rows.get(firstRule).startsWith("#")) firstRule++;
        rows.add(firstRule, "digital_government\t" + keyword);
        Files.write(pillars, rows, StandardCharsets.UTF_8);

        IngestRun second = IngestRun.ingest(out, in.toString(), "--models", models.toString());
        assertEquals(0, second.exitCode());
        assertEquals(1, second.count("exported"), "the plan is re-made: the rules changed");
        assertEquals(firstCalls, lines(calls), "no tesseract process the second time");
        JsonNode after = second.plan(second.planJsons().get(0));
        assertEquals(before.path("source").path("chars"), after.path("source").path("chars"));
        // the kept text holds the pages' layouts: the plan is placed on its pages as from a fresh reading
        assertTrue(before.path("source").path("pageInfo").size() > 0, "the scan's pages are described");
        assertEquals(
                before.path("source").path("pageInfo"), after.path("source").path("pageInfo"));
        int placed = 0;
        for (int i = 0; i < before.path("sections").size(); i++) {
            JsonNode b = before.path("sections").path(i);
            JsonNode a = after.path("sections").path(i);
            assertEquals(
                    b.path("page"), a.path("page"), "section " + b.path("id").asText());
            assertEquals(b.path("box"), a.path("box"), "section " + b.path("id").asText());
            if (b.has("page")) placed++;
        }
        assertTrue(placed > 0, "sections are placed on pages");
        String id = section.path("id").asText();
        JsonNode changed = null;
        for (JsonNode s : after.path("sections")) if (id.equals(s.path("id").asText())) changed = s;
        assertEquals("digital_government", changed.path("pillar").asText(), "the new rule applies");
        assertNotEquals(section.path("pillar").asText(), changed.path("pillar").asText());

        IngestRun forced = IngestRun.ingest(out, in.toString(), "--models", models.toString(), "--force");
        assertEquals(0, forced.exitCode());
        assertTrue(lines(calls) > firstCalls, "--force reads (OCRs) again");
    }

    private static int lines(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file).size() : 0;
    }

    private static Path copyModels(Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(Path.of("models"))) {
            for (Path f : files.toList()) Files.copy(f, target.resolve(f.getFileName()));
        }
        return target;
    }
}
