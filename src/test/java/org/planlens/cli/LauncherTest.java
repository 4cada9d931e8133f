package org.planlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher script (planlens at the repository root): its folders and the JVM options each command gets. */
class LauncherTest {
    private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

    /** Issue 23, item 15: the launcher's unpacked jar folder (target/app) is readable by all, as build output is. */
    @Test
    void appFolder_isMadeReadableByAll(@TempDir Path dir) throws Exception {
        String script = "eval \"$(sed -n '/^new_app_dir()/,/^}/p' planlens)\"; new_app_dir \"$1\"";
        Process p = new ProcessBuilder(
                        "bash", "-c", script, "bash", dir.resolve("app").toString())
                .redirectErrorStream(true)
                .start();
        String made = new String(p.getInputStream().readAllBytes()).strip();
        assertEquals(0, p.waitFor(), made);

        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(Path.of(made))));
    }

    /** Issue 22: the commands that run until stopped (serve, worker, bench search) get C2; one-shot ones C1 only. */
    @Test
    void longRunningCommands_getTheFullJit_oneShotCommandsC1Only() throws Exception {
        for (String command : List.of("serve --port 8080", "worker --db-url jdbc:postgresql://h/db", "bench search")) {
            List<String> opts = jvmOptions(command, null);
            assertFalse(opts.contains(C1_ONLY), command + ": " + opts);
            assertTrue(opts.contains("-XX:+UseG1GC"), command + ": " + opts);
        }
        for (String command : List.of("ingest corpus", "search UBND", "references --province x", "bench workers", "")) {
            List<String> opts = jvmOptions(command, null);
            assertTrue(opts.contains(C1_ONLY), "'" + command + "': " + opts);
        }
    }

    /** PLANLENS_JAVA_OPTS comes last, so that it wins over the launcher's own JIT choice. */
    @Test
    void planlensJavaOpts_comeAfterTheJitChoice() throws Exception {
        List<String> opts = jvmOptions("ingest corpus", "-Xmx4g -XX:TieredStopAtLevel=4");

        assertEquals(List.of("-Xmx4g", "-XX:TieredStopAtLevel=4"), opts.subList(opts.size() - 2, opts.size()));
        assertTrue(opts.indexOf(C1_ONLY) < opts.size() - 2, opts.toString());
    }

    private static List<String> jvmOptions(String command, String javaOpts) throws Exception {
        List<String> args = new ArrayList<>(List.of("bash", "planlens", "jvm-options"));
        if (!command.isEmpty()) args.addAll(List.of(command.split(" ")));
        ProcessBuilder pb = new ProcessBuilder(args);
        Map<String, String> env = pb.environment();
        if (javaOpts == null) env.remove("PLANLENS_JAVA_OPTS");
        else env.put("PLANLENS_JAVA_OPTS", javaOpts);
        Process p = pb.redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        assertEquals(0, p.waitFor(), out);
        return out.lines().toList();
    }
}
