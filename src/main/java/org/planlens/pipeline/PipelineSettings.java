package org.planlens.pipeline;

import java.nio.file.Path;
import org.planlens.index.IndexLocation;
import org.planlens.input.InputLimits;
import org.planlens.text.TextReadOptions;
import org.planlens.text.ocr.OcrOptions;

/** Everything one ingest run is configured with, checked when built. */
public record PipelineSettings(
        Path outDir,
        InputLimits inputLimits,
        TextReadOptions readOptions,
        OcrOptions ocrOptions,
        Path modelsDir,
        boolean force,
        IndexLocation index) {
    public PipelineSettings {
        if (outDir == null) throw new IllegalArgumentException("outDir is required");
        if (index == null) index = IndexLocation.local(outDir.resolve("index"));
    }

    public static PipelineSettings defaults(Path outDir) {
        return new PipelineSettings(
                outDir, InputLimits.DEFAULT, TextReadOptions.DEFAULT, OcrOptions.DEFAULT, null, false, null);
    }
}
