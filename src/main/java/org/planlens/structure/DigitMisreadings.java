package org.planlens.structure;

import java.util.HashMap;
import java.util.Map;
import org.planlens.rules.ModelData;

/**
 * The characters OCR reads a digit as ({@code models/ocr-digit-misreads.tsv}): tells whether a section number
 * that breaks its list's sequence could be the expected one, misread.
 */
public final class DigitMisreadings {
    static final String FILE = "ocr-digit-misreads.tsv";

    private final Map<Character, String> misreads;

    public DigitMisreadings(ModelData models) {
        Map<Character, String> m = new HashMap<>();
        for (String[] row : models.tsv(FILE)) {
            if (row.length < 2 || row[0].length() != 1 || !Character.isDigit(row[0].charAt(0))) {
                throw new IllegalArgumentException(
                        "models/" + FILE + ": row needs a digit and its misreadings: " + String.join("\t", row));
            }
            m.put(row[0].charAt(0), row[1]);
        }
        this.misreads = Map.copyOf(m);
    }

    /** Whether {@code read} is {@code expected} (a number) with at most one digit misread. */
    public boolean couldBe(String read, String expected) {
        if (read.length() != expected.length() || read.equals(expected)) {
            return false;
        }
        int misread = 0;
        for (int i = 0; i < read.length(); i++) {
            char r = read.charAt(i);
            char e = expected.charAt(i);
            if (r != e) {
                if (misreads.getOrDefault(e, "").indexOf(r) < 0 || ++misread > 1) {
                    return false;
                }
            }
        }
        return misread == 1;
    }
}
