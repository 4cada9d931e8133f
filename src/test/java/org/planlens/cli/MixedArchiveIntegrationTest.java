package org.planlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.fixtures.LegacyFixtureGenerator;
import org.planlens.fixtures.ScanFixtureGenerator;
import org.planlens.model.TextEncoding;
import org.planlens.support.IngestRun;
import org.planlens.support.PlanSchema;
import org.planlens.support.Seeds;
import org.planlens.text.ocr.OcrOptions;
import org.planlens.text.ocr.PageOcr;

/**
 * Issue 5: one ZIP as an archive arrives (a scan, TCVN3 and VNI text in nested folders, and a file that is no
 * plan): every plan is read, the other file skipped and reported, and each export says truthfully how its text
 * was obtained (source.ocr, pages, encoding, warnings).
 */
class MixedArchiveIntegrationTest {

    @Test
    void mixedArchive_everyFormReadAndTold(@TempDir Path work) throws Exception {
        assumeTrue(new PageOcr(OcrOptions.DEFAULT).available(), "tesseract with vie data is installed");
        String page = Seeds.head(3, 1500);
        ScanFixtureGenerator scans = new ScanFixtureGenerator();
        Path scan = work.resolve("scan.pdf");
        var pages = scans.pageImages(page, ScanFixtureGenerator.Degradation.FLATBED);
        scans.writeImagePdf(pages, scan);
        LegacyFixtureGenerator legacy = new LegacyFixtureGenerator();
        Path tcvn3 = work.resolve("tcvn3.txt");
        Path vni = work.resolve("vni.txt");
        legacy.writeText(Seeds.head(0, 3000), TextEncoding.TCVN3, tcvn3);
        legacy.writeText(Seeds.head(2, 3000), TextEncoding.VNI, vni);
        Path zip = work.resolve("archive.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Object[] e : List.of(
                    new Object[] {"2023/xa/scan.pdf", scan},
                    new Object[] {"2021/tcvn3.txt", tcvn3},
                    new Object[] {"2024/sub/vni.txt", vni})) {
                out.putNextEntry(new ZipEntry((String) e[0]));
                out.write(Files.readAllBytes((Path) e[1]));
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry("2024/budget.xlsx"));
            out.write(new byte[] {'P', 'K', 3, 4});
            out.closeEntry();
        }

        IngestRun run = IngestRun.ingest(work.resolve("out"), zip.toString());

        assertEquals(0, run.exitCode());
        assertEquals(List.of(), run.failures());
        assertEquals(3, run.count("exported"));
        assertTrue(run.report().get("skipped").toString().contains("budget.xlsx"));
        Map<String, JsonNode> byEntry = new HashMap<>();
        for (Path json : run.planJsons()) {
            assertEquals(List.of(), PlanSchema.errors(json));
            JsonNode plan = run.plan(json);
            String file = plan.get("source").get("file").asText();
            byEntry.put(file.substring(file.lastIndexOf('/') + 1), plan);
        }
        JsonNode scanned = byEntry.get("scan.pdf").get("source");
        assertTrue(scanned.get("ocr").asBoolean());
        assertEquals(pages.size(), scanned.get("pages").asInt());
        assertTrue(byEntry.get("scan.pdf").get("warnings").toString().contains("ocr_pages"));
        assertEquals(
                "tcvn3", byEntry.get("tcvn3.txt").get("source").get("encoding").asText());
        assertEquals("vni", byEntry.get("vni.txt").get("source").get("encoding").asText());
        assertFalse(byEntry.get("vni.txt").get("source").get("ocr").asBoolean());
        assertTrue(byEntry.get("tcvn3.txt").get("warnings").toString().contains("legacy_encoding_converted"));
        // the converted text reads as the seed: its numbered sections come out
        assertTrue(byEntry.get("tcvn3.txt").get("sections").size() >= 3);
    }
}
