package org.planlens.text.ocr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the helper programs OCR needs (tesseract, ImageMagick) so none outlives what asked for it: on Linux each
 * is started through util-linux's {@code setpriv --pdeathsig KILL}, so it is killed when planlens dies (even by
 * {@code kill -9}); a run that times out or whose thread is interrupted (the document's time is up) is killed
 * with the processes it started.
 */
final class ChildProcess {
    private static final Path SETPRIV = Path.of("/usr/bin/setpriv");
    private static final boolean PDEATHSIG = Files.isExecutable(SETPRIV) && pdeathsigWorks();

    private ChildProcess() {}

    /** {@code command} as started: behind {@code setpriv --pdeathsig KILL} where it is available. */
    static List<String> command(List<String> command) {
        if (!PDEATHSIG) {
            return command;
        }
        List<String> out = new ArrayList<>(List.of(SETPRIV.toString(), "--pdeathsig", "KILL", "--"));
        out.addAll(command);
        return out;
    }

    /**
     * Waits up to {@code millis} for {@code p}; true when it ended in time. When the wait runs out, or the waiting
     * thread is interrupted, kills the process and its descendants first (and rethrows the interrupt).
     */
    static boolean waitFor(Process p, long millis) throws InterruptedException {
        try {
            if (p.waitFor(millis, TimeUnit.MILLISECONDS)) {
                return true;
            }
        } catch (InterruptedException e) {
            destroyTree(p);
            throw e;
        }
        destroyTree(p);
        return false;
    }

    /** Kills the process and everything it started, children first. */
    static void destroyTree(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
    }

    /** Whether this setpriv knows {@code --pdeathsig} (util-linux 2.33 and later). */
    private static boolean pdeathsigWorks() {
        try {
            Process p = new ProcessBuilder(SETPRIV.toString(), "--pdeathsig", "KILL", "--", "true")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
