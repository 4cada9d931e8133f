package org.planlens.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.planlens.model.UnreadableDocumentException;

/**
 * Makes a document's bytes available as a file and hashes them, enforcing {@link InputLimits}: an archive entry
 * is inflated into a temporary file and abandoned as soon as it passes the size or compression-ratio limit, so
 * a ZIP bomb costs at most {@code maxBytes} of disk and no memory. The ratio is of the bytes inflated to the
 * compressed bytes actually read for them, so an entry whose central directory claims a larger compressed size
 * gains nothing.
 */
public final class DocumentStager {
    /** An archive entry may always inflate this far, whatever its ratio: small files compress unevenly. */
    private static final long RATIO_FREE_BYTES = 1024 * 1024;

    private final InputLimits limits;
    private final Path tempDir;

    public DocumentStager(InputLimits limits, Path tempDir) {
        this.limits = limits;
        this.tempDir = tempDir;
    }

    public StagedDocument stage(InputDocument doc) throws UnreadableDocumentException {
        String location = doc.location();
        try {
            if (doc.isArchiveEntry()) {
                return stageEntry(doc);
            }
            Path file = Path.of(location);
            long size = Files.size(file);
            if (size == 0) {
                throw new UnreadableDocumentException(location, "empty file (0 bytes)");
            }
            if (size > limits.maxBytes()) {
                throw new UnreadableDocumentException(
                        location,
                        "file is " + size + " bytes, over the limit of " + limits.maxBytes() + " bytes per document");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return new StagedDocument(doc, file, sha256(in, limits.maxBytes(), location), size, false);
            }
        } catch (NoSuchFileException e) {
            throw new UnreadableDocumentException(location, "file disappeared before it was read", e);
        } catch (IOException e) {
            throw new UnreadableDocumentException(location, "cannot read: " + e.getMessage(), e);
        }
    }

    private StagedDocument stageEntry(InputDocument doc) throws IOException, UnreadableDocumentException {
        String location = doc.location();
        int sep = location.indexOf(InputDocument.ARCHIVE_SEPARATOR);
        Path archive = Path.of(location.substring(0, sep));
        String entryName = location.substring(sep + InputDocument.ARCHIVE_SEPARATOR.length());
        try (ZipFile zip = ZipFile.builder().setPath(archive).get()) {
            ZipArchiveEntry entry = zip.getEntry(entryName);
            if (entry == null) {
                throw new UnreadableDocumentException(location, "entry no longer in the archive");
            }
            Files.createDirectories(tempDir);
            String suffix = "." + PlanFileTypes.extension(doc.name());
            Path copy = Files.createTempFile(tempDir, "entry-", suffix);
            boolean ok = false;
            try (InputStream raw = zip.getInputStream(entry);
                    OutputStream out = Files.newOutputStream(copy)) {
                MessageDigest digest = newDigest();
                long total = 0;
                byte[] buffer = new byte[64 * 1024];
                int n;
                while ((n = raw.read(buffer)) > 0) {
                    total += n;
                    checkInflated(location, total, compressedRead(raw, entry));
                    digest.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
                if (total == 0) {
                    throw new UnreadableDocumentException(location, "empty file (0 bytes)");
                }
                ok = true;
                return new StagedDocument(doc, copy, HexFormat.of().formatHex(digest.digest()), total, true);
            } finally {
                if (!ok) {
                    Files.deleteIfExists(copy);
                }
            }
        }
    }

    /**
     * The compressed bytes the entry's stream has read so far: counted, not taken from the central directory,
     * which may claim any size. Streams of every method the reader supports count them.
     */
    private static long compressedRead(InputStream in, ZipArchiveEntry entry) {
        return in instanceof InputStreamStatistics s ? s.getCompressedCount() : entry.getCompressedSize();
    }

    /**
     * Stops inflating once the bytes out pass the size limit, or pass the ratio limit times the compressed bytes
     * read for them (past the first megabyte, which any entry may inflate to).
     */
    private void checkInflated(String location, long inflated, long compressed) throws UnreadableDocumentException {
        if (inflated > limits.maxBytes()) {
            throw new UnreadableDocumentException(
                    location,
                    "entry inflates past the limit of " + limits.maxBytes()
                            + " bytes per document: refused as a possible ZIP bomb");
        }
        if (inflated > RATIO_FREE_BYTES && inflated > Math.max(compressed, 1) * limits.maxCompressionRatio()) {
            throw new UnreadableDocumentException(
                    location,
                    "entry inflated " + inflated + " bytes from " + compressed + " compressed bytes, over "
                            + limits.maxCompressionRatio() + "x: refused as a possible ZIP bomb");
        }
    }

    private static String sha256(InputStream in, long limit, String location)
            throws IOException, UnreadableDocumentException {
        MessageDigest digest = newDigest();
        try (DigestInputStream din = new DigestInputStream(in, digest)) {
            long total = din.transferTo(OutputStream.nullOutputStream());
            if (total > limit) {
                throw new UnreadableDocumentException(location, "file grew past the size limit while being read");
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("JVM without SHA-256", e);
        }
    }
}
