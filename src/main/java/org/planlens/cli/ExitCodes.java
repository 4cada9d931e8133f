package org.planlens.cli;

import picocli.CommandLine;

/** Exit statuses: 0 done, 1 the job could not run, 2 a bad command line or query. */
public final class ExitCodes implements CommandLine.IExitCodeExceptionMapper {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    @Override
    public int getExitCode(Throwable exception) {
        return exception instanceof IllegalArgumentException ? USAGE : FAILED;
    }
}
