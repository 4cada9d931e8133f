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
 * Issue 20 part 2: pages set in a monospace face whose zero carries a dot, scanned and read by Tesseract, which
 * weighs a 9 or a 6 for such a zero (or a 0 for the 9 it read). A document's own number with such a digit is left
 * out with {@code ocr_number_unreadable} naming both readings, never given wrong; a number read sure is kept. A cited
 * number with such a digit is kept as read with {@code ocr_reference_unsure} naming both readings.
 */
class UnsureDigitNumbersScanTest {
    private static final String BLANK = "Số      /KH-UBND";
    private static final Pattern OWN = Pattern.compile("read as '([^']+)' from the scan left out: .* be '([^']+)'");
    private static final Pattern CITED = Pattern.compile("cited number '([^']+)' read by OCR weighing .* be '([^']+)'");

    @TempDir
    static Path dir;

    /**
     * Seed 003's header ("Số      /KH-UBND ... Đông Quang, ngày tháng 01 năm 2023") with its number typed in: 108,
     * whose dotted zero Tesseract also weighs as a 9, is left out; 158 is kept, though the same page cites "Thực
     * hiện kế hoạch Số: 1068/KH-UBND", whose zero it is unsure of: that one is kept as read, flagged.
     */
    @Test
    void ownNumberWithAnUnsureDigit_isLeftOutNamingBothReadings_aSureOneIsKept() throws Exception {
        assumeTrue(new TesseractCli(OcrOptions.DEFAULT).available(), "tesseract with vie data is installed");
        String head = Seeds.head(3, 1400);
        assertTrue(head.contains(BLANK) && head.contains("Số: 236/KH-UBND"), head);

        JsonNode unsure = plan("own108", head.replace(BLANK, "Số: 108/KH-UBND"), List.of(0));
        assertTrue(
                unsure.at("/metadata/number").isNull(), unsure.at("/metadata").toString());
        List<String> readings = readings(unsure, "ocr_number_unreadable", OWN);
        assertTrue(readings.contains("108/KH-UBND"), "the reading the page prints is named: " + readings);
        assertEquals(2, readings.size(), unsure.get("warnings").toString());
        assertFalse(readings.get(0).equals(readings.get(1)), readings.toString());

        String clean = head.replace(BLANK, "Số: 158/KH-UBND").replace("Số: 236/KH-UBND", "Số: 1068/KH-UBND");
        JsonNode sure = plan("own158", clean, List.of(0));
        assertEquals(
                "158/KH-UBND",
                sure.at("/metadata/number").asText(),
                sure.at("/metadata").toString());
        assertFalse(
                codes(sure).contains("ocr_number_unreadable"),
                sure.get("warnings").toString());
        List<String> cited = readings(sure, "ocr_reference_unsure", CITED);
        assertEquals(2, cited.size(), sure.get("warnings").toString());
        assertTrue(cited.contains("1068/KH-UBND"), "the reading the page prints is named: " + cited);
        assertTrue(numbers(sure).contains(cited.get(0)), "kept as read: " + numbers(sure));
    }

    /**
     * Seed 002's first page and the page citing "Nghị định số 107/2020/NĐ-CP" (its 0 read as a 9, the 0 weighed):
     * every cited number flagged so is kept as read, and one of the two readings named is what the seed prints.
     */
    @Test
    void citedNumbersWithAnUnsureDigit_areKeptAsReadAndFlagged_withWhatThePagePrints() throws Exception {
        assumeTrue(new TesseractCli(OcrOptions.DEFAULT).available(), "tesseract with vie data is installed");
        String seed = Seeds.text(Seeds.all().get(2));
        JsonNode plan = plan("seed2", seed, List.of(0, 4));
        String printed = seed.replaceAll("\\s+", "");
        List<String> flagged = new ArrayList<>();
        for (JsonNode w : plan.get("warnings")) {
            Matcher m = CITED.matcher(w.get("message").asText());
            if (w.get("code").asText().equals("ocr_reference_unsure") && m.find()) {
                assertTrue(numbers(plan).contains(m.group(1)), "kept as read: " + w);
                assertTrue(
                        printed.contains(m.group(1)) || printed.contains(m.group(2)),
                        "neither reading is what the seed prints: " + w);
                flagged.add(m.group(1));
            }
        }
        assertFalse(flagged.isEmpty(), plan.get("warnings").toString());
    }

    /** The plan of {@code text}'s pages {@code pages} (0-based) scanned in the monospace face, read once. */
    private static JsonNode plan(String name, String text, List<Integer> pages) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in-" + name));
        ScanFixtureGenerator mono = new ScanFixtureGenerator(TextPdfRenderer.monospace());
        mono.writeImagePdf(mono.pageImages(text, Degradation.FLATBED, pages), in.resolve("plan.pdf"));
        IngestRun run = IngestRun.ingest(dir.resolve("out-" + name), in.toString());
        assertEquals(0, run.exitCode());
        return run.plan(run.planJsons().getFirst());
    }

    /** The two readings the one warning of {@code code} whose message {@code p} matches names; none without one. */
    private static List<String> readings(JsonNode plan, String code, Pattern p) {
        List<String> out = new ArrayList<>();
        for (JsonNode w : plan.get("warnings")) {
            Matcher m = p.matcher(w.get("message").asText());
            if (w.get("code").asText().equals(code) && m.find()) {
                out.add(m.group(1));
                out.add(m.group(2));
            }
        }
        return out;
    }

    private static List<String> numbers(JsonNode plan) {
        List<String> out = new ArrayList<>();
        plan.get("legalReferences").forEach(r -> out.add(r.path("number").asText()));
        return out;
    }

    private static List<String> codes(JsonNode plan) {
        List<String> codes = new ArrayList<>();
        plan.get("warnings").forEach(w -> codes.add(w.get("code").asText()));
        return codes;
    }
}
