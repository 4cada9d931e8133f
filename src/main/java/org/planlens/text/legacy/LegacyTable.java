package org.planlens.text.legacy;

import java.util.HashMap;
import java.util.Map;
import org.planlens.model.TextEncoding;
import org.planlens.rules.ModelData;

/**
 * One legacy Vietnamese encoding's table, read from {@code models/tcvn3.tsv} or {@code models/vni.tsv}.
 *
 * <table>
 *   <caption>columns</caption>
 *   <tr><th>field</th><th>meaning</th></tr>
 *   <tr><td>1</td><td>the legacy byte sequence, hex bytes separated by spaces ({@code 61 F9})</td></tr>
 *   <tr><td>2</td><td>the Unicode letter it stands for, NFC ({@code á})</td></tr>
 * </table>
 * Legacy sequences are held as strings of chars U+0000..U+00FF, one char a byte.
 */
public final class LegacyTable {
    private final TextEncoding encoding;
    private final Map<String, String> toUnicode;
    private final Map<String, String> fromUnicode;
    private final int longest;

    LegacyTable(TextEncoding encoding, ModelData models) {
        String file = fileOf(encoding);
        Map<String, String> decode = new HashMap<>();
        Map<String, String> encode = new HashMap<>();
        int max = 1;
        for (String[] row : models.tsv(file)) {
            if (row.length < 2 || row[1].isEmpty()) {
                throw new IllegalStateException(
                        "model file " + file + ": row needs bytes and a letter: " + String.join("\t", row));
            }
            StringBuilder legacy = new StringBuilder();
            for (String hex : row[0].split(" +")) {
                legacy.append((char) Integer.parseInt(hex, 16));
            }
            decode.put(legacy.toString(), row[1]);
            encode.putIfAbsent(row[1], legacy.toString());
            max = Math.max(max, legacy.length());
        }
        this.encoding = encoding;
        this.toUnicode = Map.copyOf(decode);
        this.fromUnicode = Map.copyOf(encode);
        this.longest = max;
    }

    static String fileOf(TextEncoding encoding) {
        return switch (encoding) {
            case TCVN3 -> "tcvn3.tsv";
            case VNI -> "vni.tsv";
            case UNICODE -> throw new IllegalArgumentException("Unicode has no legacy table");
        };
    }

    public TextEncoding encoding() {
        return encoding;
    }

    /** The Unicode letter for a legacy sequence, or null. */
    String decode(String legacy) {
        return toUnicode.get(legacy);
    }

    /** The legacy sequence for a Unicode letter, or null. */
    String encode(String letter) {
        return fromUnicode.get(letter);
    }

    int longestSequence() {
        return longest;
    }
}
