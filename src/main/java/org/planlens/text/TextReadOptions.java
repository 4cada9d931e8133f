package org.planlens.text;

import java.time.Duration;

/**
 * Limits on reading one document, stated in README.
 *
 * @param maxChars    text beyond this many characters is cut and a warning says so
 * @param timeout     reading (and OCR) of one document is abandoned after this long
 */
public record TextReadOptions(int maxChars, Duration timeout) {
    public static final TextReadOptions DEFAULT = new TextReadOptions(5_000_000, Duration.ofMinutes(10));

    public TextReadOptions {
        if (maxChars < 1000) throw new IllegalArgumentException("maxChars must be at least 1000, was " + maxChars);
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
    }
}
