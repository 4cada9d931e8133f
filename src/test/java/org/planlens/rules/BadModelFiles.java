package org.planlens.rules;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/** A model file written wrong in a test's folder: the loader that reads it fails, naming it. */
public final class BadModelFiles {
    private BadModelFiles() {}

    /** Writes {@code content} as {@code file} in {@code dir}; {@code loader} must refuse it naming models/file. */
    public static void assertRefusedNamingTheFile(Path dir, String file, String content, Function<ModelData, ?> loader)
            throws IOException {
        Files.writeString(dir.resolve(file), content);
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> loader.apply(ModelData.from(dir)));
        assertTrue(e.getMessage().contains("models/" + file), e.getMessage());
    }
}
