package org.planlens.text.ocr;

import java.util.HashMap;
import java.util.Map;
import org.planlens.rules.ModelData;

/**
 * What a character OCR printed can stand for, read from {@code models/ocr-digit-misreads.tsv} (a digit and the
 * characters it is misread as): a digit stands for itself and the digits misread as it, a letter for the digits it
 * is a misread of. Shared by {@link OcrDates} and {@link UnsureDigits}.
 */
final class DigitMeanings {
    static final String FILE = "ocr-digit-misreads.tsv";

    private final Map<Character, String> meanings;
    /** For a digit, the characters OCR misreads it as. */
    private final Map<Character, String> misreads;

    DigitMeanings(ModelData models) {
        Map<Character, StringBuilder> m = new HashMap<>();
        Map<Character, String> forward = new HashMap<>();
        for (String[] row : models.tsv(FILE)) {
            if (row.length < 2 || row[0].length() != 1 || !Character.isDigit(row[0].charAt(0))) {
                throw new IllegalArgumentException(
                        "models/" + FILE + ": row needs a digit and its misreadings: " + String.join("\t", row));
            }
            forward.put(row[0].charAt(0), row[1]);
            for (char read : row[1].toCharArray()) {
                m.computeIfAbsent(read, c -> new StringBuilder()).append(row[0].charAt(0));
            }
        }
        Map<Character, String> out = new HashMap<>();
        for (char d = '0'; d <= '9'; d++) {
            out.put(d, d + m.getOrDefault(d, new StringBuilder()).toString());
        }
        // a letter printed for a digit stands only for the digits it is a misread of
        m.forEach((read, digits) -> out.putIfAbsent(read, digits.toString()));
        this.meanings = Map.copyOf(out);
        this.misreads = Map.copyOf(forward);
    }

    /** The digits {@code printed} can stand for; empty when it stands for none. */
    String of(char printed) {
        return meanings.getOrDefault(printed, "");
    }

    /** The letters that stand for some digit, in order. */
    String letters() {
        StringBuilder letters = new StringBuilder();
        meanings.keySet().stream().filter(Character::isLetter).sorted().forEach(letters::append);
        return letters.toString();
    }

    /**
     * The characters OCR may print for a glyph that is one of the digits {@code digits}: each of them and what each is
     * misread as.
     */
    String printingsOf(String digits) {
        StringBuilder out = new StringBuilder(digits);
        for (char d : digits.toCharArray()) {
            out.append(misreads.getOrDefault(d, ""));
        }
        return out.toString();
    }
}
