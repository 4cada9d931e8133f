package org.planlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
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
 * Issue 3: bad input gets a clear line (file, reason) in the run report and the batch goes on. One folder holds a
 * good plan and every kind of bad file; one run reads them all.
 */
class BadInputIntegrationTest {
    @TempDir
    static Path work;

    static IngestRun run;
    static Path inbox;

    @BeforeAll
    static void ingestFolderOfBadFiles() throws IOException {
        inbox = Files.createDirectories(work.resolve("inbox"));
        String seed = Seeds.text(Seeds.all().get(0));
        Files.writeString(inbox.resolve("good.txt"), seed);
        Files.write(inbox.resolve("empty.txt"), new byte[0]);
        Path pdf = work.resolve("whole.pdf");
        TextPdfRenderer.plain().render(seed, pdf);
        byte[] whole = Files.readAllBytes(pdf);
        Files.write(inbox.resolve("truncated.pdf"), Arrays.copyOf(whole, whole.length / 3));
        byte[] corrupt = ("%PDF-1.7\n" + "garbage ".repeat(500)).getBytes(StandardCharsets.US_ASCII);
        Files.write(inbox.resolve("corrupt.pdf"), corrupt);
        TextPdfRenderer.passwordProtected("secret").render(seed, inbox.resolve("locked.pdf"));
        Files.writeString(
                inbox.resolve("really-html.pdf"),
                "<!DOCTYPE html><html><head><title>404</title></head><body><h1>Not Found</h1></body></html>");
        Files.writeString(inbox.resolve("notes.xyz"), "not a plan");
        Files.write(inbox.resolve("huge.txt"), new byte[3 * 1024 * 1024]);
        writeZip(inbox.resolve("evil.zip"), new String[] {"../../escaped.txt", "plans/ok.txt"}, seed + "\nBản lưu.\n");
        writeBomb(inbox.resolve("bomb.zip"));
        writeXxeDocx(inbox.resolve("xxe.docx"), work.resolve("secret.txt"));

        run = IngestRun.ingest(work.resolve("out"), inbox.toString(), "--max-mb", "2");
    }

    @Test
    void batchCompletes_goodPlanExported() {
        assertEquals(0, run.exitCode());
        assertTrue(run.count("exported") >= 2, "good.txt and the zip's safe entry: " + run.report());
        for (Path json : run.planJsons()) {
            assertEquals(List.of(), PlanSchema.errors(json));
        }
    }

    @Test
    void everyBadFileHasItsReason() {
        List<String> failures = run.failures();
        assertFailed(failures, "empty.txt", "empty");
        assertFailed(failures, "truncated.pdf", "PDF");
        assertFailed(failures, "corrupt.pdf", "PDF");
        assertFailed(failures, "locked.pdf", "password");
        assertFailed(failures, "really-html.pdf", "text/html");
        assertFailed(failures, "huge.txt", "limit");
        assertFailed(failures, "escaped.txt", "unsafe entry name");
        assertFailed(failures, "bomb.zip!/zeros.txt", "ZIP bomb");
    }

    @Test
    void unknownFormatIsSkippedNotFailed() {
        assertTrue(run.report().get("skipped").toString().contains("notes.xyz"));
        assertFalse(run.failures().toString().contains("notes.xyz"));
    }

    @Test
    void zipEntriesAreNeverWrittenOutsideTheOutput() {
        assertFalse(Files.exists(work.resolve("escaped.txt")));
        assertFalse(Files.exists(inbox.resolve("escaped.txt")));
        assertFalse(Files.exists(work.getParent().resolve("escaped.txt")));
        assertTrue(
                run.planJsons().stream()
                        .anyMatch(j ->
                                run.plan(j).get("source").get("file").asText().endsWith("evil.zip!/plans/ok.txt")),
                "the safe entry of the same archive is read");
    }

    @Test
    void docxExternalEntityIsNeverResolved() throws IOException {
        for (Path json : run.planJsons()) {
            Path text = json.resolveSibling(json.getFileName().toString().replace(".json", ".txt"));
            assertFalse(Files.readString(text).contains("TOP-SECRET-CONTENT"), "entity resolved in " + text);
        }
    }

    private static void assertFailed(List<String> failures, String file, String reasonPart) {
        assertTrue(
                failures.stream()
                        .anyMatch(f -> f.contains(file) && f.toLowerCase().contains(reasonPart.toLowerCase())),
                file + " should fail with '" + reasonPart + "', failures were: " + failures);
    }

    private static void writeZip(Path zip, String[] names, String content) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String name : names) {
                out.putNextEntry(new ZipEntry(name));
                out.write(content.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
    }

    /** 64 MB of zeros that deflate to about 64 KB: over the 2 MB limit by far. */
    private static void writeBomb(Path zip) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("zeros.txt"));
            byte[] block = new byte[1024 * 1024];
            for (int i = 0; i < 64; i++) {
                out.write(block);
            }
            out.closeEntry();
        }
    }

    /** A DOCX whose document.xml declares an external entity pointing at a local file. */
    private static void writeXxeDocx(Path docx, Path secret) throws IOException {
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        Path plain = docx.resolveSibling("plain-for-xxe.docx.tmp");
        new DocxRenderer().render("KẾ HOẠCH\nCải cách hành chính năm 2024\n&xxe;", plain);
        try (var in = new ZipFile(plain.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(docx))) {
            var entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                byte[] bytes = in.getInputStream(e).readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    xml = xml.replaceFirst(
                                    "\\?>", "?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>")
                            .replace("&amp;xxe;", "&xxe;");
                    bytes = xml.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        Files.delete(plain);
    }
}
