package org.planlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.index.PlanIndexWriter;
import org.planlens.query.TestPlans;
import picocli.CommandLine;

/**
 * {@code planlens serve} (issue 21): listens on 127.0.0.1 unless told otherwise and answers; every other command
 * keeps its fast start, loading none of Spring Boot's web stack.
 */
class ServeCommandIntegrationTest {
    @TempDir
    static Path out;

    @BeforeAll
    static void index() throws IOException {
        try (PlanIndexWriter w = PlanIndexWriter.open(out.resolve("index"))) {
            var p = TestPlans.commune(
                    "p-dong-quang", "Đông Quang", "Đông Sơn", "Thanh Hóa", 2023, 90, "Mức độ hài lòng");
            w.replace(p.plan(), p.text(), "fp");
            w.commit();
        }
    }

    @Test
    void serve_listensOnLoopbackByDefault_answers_andStopsWhenInterrupted() throws Exception {
        CommandLine.Model.CommandSpec spec =
                PlanlensMain.commandLine().getSubcommands().get("serve").getCommandSpec();
        assertEquals("127.0.0.1", spec.findOption("--host").defaultValue());
        assertEquals("8080", spec.findOption("--port").defaultValue());

        StringWriter printed = new StringWriter();
        int[] exit = {-1};
        Thread server = new Thread(() -> {
            CommandLine cl = PlanlensMain.commandLine();
            cl.setOut(new PrintWriter(printed, true));
            exit[0] = cl.execute("serve", "--index", out.resolve("index").toString(), "--port", "0");
        });
        server.start();
        Matcher m = Pattern.compile("serving http://127\\.0\\.0\\.1:(\\d+)/").matcher("");
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!m.reset(printed.toString()).find()) {
            assertTrue(server.isAlive() && System.nanoTime() < deadline, "serve did not start: " + printed);
            Thread.sleep(100);
        }
        int port = Integer.parseInt(m.group(1));
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/targets?min=90"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("\"planId\" : \"p-dong-quang\""), r.body());
        // not on the machine's other addresses
        for (InetAddress a : otherAddresses()) {
            assertThrows(
                    ConnectException.class,
                    () -> {
                        try (Socket s = new Socket()) {
                            s.connect(new InetSocketAddress(a, port), 2000);
                        }
                    },
                    a.toString());
        }
        server.interrupt();
        server.join(60_000);
        assertFalse(server.isAlive());
        assertEquals(ExitCodes.OK, exit[0]);
    }

    @Test
    void serve_refusesAPortOutOfRange() {
        StringWriter err = new StringWriter();
        CommandLine cl = PlanlensMain.commandLine();
        cl.setErr(new PrintWriter(err));
        assertEquals(ExitCodes.USAGE, cl.execute("serve", "--port", "70000"));
        assertTrue(err.toString().contains("--port 70000 is not a port"), err.toString());
    }

    @Test
    void queryCommands_loadNoneOfTheWebStack() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(
                java,
                "-verbose:class",
                "-cp",
                System.getProperty("java.class.path"),
                PlanlensMain.class.getName(),
                "targets",
                "--index",
                out.resolve("index").toString(),
                "--format",
                "json");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertEquals(
                0,
                p.waitFor(),
                output.lines().filter(l -> !l.startsWith("[")).toList().toString());
        assertTrue(output.contains("\"planId\" : \"p-dong-quang\""));
        List<String> loaded =
                output.lines().filter(l -> l.contains("[class,load]")).toList();
        assertTrue(loaded.size() > 1000, "class loading was logged");
        for (String web : List.of(
                "org.springframework.boot.",
                "org.apache.catalina.",
                "org.apache.tomcat.",
                "org.thymeleaf.",
                "org.springdoc.",
                "org.planlens.web.")) {
            assertTrue(loaded.stream().noneMatch(l -> l.contains(" " + web)), web + " loaded by `planlens targets`");
        }
    }

    private static List<InetAddress> otherAddresses() throws IOException {
        List<InetAddress> out = new ArrayList<>();
        for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!ni.isUp() || ni.isLoopback()) continue;
            for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress()) out.add(a);
            }
        }
        return out;
    }
}
