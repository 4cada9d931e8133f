package org.planlens.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.planlens.cli.PlanlensMain;
import picocli.CommandLine;

/**
 * The index the web tests read: corpus/ and one more plan whose text holds markup ({@code <script>} in its title
 * line and in a target), ingested once per test JVM by the real {@code planlens ingest}; and the CLI's output for
 * the same questions, to compare with.
 */
final class WebCorpus {
    /** Markup a plan prints: the pages must show it as text. */
    static final String SCRIPT = "<script>alert(\"planlens\")</script>";

    private static Path out;

    private WebCorpus() {}

    static synchronized Path out() {
        if (out == null) {
            try {
                Path dir = Files.createTempDirectory("planlens-web-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
                Path extra = dir.resolve("extra");
                Files.createDirectories(extra);
                String seed = Files.readString(Path.of("corpus/003_a473bff622232a9a.txt"), StandardCharsets.UTF_8);
                String marked = seed.replaceFirst(
                                "Thực hiện công tác Cải cách Hành chính năm 2023\\.",
                                "Thực hiện công tác Cải cách Hành chính năm 2023 " + SCRIPT + ".")
                        .replaceFirst(
                                "Mức độ hài lòng của người dân, doanh nghiệp về giải quyết TTHC",
                                "Mức độ hài lòng của người dân, doanh nghiệp " + SCRIPT + " về giải quyết TTHC");
                Files.writeString(extra.resolve("markup.txt"), marked, StandardCharsets.UTF_8);
                assertEquals(
                        0,
                        PlanlensMain.commandLine()
                                .execute(
                                        "ingest",
                                        "corpus",
                                        extra.toString(),
                                        "--out",
                                        dir.resolve("out").toString(),
                                        "--threads",
                                        "2"));
                out = dir.resolve("out");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    static Path index() {
        return out().resolve("index");
    }

    /** What {@code planlens ARGS --index INDEX} prints (it must succeed). */
    static String cli(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        CommandLine cl = PlanlensMain.commandLine();
        cl.setOut(new PrintWriter(o));
        cl.setErr(new PrintWriter(e));
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.add("--index");
        all.add(index().toString());
        int code = cl.execute(all.toArray(String[]::new));
        assertEquals(0, code, String.join(" ", args) + ": " + e);
        return o.toString();
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is the system's to clean
        }
    }
}
