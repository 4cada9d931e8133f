package org.planlens.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.planlens.cli.PlanlensMain;

/** Runs planlens in a JVM of its own (to kill it, or to run it with other rights or mounts than the tests). */
public final class ChildPlanlens {
    private ChildPlanlens() {}

    /** The java command running planlens with {@code args}, on the tests' class path. */
    public static List<String> command(String... args) {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", classpath, PlanlensMain.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /** Starts {@code command} with its output and errors in {@code log}. */
    public static Process start(List<String> command, Path log) throws IOException {
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    /** Whether this JVM runs as root (whose file access no mode bits stop). */
    public static boolean root() {
        try {
            Process p = new ProcessBuilder("id", "-u").start();
            return new String(p.getInputStream().readAllBytes()).strip().equals("0") && p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
