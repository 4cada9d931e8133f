package org.planlens.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.fixtures.ScanFixtureGenerator;
import org.planlens.fixtures.ScanFixtureGenerator.Degradation;
import org.planlens.fixtures.TextPdfRenderer;
import org.planlens.support.IngestRun;
import org.planlens.support.Seeds;
import org.planlens.text.ocr.OcrOptions;
import org.planlens.text.ocr.TesseractCli;

/**
 * Issue 20 part 2: seeds set in a monospace face whose zero carries a dot, scanned; of each, the first page (its
 * title and period) and the page that cites decrees and resolutions of 2020, as the whole scan has them. Tesseract
 * reads {@code 108/2020/NĐ-CP ngày 14/9/2020} as {@code 108/2029/NĐ-CP ngày 14/9/2020} and {@code 05/2020/NQ-HĐND
 * ngày 25/7/2020} as {@code 05/2029/NQ-HĐND ngày 25/7/2026}: a document of 2021 or 2023 cannot cite one of 2029. The
 * date beside the number (or, itself as late, the one year both could be misreads of) mends the year, with a
 * warning; every mend gives what the page prints.
 */
class ScannedCitationYearsTest {
    private static final Pattern MENDED = Pattern.compile("mended to '([^']+)'");

    /** The scans and their plans, made once for the class. */
    @TempDir
    static Path dir;

    @Test
    void aCitedYearAfterTheCitingDocument_isMendedFromTheDateBesideIt() throws Exception {
        assumeTrue(new TesseractCli(OcrOptions.DEFAULT).available(), "tesseract with vie data is installed");
        JsonNode decrees = plan(2, 4);
        assertTrue(numbers(decrees).contains("108/2020/NĐ-CP"), numbers(decrees).toString());
        JsonNode resolutions = plan(0, 4);
        assertTrue(
                numbers(resolutions).contains("05/2020/NQ-HĐND"),
                numbers(resolutions).toString());
        for (JsonNode plan : List.of(decrees, resolutions)) {
            assertFalse(
                    numbers(plan).stream().anyMatch(n -> n.contains("/2029/")),
                    numbers(plan).toString());
        }
        assertEquals(
                "2020-07-25",
                reference(resolutions, "05/2020/NQ-HĐND").get("date").asText());
    }

    @Test
    void everyMend_isWhatThePagePrints() throws Exception {
        assumeTrue(new TesseractCli(OcrOptions.DEFAULT).available(), "tesseract with vie data is installed");
        for (int seed : new int[] {0, 2}) {
            JsonNode plan = plan(seed, 4);
            String printed = Seeds.text(Seeds.all().get(seed)).replaceAll("\\s+", "");
            List<String> mends = new ArrayList<>();
            plan.get("warnings").forEach(w -> {
                Matcher m = MENDED.matcher(w.get("message").asText());
                if (w.get("code").asText().equals("ocr_reference_unsure") && m.find()) {
                    mends.add(m.group(1));
                }
            });
            assertFalse(mends.isEmpty(), plan.get("warnings").toString());
            for (String mended : mends) {
                assertTrue(printed.contains(mended), "mended to what seed " + seed + " does not print: " + mended);
            }
        }
    }

    /** The plan of the scan of seed {@code seed}'s first page and page {@code page} (0-based), read once. */
    private static JsonNode plan(int seed, int page) throws Exception {
        Path out = dir.resolve("out-" + seed);
        if (!Files.exists(out)) {
            Path in = Files.createDirectories(dir.resolve("in-" + seed));
            ScanFixtureGenerator mono = new ScanFixtureGenerator(TextPdfRenderer.monospace());
            String text = Seeds.text(Seeds.all().get(seed));
            mono.writeImagePdf(mono.pageImages(text, Degradation.FLATBED, List.of(0, page)), in.resolve("plan.pdf"));
            IngestRun run = IngestRun.ingest(out, in.toString());
            assertEquals(0, run.exitCode());
        }
        IngestRun read = new IngestRun(0, out, null);
        return read.plan(read.planJsons().getFirst());
    }

    private static List<String> numbers(JsonNode plan) {
        List<String> out = new ArrayList<>();
        plan.get("legalReferences").forEach(r -> out.add(r.path("number").asText()));
        return out;
    }

    private static JsonNode reference(JsonNode plan, String number) {
        for (JsonNode r : plan.get("legalReferences")) {
            if (number.equals(r.path("number").asText())) {
                return r;
            }
        }
        throw new AssertionError("no reference " + number + " in " + plan.get("legalReferences"));
    }
}
