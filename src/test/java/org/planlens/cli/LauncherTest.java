package org.planlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 23, item 15: the launcher's unpacked jar folder (target/app) is readable by all, as build output is. */
class LauncherTest {
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
}
