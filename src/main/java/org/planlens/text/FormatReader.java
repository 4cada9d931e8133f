package org.planlens.text;

import java.nio.file.Path;
import java.util.List;
import org.planlens.model.SourceFormat;
import org.planlens.model.UnreadableDocumentException;

/**
 * Reads one family of formats into raw text, as Tika's {@code Parser} does: it declares the formats it reads and
 * reads a file of one of them. Implementations are thread-safe, built once from a {@link ReadContext} and listed in
 * {@link FormatReaders}.
 */
public interface FormatReader {
    /** The formats this reader reads. */
    List<FileFormat> formats();

    /**
     * The text of {@code file}, detected as {@code format}, before repair.
     *
     * @param location where the file came from, for messages
     * @param name the file's own name (an archive entry's name for a staged entry)
     */
    RawText read(Path file, String location, String name, SourceFormat format) throws UnreadableDocumentException;
}
