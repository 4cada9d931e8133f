package org.planlens.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.model.UnreadableDocumentException;
import org.planlens.text.FormatReaders;

class InputScannerTest {
    private static final PlanFileTypes TYPES = new PlanFileTypes(FormatReaders.extensions());

    @TempDir
    Path dir;

    @Test
    void foldersAreWalkedAndArchivesReadInPlace() throws IOException {
        Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(dir.resolve("a/b/plan.txt"), "KẾ HOẠCH");
        Files.writeString(dir.resolve("a/logo.svg"), "<svg/>");
        Files.writeString(dir.resolve(".hidden.txt"), "x");
        zip(dir.resolve("a/archive.zip"), "2024/xa/plan.docx", "inner/nested.zip", "../evil.txt", "notes.csv");

        InputScan scan = new InputScanner(InputLimits.DEFAULT, TYPES).scan(List.of(dir, dir.resolve("missing")));

        List<String> names = scan.documents().stream().map(InputDocument::name).toList();
        assertEquals(List.of("plan.docx", "plan.txt"), names);
        assertTrue(scan.documents().get(0).isArchiveEntry());
        assertEquals(3, scan.skipped().size(), scan.skipped().toString());
        assertEquals(2, scan.failed().size(), scan.failed().toString());
        assertTrue(scan.failed().stream().anyMatch(f -> f.reason().contains("unsafe entry name")));
        assertTrue(scan.failed().stream().anyMatch(f -> f.reason().contains("no such file")));
    }

    @Test
    void stagingHashesAndCleansUpArchiveCopies() throws Exception {
        zip(dir.resolve("p.zip"), "plan.txt");
        InputScan scan = new InputScanner(InputLimits.DEFAULT, TYPES).scan(List.of(dir.resolve("p.zip")));
        DocumentStager stager = new DocumentStager(InputLimits.DEFAULT, dir.resolve("tmp"));
        Path copy;
        try (StagedDocument staged = stager.stage(scan.documents().get(0))) {
            copy = staged.path();
            assertEquals(64, staged.sha256().length());
            assertTrue(Files.exists(copy));
        }
        assertTrue(Files.notExists(copy));
    }

    @Test
    void entryOverTheRatioLimitIsRefused() throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(dir.resolve("bomb.zip")))) {
            out.putNextEntry(new ZipEntry("zeros.txt"));
            out.write(new byte[4 * 1024 * 1024]);
            out.closeEntry();
        }
        InputLimits tight = new InputLimits(3 * 1024 * 1024, 100, 10);
        InputScan scan = new InputScanner(tight, TYPES).scan(List.of(dir.resolve("bomb.zip")));
        UnreadableDocumentException e = Assertions.assertThrows(
                UnreadableDocumentException.class,
                () -> new DocumentStager(tight, dir.resolve("tmp"))
                        .stage(scan.documents().get(0)));
        assertTrue(e.reason().contains("ZIP bomb"), e.reason());
        try (var files = Files.list(dir.resolve("tmp"))) {
            assertEquals(0, files.count(), "no partial copy left behind");
        }
    }

    private static void zip(Path zip, String... names) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String name : names) {
                out.putNextEntry(new ZipEntry(name));
                out.write(("nội dung " + name).getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
    }
}
