package org.planlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.fixtures.DocxRenderer;
import org.planlens.pipeline.PlanIds;
import org.planlens.support.IndexCounts;
import org.planlens.support.IngestRun;
import org.planlens.support.Seeds;
import org.planlens.support.Windows1258;
import picocli.CommandLine;

/**
 * Issue 23: a folder of other people's files, as a hostile but realistic user leaves it, ingested with the output
 * folder inside it, then ingested again after one file was corrected and one export damaged. Each test checks one
 * item of the issue on those two runs.
 */
class HostileInputIntegrationTest {
    private static final String ESC_NAME = "\u001b[31mred.txt";
    private static final String ESC_BAD_NAME = "\u001b[2Jbad.txt";

    @TempDir
    static Path work;

    static Path inbox;
    static Path out;
    static IngestRun first;
    static IngestRun second;
    static String firstConsole;
    static String correctedIdBefore;

    @BeforeAll
    static void ingestTwice() throws Exception {
        inbox = Files.createDirectories(work.resolve("inbox"));
        out = inbox.resolve("output");
        List<Path> seeds = Seeds.all();
        Files.writeString(inbox.resolve("good.txt"), Seeds.text(seeds.get(0)));
        Files.copy(inbox.resolve("good.txt"), inbox.resolve("copy.txt"));
        Files.writeString(inbox.resolve("corrected.txt"), Seeds.text(seeds.get(2)));
        Files.writeString(inbox.resolve(ESC_NAME), Seeds.text(seeds.get(4)));
        Files.write(inbox.resolve("cp1258.txt"), Windows1258.encode(Seeds.text(seeds.get(3))));
        Path secret = Files.writeString(
                Files.createDirectories(work.resolve("etc")).resolve("passwd.txt"),
                "root:x:0:0:TOP-SECRET-PASSWORD-LINE:/root:/bin/bash\n".repeat(20));
        Files.createSymbolicLink(inbox.resolve("p.txt"), secret);
        Files.createSymbolicLink(inbox.resolve("elsewhere"), work.resolve("etc"));
        Files.createSymbolicLink(inbox.resolve("dangling.txt"), work.resolve("nothing.txt"));
        assertEquals(
                0,
                new ProcessBuilder("mkfifo", inbox.resolve("pipe.txt").toString())
                        .start()
                        .waitFor());
        Random random = new Random(23);
        for (String name : new String[] {"random.txt", "random.html", ESC_BAD_NAME}) {
            byte[] bytes = new byte[50_000];
            random.nextBytes(bytes);
            Files.write(inbox.resolve(name), bytes);
        }
        Files.writeString(inbox.resolve("deep.md"), "> ".repeat(50_000) + "Kế hoạch\n");
        Files.writeString(
                inbox.resolve("deep.rtf"),
                "{\\rtf1\\ansi " + "{".repeat(100_000) + "Ke hoach cai cach" + "}".repeat(100_000) + "}");
        writeDoctypeDocx(inbox.resolve("doctype.docx"), Seeds.text(seeds.get(1)), "word/document.xml");
        // POI's package reader logged a stack trace for this one, which Tika then reads whole
        writeDoctypeDocx(inbox.resolve("doctype-props.docx"), Seeds.text(seeds.get(3)), "docProps/core.xml");
        writeZipWithTwoEntriesOfOneName(inbox.resolve("twice.zip"), Seeds.text(seeds.get(1)));
        // what a killed run leaves: a staged archive entry and an OCR page
        Files.writeString(Files.createDirectories(out.resolve("tmp")).resolve("entry-1.txt"), "staged");
        Files.writeString(Files.createDirectories(out.resolve("tmp/ocr")).resolve("planlens-page-1.tif"), "page");

        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(console, true, StandardCharsets.UTF_8);
        try {
            System.setOut(capture);
            System.setErr(capture);
            first = IngestRun.ingest(out, inbox.toString(), "--threads", "2");
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        firstConsole = console.toString(StandardCharsets.UTF_8);
        stdout.print(firstConsole);

        correctedIdBefore = planIdOf(first, "corrected.txt");
        Files.writeString(inbox.resolve("corrected.txt"), "\nBản sửa ngày 01/6/2025.\n", StandardOpenOption.APPEND);
        Path goodJson = out.resolve("plans").resolve(idOfBytes(inbox.resolve("good.txt")) + ".json");
        byte[] json = Files.readAllBytes(goodJson);
        Files.write(goodJson, Arrays.copyOf(json, json.length / 2));

        second = IngestRun.ingest(out, inbox.toString(), "--threads", "2");
    }

    /** Item 5: a link to a file outside the inputs is not followed; nothing of it reaches exports or index. */
    @Test
    void linkOutOfTheInputs_isSkipped_andNeverExported() throws IOException {
        assertSkipped(first, "p.txt", "outside the inputs");
        for (Path json : first.planJsons()) {
            Path text = json.resolveSibling(json.getFileName().toString().replace(".json", ".txt"));
            assertFalse(Files.readString(text).contains("TOP-SECRET"), text.toString());
        }
    }

    /** Item 7: the output folder inside the input folder is not read back, on either run. */
    @Test
    void outputFolderInsideTheInput_isNotRead() {
        for (IngestRun run : List.of(first, second)) {
            assertSkipped(run, "output", "output folder");
            for (Path json : run.planJsons()) {
                assertFalse(source(run, json).contains("output"), source(run, json));
            }
        }
    }

    /** Item 8: a Windows-1258 file is read as Vietnamese; source.encoding stays unicode, a warning names it. */
    @Test
    void windows1258File_isDecoded() {
        JsonNode plan = planOf(first, "cp1258.txt");
        assertEquals("unicode", plan.get("source").get("encoding").asText());
        assertTrue(
                plan.get("warnings").toString().contains("windows-1258"),
                plan.get("warnings").toString());
        assertTrue(plan.get("metadata").toString().contains("Kế hoạch")
                || plan.get("metadata").toString().contains("KẾ HOẠCH")
                || plan.get("sections").toString().contains("hành chính"));
    }

    /** Item 9: a corrected file replaces the plan its old bytes made, in plans/ and the index, and says so. */
    @Test
    void correctedFile_supersedesItsOldPlan() {
        String now = planIdOf(second, "corrected.txt");
        assertFalse(now.equals(correctedIdBefore));
        assertFalse(Files.exists(out.resolve("plans").resolve(correctedIdBefore + ".json")));
        assertFalse(Files.exists(out.resolve("plans").resolve(correctedIdBefore + ".txt")));
        Map<String, Integer> indexed = IndexCounts.plansById(out.resolve("index"));
        assertFalse(indexed.containsKey(correctedIdBefore), indexed.toString());
        assertTrue(indexed.containsKey(now));
        JsonNode superseded = second.report().get("superseded");
        assertEquals(1, superseded.size(), superseded.toString());
        assertEquals(correctedIdBefore, superseded.get(0).get("planId").asText());
        assertEquals(now, superseded.get(0).get("by").asText());
        assertTrue(superseded.get(0).get("file").asText().endsWith("corrected.txt"));
        assertEquals(first.planJsons().size(), second.planJsons().size(), "one plan for one file");
    }

    /** Item 10: random bytes named .txt and .html are refused with the reason. */
    @Test
    void randomBytes_areRefused() {
        assertFailed(first, "random.txt", "no Vietnamese text");
        assertFailed(first, "random.html", "no Vietnamese text");
    }

    /** Item 11: the counts add up: every document seen is exported, unchanged or failed. */
    @Test
    void countsAddUp() {
        for (IngestRun run : List.of(first, second)) {
            assertEquals(
                    run.count("seen"),
                    run.count("exported")
                            + run.count("unchanged")
                            + run.report().get("failed").size(),
                    run.report().toString());
        }
    }

    /** Item 15: links to folders, dangling links, FIFOs and duplicate archive entries each get a line. */
    @Test
    void everythingPassedOver_hasALine() {
        assertSkipped(first, "elsewhere", "link to a folder");
        assertSkipped(first, "dangling.txt", "dangling");
        assertSkipped(first, "pipe.txt", "FIFO");
        assertSkipped(first, "twice.zip!/plan.txt", "same name");
    }

    /** Item 15: identical files say which name the plan kept. */
    @Test
    void identicalFiles_sayWhichNameWasKept() {
        JsonNode duplicates = first.report().get("duplicates");
        assertEquals(1, duplicates.size(), duplicates.toString());
        String file = duplicates.get(0).get("file").asText();
        String sameAs = duplicates.get(0).get("sameAs").asText();
        assertTrue(
                file.endsWith("copy.txt") && sameAs.endsWith("good.txt")
                        || file.endsWith("good.txt") && sameAs.endsWith("copy.txt"),
                duplicates.toString());
    }

    /** Item 15: reasons say what is wrong, not which exception was thrown. */
    @Test
    void reasons_sayWhatIsWrong() {
        assertFailed(first, "deep.md", "nested too deeply");
        assertFailed(first, "deep.rtf", "RTF reader");
        assertFailed(first, "doctype.docx", "DOCTYPE");
        assertFalse(firstConsole.contains("StackOverflowError"), firstConsole);
    }

    /** Item 15: POI's stack trace is not printed for a DOCX with a DOCTYPE; the failure line says it all. */
    @Test
    void noStackTraceOnTheConsole() {
        assertFalse(firstConsole.lines().anyMatch(l -> l.startsWith("\tat ")), firstConsole);
        assertFalse(firstConsole.contains("SAXParseException"), firstConsole);
    }

    /** Item 15: a file name holding terminal escapes is printed with them shown, not obeyed. */
    @Test
    void escapesInFileNames_areShownNotPrinted() {
        assertFalse(firstConsole.contains("\u001b"), "raw escape on the console");
        assertTrue(firstConsole.contains("\\x1B[2Jbad.txt"), firstConsole);
        StringWriter table = new StringWriter();
        CommandLine cl = PlanlensMain.commandLine();
        cl.setOut(new PrintWriter(table));
        assertEquals(
                0,
                cl.execute(
                        "export",
                        "--what",
                        "plans",
                        "--index",
                        out.resolve("index").toString()));
        assertFalse(table.toString().contains("\u001b"), table.toString());
        assertTrue(table.toString().contains("\\x1B[31mred.txt"), table.toString());
    }

    /** Items 3 and 15: what a killed run left in the scratch folder is deleted when the next run starts. */
    @Test
    void scratchFilesOfAKilledRun_areDeletedAtStart() throws IOException {
        try (var files = Files.walk(out.resolve("tmp"))) {
            assertEquals(List.of(), files.filter(Files::isRegularFile).toList());
        }
    }

    /** Item 15: a damaged plan JSON is made again, not taken as unchanged. */
    @Test
    void damagedExport_isMadeAgain() throws IOException {
        String id = idOfBytes(inbox.resolve("good.txt"));
        Path json = out.resolve("plans").resolve(id + ".json");
        assertEquals(id, first.plan(json).get("id").asText(), "the JSON parses again");
        assertTrue(second.count("exported") >= 2, "good.txt and corrected.txt: " + second.report());
    }

    /** A plan's id from the file's bytes: good.txt and copy.txt give one plan, under either name. */
    private static String idOfBytes(Path file) throws IOException {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            return PlanIds.fromSha256(HexFormat.of().formatHex(sha));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String source(IngestRun run, Path json) {
        return run.plan(json).get("source").get("file").asText();
    }

    private static JsonNode planOf(IngestRun run, String file) {
        for (Path json : run.planJsons()) {
            if (source(run, json).endsWith("/" + file) || source(run, json).equals(file)) {
                return run.plan(json);
            }
        }
        throw new AssertionError("no plan from " + file);
    }

    private static String planIdOf(IngestRun run, String file) {
        return planOf(run, file).get("id").asText();
    }

    private static void assertSkipped(IngestRun run, String file, String reason) {
        List<String> lines = new ArrayList<>();
        run.report()
                .get("skipped")
                .forEach(s -> lines.add(
                        s.get("file").asText() + ": " + s.get("reason").asText()));
        assertTrue(
                lines.stream().anyMatch(l -> l.contains(file + ": ") && l.contains(reason)),
                file + " skipped with '" + reason + "': " + lines);
    }

    private static void assertFailed(IngestRun run, String file, String reason) {
        assertTrue(
                run.failures().stream().anyMatch(f -> f.contains(file + ": ") && f.contains(reason)),
                file + " failed with '" + reason + "': " + run.failures());
    }

    /** A DOCX whose {@code part} declares a DOCTYPE (no entity used). */
    private static void writeDoctypeDocx(Path docx, String text, String part) throws IOException {
        Path plain = docx.resolveSibling("plain-docx.tmp");
        new DocxRenderer().render(text, plain);
        try (ZipFile in = new ZipFile(plain.toFile());
                ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(docx))) {
            var entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                byte[] bytes = in.getInputStream(e).readAllBytes();
                if (e.getName().equals(part)) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    bytes = xml.replaceFirst("\\?>", "?><!DOCTYPE x [<!ENTITY a \"b\">]>")
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        Files.delete(plain);
    }

    /** An archive holding two entries named plan.txt (the second renamed in place: ZipOutputStream refuses it). */
    private static void writeZipWithTwoEntriesOfOneName(Path zip, String text) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("plan.txt"));
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            out.putNextEntry(new ZipEntry("plan.tx_"));
            out.write((text + "\nBản hai.").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        String latin = new String(Files.readAllBytes(zip), StandardCharsets.ISO_8859_1).replace("plan.tx_", "plan.txt");
        Files.write(zip, latin.getBytes(StandardCharsets.ISO_8859_1));
    }
}
