package org.planlens.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A document's bytes as a file on disk, with their SHA-256. Archive entries are copied to a temporary file that
 * {@link #close()} deletes; files on disk are used in place.
 */
public record StagedDocument(InputDocument input, Path path, String sha256, long size, boolean temporary)
        implements AutoCloseable {

    @Override
    public void close() {
        if (temporary) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete temporary copy " + path, e);
            }
        }
    }
}
