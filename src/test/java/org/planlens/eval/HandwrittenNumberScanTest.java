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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.fixtures.HandwrittenNumberScan;
import org.planlens.fixtures.ScanFixtureGenerator;
import org.planlens.support.IngestRun;
import org.planlens.support.Seeds;
import org.planlens.text.ocr.OcrOptions;
import org.planlens.text.ocr.TesseractCli;

/**
 * Issue 20 part 2: a signed scan whose document number was written in by hand (seed 003's header, typed with the
 * number left blank as it is) gives no number, with {@code ocr_number_unreadable}, never a wrong one; the same page
 * with the number typed keeps it, so the check is not a blanket one.
 */
class HandwrittenNumberScanTest {
    private static final String BLANK = "Số      /KH-UBND";

    @Test
    void handwrittenNumber_isNullWithAWarning_typedNumberIsKept(@TempDir Path dir) throws Exception {
        assumeTrue(new TesseractCli(OcrOptions.DEFAULT).available(), "tesseract with vie data is installed");
        String head = Seeds.head(3, 1400);
        assertTrue(head.contains(BLANK), "seed 003 prints its number blank");

        Path hand = Files.createDirectories(dir.resolve("hand"));
        new HandwrittenNumberScan(7)
                .writeScanPdf(
                        head.replace(BLANK, "Số: " + HandwrittenNumberScan.GAP + "/KH-UBND"),
                        "158",
                        hand.resolve("plan.pdf"),
                        ScanFixtureGenerator.Degradation.FLATBED);
        JsonNode handPlan = plan(dir.resolve("out-hand"), hand);
        assertTrue(
                handPlan.at("/metadata/number").isNull(),
                handPlan.at("/metadata").toString());
        assertTrue(
                codes(handPlan).contains("ocr_number_unreadable"),
                handPlan.get("warnings").toString());

        Path typed = Files.createDirectories(dir.resolve("typed"));
        ScanFixtureGenerator scans = new ScanFixtureGenerator();
        scans.writeImagePdf(
                scans.pageImages(head.replace(BLANK, "Số: 158/KH-UBND"), ScanFixtureGenerator.Degradation.FLATBED),
                typed.resolve("plan.pdf"));
        JsonNode typedPlan = plan(dir.resolve("out-typed"), typed);
        assertEquals(
                "158/KH-UBND",
                typedPlan.at("/metadata/number").asText(),
                typedPlan.at("/metadata").toString());
        assertTrue(
                !codes(typedPlan).contains("ocr_number_unreadable"),
                typedPlan.get("warnings").toString());
    }

    /**
     * The same header scanned as printed, its number place blank: no number and no warning, though the text under
     * it cites another plan's number ("Thực hiện kế hoạch Số: 236/KH-UBND"), which is not the header's.
     */
    @Test
    void blankNumberPlace_isNoNumberAndNoWarning_whateverIsCitedUnderIt(@TempDir Path dir) throws Exception {
        assumeTrue(new TesseractCli(OcrOptions.DEFAULT).available(), "tesseract with vie data is installed");
        String head = Seeds.head(3, 1400);
        assertTrue(head.contains(BLANK) && head.contains("Số: 236/KH-UBND"), head);
        Path blank = Files.createDirectories(dir.resolve("blank"));
        ScanFixtureGenerator scans = new ScanFixtureGenerator();
        scans.writeImagePdf(
                scans.pageImages(head, ScanFixtureGenerator.Degradation.FLATBED), blank.resolve("plan.pdf"));
        JsonNode plan = plan(dir.resolve("out-blank"), blank);
        assertTrue(plan.at("/metadata/number").isNull(), plan.at("/metadata").toString());
        assertFalse(
                codes(plan).contains("ocr_number_unreadable"),
                plan.get("warnings").toString());
    }

    private static JsonNode plan(Path out, Path in) {
        IngestRun run = IngestRun.ingest(out, in.toString());
        assertEquals(0, run.exitCode());
        return run.plan(run.planJsons().getFirst());
    }

    private static List<String> codes(JsonNode plan) {
        List<String> codes = new ArrayList<>();
        plan.get("warnings").forEach(w -> codes.add(w.get("code").asText()));
        return codes;
    }
}
