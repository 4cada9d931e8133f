package org.planlens.batch;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.rules.ModelData;

/**
 * A plan made by another build or other rules is re-made: the fingerprint names the build (version and build
 * time, filled in by Maven; an unfilled placeholder made every build look the same) and the model files.
 */
class PipelineFingerprintTest {

    @Test
    void namesTheBuild_filledInByMaven() {
        String fingerprint = PipelineFingerprint.of(ModelData.packaged());
        assertTrue(fingerprint.matches("\\d+\\.\\d+\\.\\d+[^+]*\\+\\d{4}-\\d{2}-\\d{2}T[\\d:]+Z-.+"), fingerprint);
    }

    @Test
    void changesWithTheModelFiles(@TempDir Path models) throws IOException {
        Files.writeString(models.resolve("a.tsv"), "x\ty\n");
        ModelData one = ModelData.from(models);
        one.tsv("a.tsv");
        String before = PipelineFingerprint.of(one);
        Files.writeString(models.resolve("a.tsv"), "x\tz\n");
        ModelData two = ModelData.from(models);
        two.tsv("a.tsv");
        assertNotEquals(before, PipelineFingerprint.of(two));
    }
}
