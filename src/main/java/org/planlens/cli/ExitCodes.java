package org.planlens.cli;

import java.io.IOException;
import picocli.CommandLine;

/** Exit statuses: 0 done, 1 the job could not run, 2 a bad command line or query. */
public final class ExitCodes implements CommandLine.IExitCodeExceptionMapper {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    /** Whether an input or output error caused {@code t} (a full disk, a file that cannot be written). */
    static boolean isInputOutput(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int getExitCode(Throwable exception) {
        return exception instanceof IllegalArgumentException ? USAGE : FAILED;
    }
}
