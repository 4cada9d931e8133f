package org.planlens.input;

/**
 * Per-document safety limits, stated in README: a document larger than {@code maxBytes} (or a ZIP entry that
 * inflates past it, or past {@code maxCompressionRatio} times its compressed size) is refused.
 */
public record InputLimits(long maxBytes, int maxCompressionRatio, int maxZipEntries) {
    public static final InputLimits DEFAULT = new InputLimits(200L * 1024 * 1024, 200, 10_000);

    public InputLimits {
        if (maxBytes < 1) throw new IllegalArgumentException("maxBytes must be at least 1, was " + maxBytes);
        if (maxCompressionRatio < 1) {
            throw new IllegalArgumentException("maxCompressionRatio must be at least 1, was " + maxCompressionRatio);
        }
        if (maxZipEntries < 1)
            throw new IllegalArgumentException("maxZipEntries must be at least 1, was " + maxZipEntries);
    }
}
