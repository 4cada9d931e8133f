package org.planlens.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.planlens.export.RowWriter;
import org.planlens.index.IndexLocation;
import org.planlens.index.IndexUnavailableException;
import org.planlens.index.RecordIndex;
import org.planlens.rules.ModelData;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs one query command: opens the index, asks, writes the rows. A bad query or option value prints one line
 * and exits 2; a missing or empty index prints one line and exits 1.
 */
final class QueryRun {
    /** A question to the open index, giving rows of one record type. */
    interface Question<R extends Record> {
        List<R> ask(RecordIndex index) throws IOException;
    }

    private QueryRun() {}

    static <R extends Record> int run(CommandSpec spec, QueryOptions options, Class<R> rowType, Question<R> question) {
        PrintWriter err = spec.commandLine().getErr();
        try {
            ModelData models = options.models == null ? ModelData.packaged() : ModelData.from(options.models);
            List<R> rows;
            IndexLocation location = options.location();
            try (RecordIndex index = location.openReader(models)) {
                rows = question.ask(index);
            }
            write(spec, options, rowType, rows);
            return ExitCodes.OK;
        } catch (IllegalArgumentException e) {
            err.println("planlens: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (IndexUnavailableException e) {
            err.println("planlens: " + e.getMessage());
            return ExitCodes.FAILED;
        } catch (IOException e) {
            err.println("planlens: cannot read the index at " + options.location() + ": " + e.getMessage());
            return ExitCodes.FAILED;
        } finally {
            err.flush();
        }
    }

    static <R extends Record> void write(CommandSpec spec, QueryOptions options, Class<R> rowType, List<R> rows)
            throws IOException {
        RowWriter writer = RowWriter.of(options.format);
        if (options.out != null) {
            if (options.out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(options.out.toAbsolutePath().getParent());
            }
            try (Writer w = new OutputStreamWriter(Files.newOutputStream(options.out), StandardCharsets.UTF_8)) {
                writer.write(rows, rowType, w);
            }
        } else {
            PrintWriter out = spec.commandLine().getOut();
            writer.write(rows, rowType, out);
            out.flush();
        }
    }
}
