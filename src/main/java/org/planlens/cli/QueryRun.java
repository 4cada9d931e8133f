package org.planlens.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.search.IndexSearcher;
import org.planlens.export.RowWriter;
import org.planlens.index.IndexLocation;
import org.planlens.index.IndexUnavailableException;
import org.planlens.index.RecordIndex;
import org.planlens.query.Page;
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

    /** A listing question asked for one page of its rows, with the total count. */
    interface PagedQuestion<R extends Record> {
        Page<R> ask(RecordIndex index, int offset, int limit) throws IOException;
    }

    private QueryRun() {}

    /**
     * Runs a listing: the page {@code paging} asks for ({@code paged}), or with {@code --all} every row
     * ({@code all}); the rows shown and the total go to standard error, so the rows printed stay plain JSON or CSV.
     */
    static <R extends Record> int run(
            CommandSpec spec,
            QueryOptions options,
            PageOptions paging,
            Class<R> rowType,
            PagedQuestion<R> paged,
            Question<R> all) {
        PrintWriter err = spec.commandLine().getErr();
        List<Page<R>> shown = new ArrayList<>(1);
        int code = run(spec, options, rowType, index -> {
            paging.check();
            List<R> rows;
            if (paging.all) {
                rows = all.ask(index);
                shown.add(new Page<>(rows, 0, rows.size()));
            } else {
                Page<R> page = paged.ask(index, paging.offset, paging.limit);
                shown.add(page);
                rows = page.rows();
            }
            return rows;
        });
        if (code == ExitCodes.OK) {
            err.println(pageLine(shown.getFirst(), paging.all));
            err.flush();
        }
        return code;
    }

    /** "rows 1-50 of 96,220" ("of 10,000+" when counting stopped) and how to see more when there is more. */
    static String pageLine(Page<?> page, boolean all) {
        long offset = page.offset();
        long rows = page.rows().size();
        long total = page.total();
        String of = String.format(Locale.ROOT, "%,d", total) + (page.exact() ? "" : "+");
        String line = rows == 0
                ? "rows 0 of " + of
                : String.format(Locale.ROOT, "rows %,d-%,d of %s", offset + 1, offset + rows, of);
        if (!all && (offset + rows < total || !page.exact())) {
            line += String.format(Locale.ROOT, " (--offset %d for the next page, --all for every row)", offset + rows);
        }
        return line;
    }

    static <R extends Record> int run(CommandSpec spec, QueryOptions options, Class<R> rowType, Question<R> question) {
        PrintWriter err = spec.commandLine().getErr();
        try {
            checkOut(options);
            ModelData models = options.models == null ? ModelData.packaged() : ModelData.from(options.models);
            List<R> rows;
            IndexLocation location = options.location();
            try (RecordIndex index = location.openReader(models)) {
                rows = question.ask(index);
            }
            try {
                write(spec, options, rowType, rows);
            } catch (IOException e) {
                err.println("planlens: cannot write " + options.out + ": " + describe(e));
                return ExitCodes.FAILED;
            }
            return ExitCodes.OK;
        } catch (IndexSearcher.TooManyClauses e) {
            err.println("planlens: the query is too long (more than " + IndexSearcher.getMaxClauseCount()
                    + " terms once expanded); ask with fewer words");
            return ExitCodes.USAGE;
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

    /**
     * {@code --out} must name a file in a folder that exists, outside the index: rows written into the index folder
     * would break it, and a mistyped folder is not made.
     */
    static void checkOut(QueryOptions options) {
        if (options.out == null) {
            return;
        }
        Path file = options.out.toAbsolutePath().normalize();
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IllegalArgumentException(
                    "cannot write " + options.out + ": folder " + folder + " does not exist (--out makes no folders)");
        }
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException("cannot write " + options.out + ": it is a folder");
        }
        try {
            Path index = options.index.toAbsolutePath().normalize();
            Path realIndex = Files.exists(index) ? index.toRealPath() : index;
            if (folder.toRealPath().startsWith(realIndex) || folder.startsWith(index)) {
                throw new IllegalArgumentException("--out " + options.out + " is inside the index folder "
                        + options.index + "; write rows elsewhere (a file there would break the index)");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write " + options.out + ": " + describe(e), e);
        }
    }

    /** An I/O error as one line: the JDK's message names the file but not always what went wrong. */
    static String describe(IOException e) {
        String what = e.getClass().getSimpleName().replace("Exception", "");
        return e.getMessage() == null ? what : what + " (" + e.getMessage() + ")";
    }

    static <R extends Record> void write(CommandSpec spec, QueryOptions options, Class<R> rowType, List<R> rows)
            throws IOException {
        RowWriter writer = RowWriter.of(options.format);
        if (options.out != null) {
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
