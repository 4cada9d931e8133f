package org.planlens.support;

import java.nio.charset.Charset;
import java.text.Normalizer;

/** Text as Windows-1258 (Vietnamese Windows) writes it, for fixtures. */
public final class Windows1258 {
    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

    private Windows1258() {}

    /**
     * The bytes of {@code text} in Windows-1258: letters with a circumflex, breve or horn precomposed, tone marks as
     * combining characters after them (the charset has no precomposed toned letters).
     */
    public static byte[] encode(String text) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            String d = Normalizer.normalize(String.valueOf(text.charAt(i)), Normalizer.Form.NFD);
            StringBuilder base = new StringBuilder();
            StringBuilder tone = new StringBuilder();
            for (char c : d.toCharArray()) {
                (TONES.indexOf(c) >= 0 ? tone : base).append(c);
            }
            b.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tone);
        }
        return b.toString().getBytes(Charset.forName("windows-1258"));
    }
}
