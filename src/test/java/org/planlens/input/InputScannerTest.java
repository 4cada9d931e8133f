package org.planlens.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
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

    /**
     * Issue 23, items 5 and 15: links are followed only to files under the inputs; a link out of them
     * ({@code ln -s /etc/passwd}), a link to a folder, a dangling link and a FIFO are skipped, each with its reason.
     */
    @Test
    void linksOutOfTheInputsAndSpecialFilesAreSkippedWithTheReason() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path outside = Files.writeString(dir.resolve("secret.txt"), "mật khẩu");
        Files.writeString(in.resolve("plan.txt"), "Kế hoạch");
        Files.createSymbolicLink(in.resolve("p.txt"), outside);
        Files.createSymbolicLink(in.resolve("again.txt"), in.resolve("plan.txt"));
        Files.createSymbolicLink(in.resolve("folder"), dir);
        Files.createSymbolicLink(in.resolve("gone.txt"), dir.resolve("missing.txt"));
        Process fifo = new ProcessBuilder("mkfifo", in.resolve("pipe.txt").toString()).start();
        assertEquals(0, fifo.waitFor());

        InputScan scan = new InputScanner(InputLimits.DEFAULT, TYPES).scan(List.of(in));

        assertEquals(
                List.of(
                        in.resolve("again.txt").toString(),
                        in.resolve("plan.txt").toString()),
                scan.documents().stream().map(InputDocument::location).toList(),
                "a link to a file under the input is read, nothing else");
        assertSkipped(scan, "p.txt", "outside the inputs");
        assertSkipped(scan, "folder", "link to a folder");
        assertSkipped(scan, "gone.txt", "dangling");
        assertSkipped(scan, "pipe.txt", "FIFO");
    }

    /** Issue 23, item 7: the output folder under an input ({@code ingest .}) is never read back. */
    @Test
    void theOutputFolderIsNotReadAsInput() throws IOException {
        Files.writeString(dir.resolve("plan.txt"), "Kế hoạch");
        Path out = Files.createDirectories(dir.resolve("output/plans"));
        Files.writeString(out.resolve("plan-0123.txt"), "Kế hoạch");

        InputScan scan =
                new InputScanner(InputLimits.DEFAULT, TYPES, List.of(dir.resolve("output"))).scan(List.of(dir));

        assertEquals(
                List.of("plan.txt"),
                scan.documents().stream().map(InputDocument::name).toList());
        assertSkipped(scan, "output", "output folder");
    }

    /** Issue 23, item 15: a second entry of the same name is reported, not dropped silently. */
    @Test
    void duplicateEntryNamesAreReported() throws IOException {
        Path zip = dir.resolve("twice.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String text : new String[] {"bản một", "bản hai"}) {
                // ZipOutputStream refuses a repeated name: the second is written under a placeholder and renamed
                out.putNextEntry(new ZipEntry(text.equals("bản một") ? "plan.txt" : "plan.tx_"));
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        byte[] b = Files.readAllBytes(zip);
        String latin = new String(b, StandardCharsets.ISO_8859_1).replace("plan.tx_", "plan.txt");
        Files.write(zip, latin.getBytes(StandardCharsets.ISO_8859_1));

        InputScan scan = new InputScanner(InputLimits.DEFAULT, TYPES).scan(List.of(zip));

        assertEquals(1, scan.documents().size(), scan.documents().toString());
        assertSkipped(scan, "twice.zip!/plan.txt", "same name");
    }

    private static void assertSkipped(InputScan scan, String file, String reason) {
        assertTrue(
                scan.skipped().stream()
                        .anyMatch(s -> s.location().endsWith(file) && s.reason().contains(reason)),
                file + " skipped with '" + reason + "': " + scan.skipped());
    }

    /**
     * Issue 23, item 2: an entry whose central directory claims 5 MB compressed inflates 100 MB of text from a few
     * hundred KB. The claimed size allowed 1 GB at 200:1 (so the 200 MB size limit was the only bound); the bytes
     * actually read stop it at 200 times what was read.
     */
    @Test
    void entryLyingAboutItsCompressedSizeIsRefused() throws IOException {
        Path zip = dir.resolve("lying.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("plan.txt"));
            byte[] line = "Kế hoạch cải cách hành chính năm 2021 đạt 95% \n".getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 100L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
            out.closeEntry();
            // padding, so the claimed compressed size fits in the archive
            out.setMethod(ZipOutputStream.STORED);
            ZipEntry pad = new ZipEntry("padding.bin");
            byte[] zeros = new byte[5 * 1024 * 1024];
            pad.setSize(zeros.length);
            pad.setCompressedSize(zeros.length);
            CRC32 crc = new CRC32();
            crc.update(zeros);
            pad.setCrc(crc.getValue());
            out.putNextEntry(pad);
            out.write(zeros);
            out.closeEntry();
        }
        long real = claimCompressedSize(zip, "plan.txt", 5L * 1024 * 1024);
        assertTrue(real < 1024 * 1024, "the entry really deflates to " + real + " bytes");
        InputScan scan = new InputScanner(InputLimits.DEFAULT, TYPES).scan(List.of(zip));
        InputDocument entry = scan.documents().stream()
                .filter(d -> d.name().equals("plan.txt"))
                .findFirst()
                .orElseThrow();

        UnreadableDocumentException e = Assertions.assertThrows(
                UnreadableDocumentException.class,
                () -> new DocumentStager(InputLimits.DEFAULT, dir.resolve("tmp")).stage(entry));

        assertTrue(e.reason().contains("ZIP bomb") && e.reason().contains("compressed bytes"), e.reason());
        assertTrue(e.location().endsWith("lying.zip!/plan.txt"), e.location());
        try (var files = Files.list(dir.resolve("tmp"))) {
            assertEquals(0, files.count(), "no partial copy left behind");
        }
    }

    /** Writes {@code claimed} as the entry's compressed size in the central directory; its real size before. */
    private static long claimCompressedSize(Path zip, String name, long claimed) throws IOException {
        byte[] b = Files.readAllBytes(zip);
        ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 < b.length; i++) {
            if (buf.getInt(i) == 0x02014b50
                    && buf.getShort(i + 28) == nameBytes.length
                    && Arrays.equals(Arrays.copyOfRange(b, i + 46, i + 46 + nameBytes.length), nameBytes)) {
                long real = buf.getInt(i + 20) & 0xffffffffL;
                buf.putInt(i + 20, (int) claimed);
                Files.write(zip, b);
                return real;
            }
        }
        throw new IllegalStateException("no central directory entry " + name);
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
