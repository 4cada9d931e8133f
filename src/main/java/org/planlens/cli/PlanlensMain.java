package org.planlens.cli;

import org.planlens.batch.RunFailure;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code planlens}: ingest plan files, then ask questions across them. */
@Command(
        name = "planlens",
        mixinStandardHelpOptions = true,
        scope = CommandLine.ScopeType.INHERIT,
        version = "planlens 0.1",
        description = "Turns Vietnamese administrative-reform plans into structured, searchable data.",
        subcommands = {
            IngestCommand.class,
            WorkerCommand.class,
            SearchCommand.class,
            TargetsCommand.class,
            CitesCommand.class,
            ReferencesCommand.class,
            AgenciesCommand.class,
            CompareCommand.class,
            ExportCommand.class,
            FacetsCommand.class,
            ServeCommand.class,
            CommandLine.HelpCommand.class
        })
public final class PlanlensMain {
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with every subcommand and the exit-code rules, for main and for tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new PlanlensMain());
        cl.setExitCodeExceptionMapper(new ExitCodes());
        cl.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("planlens: " + ex.getMessage());
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            // a full disk, a folder that cannot be written: one line, not a stack trace; other errors keep theirs
            if (!ExitCodes.isInputOutput(ex)) {
                throw ex;
            }
            cmd.getErr().println("planlens: " + RunFailure.line(ex));
            cmd.getErr().flush();
            return ExitCodes.FAILED;
        });
        return cl;
    }
}
