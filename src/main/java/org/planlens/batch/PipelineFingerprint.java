package org.planlens.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.planlens.rules.ModelData;

/**
 * Identifies what made a plan: the planlens build and the model files it loaded. A plan made by another build or
 * other rules is re-made on the next ingest even though its bytes did not change.
 */
final class PipelineFingerprint {
    private PipelineFingerprint() {}

    /** Call after the extractors are built, so every model file they read is counted. */
    static String of(ModelData models) {
        Properties build = new Properties();
        try (InputStream in = PipelineFingerprint.class.getResourceAsStream("/planlens-build.properties")) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read planlens-build.properties", e);
        }
        return build.getProperty("build", "dev") + "-" + models.fingerprint();
    }
}
