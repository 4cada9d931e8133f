package org.planlens.batch;

import java.io.IOException;
import java.nio.file.Path;
import org.planlens.export.AtomicFiles;
import org.planlens.export.PlanJson;
import org.planlens.pipeline.RunReport;

/** Writes {@code runs/<run>.json}. */
final class RunReportWriter {
    private final Path runsDir;

    RunReportWriter(Path outDir) {
        this.runsDir = outDir.resolve("runs");
    }

    void write(RunReport report) throws IOException {
        AtomicFiles.write(
                runsDir.resolve(report.run() + ".json"), PlanJson.mapper().writeValueAsBytes(report));
    }
}
