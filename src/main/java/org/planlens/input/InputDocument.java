package org.planlens.input;

/**
 * One plan file to ingest: a file on disk or an entry inside a ZIP archive.
 *
 * @param location where it is, as shown to the user and stored in run manifests: a path, or
 *                 {@code archive.zip!/folder/entry.pdf} for an archive entry
 * @param name     the file's own name (last path element), used for format hints and exports
 * @param size     size in bytes as declared (for ZIP entries, the declared uncompressed size; -1 if unknown)
 */
public record InputDocument(String location, String name, long size) {
    /** Separates an archive's path from the entry name inside it. */
    public static final String ARCHIVE_SEPARATOR = "!/";

    public boolean isArchiveEntry() {
        return location.contains(ARCHIVE_SEPARATOR);
    }
}
