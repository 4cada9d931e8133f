package org.planlens.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Real OpenSearch nodes for the tests, each in its own JVM: OpenSearch 3.9.0 with its HTTP transport and common
 * analysis modules, resolved by Maven from {@code src/test/opensearch/pom.xml} (never on the test class path) and
 * started by {@code src/test/opensearch/OpenSearchNode.java}. Bound to 127.0.0.1 only. One single-node cluster is
 * shared by every test of a run ({@link #shared()}); a node ends when the test JVM ends (its standard input
 * closes) or when closed.
 */
public final class OpenSearchNodes {
    private static final Path HOME = Path.of("src/test/opensearch");
    private static final Path WORK = Path.of("target/opensearch");
    private static Node shared;

    /** A running node. */
    public record Node(String name, int httpPort, int transportPort, Process process, Path log)
            implements AutoCloseable {
        public String url() {
            return "http://127.0.0.1:" + httpPort;
        }

        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS))
                    process.destroyForcibly().waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private OpenSearchNodes() {}

    /** The single-node cluster of this test run, started on first use. */
    public static synchronized Node shared() {
        if (shared == null) {
            int http = freePort();
            int transport = freePort();
            shared = start("shared", http, transport, List.of("discovery.type=single-node"));
            Node node = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(node::close));
        }
        return shared;
    }

    /** Two nodes forming one cluster, both cluster-manager eligible; closed by the caller. */
    public static List<Node> cluster(String clusterName) {
        int[] http = {freePort(), freePort()};
        int[] transport = {freePort(), freePort()};
        String seeds = "127.0.0.1:" + transport[0] + ",127.0.0.1:" + transport[1];
        List<Node> nodes = new ArrayList<>();
        List<Thread> starting = new ArrayList<>();
        Node[] started = new Node[2];
        RuntimeException[] failed = new RuntimeException[1];
        for (int i = 0; i < 2; i++) {
            int n = i;
            Thread t = new Thread(() -> {
                try {
                    started[n] = start(
                            clusterName + "-" + n,
                            http[n],
                            transport[n],
                            List.of(
                                    "cluster.name=" + clusterName,
                                    "discovery.seed_hosts=" + seeds,
                                    "cluster.initial_cluster_manager_nodes=" + clusterName + "-0," + clusterName
                                            + "-1"));
                } catch (RuntimeException e) {
                    failed[0] = e;
                }
            });
            t.start();
            starting.add(t);
        }
        for (Thread t : starting) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (Node n : started) if (n != null) nodes.add(n);
        if (failed[0] != null) {
            nodes.forEach(Node::close);
            throw failed[0];
        }
        return nodes;
    }

    private static Node start(String name, int httpPort, int transportPort, List<String> extra) {
        try {
            Path home = WORK.resolve(name).toAbsolutePath();
            deleteTree(home);
            Files.createDirectories(home.resolve("config"));
            Files.createDirectories(home.resolve("data"));
            List<String> cmd = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xms256m",
                    "-Xmx512m",
                    "-XX:+UseSerialGC",
                    "-XX:TieredStopAtLevel=1",
                    "--enable-native-access=ALL-UNNAMED",
                    "-Dlog4j2.level=WARN",
                    "-cp",
                    classPath(),
                    HOME.resolve("OpenSearchNode.java").toAbsolutePath().toString(),
                    "node.name=" + name,
                    "path.home=" + home,
                    "path.data=" + home.resolve("data"),
                    "network.host=127.0.0.1",
                    "http.port=" + httpPort,
                    "transport.port=" + transportPort,
                    // the test machine's disk may be fuller than OpenSearch's default watermarks allow
                    "cluster.routing.allocation.disk.threshold_enabled=false",
                    "node.processors=1"));
            cmd.addAll(extra);
            Path log = home.resolve("node.log");
            Process p = new ProcessBuilder(cmd)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            Node node = new Node(name, httpPort, transportPort, p, log);
            waitUntilUp(node, Duration.ofSeconds(120));
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void waitUntilUp(Node node, Duration limit) throws IOException {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (!node.process().isAlive()) {
                throw new IllegalStateException("OpenSearch node " + node.name() + " exited: " + tail(node.log()));
            }
            try {
                HttpURLConnection c = (HttpURLConnection)
                        URI.create(node.url() + "/_cluster/health").toURL().openConnection();
                c.setConnectTimeout(500);
                if (c.getResponseCode() == 200) return;
            } catch (IOException notYet) {
                // not listening yet
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
        node.close();
        throw new IllegalStateException(
                "OpenSearch node " + node.name() + " did not start in " + limit + ": " + tail(node.log()));
    }

    /**
     * OpenSearch's class path, resolved by Maven into target/ once (again only when the pom changes); Maven runs
     * online unless the outer build is offline, so a fresh machine downloads the artifacts.
     */
    private static synchronized String classPath() throws IOException {
        Path out = WORK.resolve("classpath.txt").toAbsolutePath();
        Path pom = HOME.resolve("pom.xml").toAbsolutePath();
        if (!Files.exists(out) || Files.getLastModifiedTime(out).compareTo(Files.getLastModifiedTime(pom)) < 0) {
            Files.createDirectories(out.getParent());
            List<String> cmd = new ArrayList<>(List.of(
                    "mvn", "-B", "-q", "-f", pom.toString(), "dependency:build-classpath", "-Dmdep.outputFile=" + out));
            if (Boolean.getBoolean("planlens.offline")) cmd.add("-o");
            ProcessBuilder pb = new ProcessBuilder(cmd)
                    .redirectErrorStream(true)
                    .redirectOutput(WORK.resolve("classpath.log").toFile());
            pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
            try {
                int code = pb.start().waitFor();
                if (code != 0 || !Files.exists(out)) {
                    throw new IllegalStateException("cannot resolve OpenSearch's class path (mvn exit " + code + "): "
                            + tail(WORK.resolve("classpath.log")));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
        return Files.readString(out, StandardCharsets.UTF_8).strip();
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
