package org.planlens.extract.patterns;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.planlens.rules.ModelData;

/**
 * A word a website ran into the end of a document's number with no space ("70-TB/TWngày 06 tháng 01", "Số
 * hiệu:02-KH/BCĐTWNgày đăng công báo"), one of the words of {@code models/glued-words.tsv} (column: the word in
 * lower case), printed in lower case or capitalised right after a capital or a figure of the symbol.
 */
public final class GluedWord {
    static final String FILE = "glued-words.tsv";

    private final List<String> words = new ArrayList<>();

    public GluedWord(ModelData models) {
        for (String[] row : models.tsv(FILE)) {
            if (row.length < 1 || row[0].isBlank() || !row[0].equals(row[0].toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException(
                        "models/" + FILE + ": a word in lower case: " + String.join("\t", row));
            }
            words.add(row[0]);
            words.add(Character.toUpperCase(row[0].charAt(0)) + row[0].substring(1));
        }
    }

    /** The number without the word run into its end; as it is when none is. */
    public String cut(String number) {
        for (String w : words) {
            int at = number.length() - w.length();
            if (at > 0 && number.endsWith(w)) {
                char before = number.charAt(at - 1);
                if (Character.isUpperCase(before) || Character.isDigit(before)) {
                    return number.substring(0, at);
                }
            }
        }
        return number;
    }
}
