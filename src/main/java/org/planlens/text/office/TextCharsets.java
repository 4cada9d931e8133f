package org.planlens.text.office;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.planlens.text.normalize.VietnameseShare;

/**
 * Finds the charset of a text file that is neither UTF-8 nor marked by a byte-order mark, among those Vietnamese
 * text is saved in that Tika does not tell apart: Windows-1258 (Vietnamese Windows, tone marks as combining
 * characters) and UTF-16 without a BOM. Each is decoded and kept when it reads as Vietnamese words
 * ({@link VietnameseShare}); TCVN3 and VNI are left to the legacy converter.
 */
final class TextCharsets {
    static final Charset WINDOWS_1258 = Charset.forName("windows-1258");
    /** Share of visible characters in Vietnamese words a decoding needs to be taken. */
    private static final double MIN_SHARE = 0.4;
    /** Share of one byte parity that must be 0x00 to try UTF-16 (ASCII and Latin-1 letters have it as high byte). */
    private static final double MIN_ZERO_SHARE = 0.2;

    /** A text decoded in another charset than UTF-8, with the share of it in Vietnamese words. */
    record Decoded(String text, Charset charset, double share) {}

    private final VietnameseShare share;

    TextCharsets(VietnameseShare share) {
        this.share = share;
    }

    /** The text in the charset that reads best as Vietnamese, when it is Windows-1258 or UTF-16 without BOM. */
    Optional<Decoded> decode(byte[] bytes) {
        if (hasBom(bytes)) {
            return Optional.empty();
        }
        boolean utf8 = isUtf8(bytes);
        List<Charset> candidates = new ArrayList<>();
        int[] zeros = zeros(bytes);
        int half = Math.max(1, bytes.length / 2);
        if (zeros[1] >= half * MIN_ZERO_SHARE && zeros[1] > zeros[0]) {
            candidates.add(StandardCharsets.UTF_16LE);
        } else if (zeros[0] >= half * MIN_ZERO_SHARE && zeros[0] > zeros[1]) {
            candidates.add(StandardCharsets.UTF_16BE);
        }
        if (!utf8) {
            candidates.add(WINDOWS_1258);
        }
        Decoded best = null;
        for (Charset c : candidates) {
            String text = Normalizer.normalize(new String(bytes, c), Normalizer.Form.NFC);
            double s = share.of(text).share();
            if (s >= MIN_SHARE && (best == null || s > best.share())) {
                best = new Decoded(text, c, s);
            }
        }
        return Optional.ofNullable(best);
    }

    /** The share of Vietnamese words in {@code text}, to compare a decoding with another reading. */
    double shareOf(String text) {
        return share.of(text).share();
    }

    private static boolean hasBom(byte[] b) {
        return (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF)
                || (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE)
                || (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF);
    }

    /** Zero bytes at even and at odd offsets. */
    private static int[] zeros(byte[] b) {
        int[] z = new int[2];
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                z[i & 1]++;
            }
        }
        return z;
    }

    static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
