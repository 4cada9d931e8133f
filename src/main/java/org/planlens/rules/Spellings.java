package org.planlens.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The spellings of {@code models/spellings.tsv}: an old place of a tone mark ({@code uỷ}) and the one a word is read
 * as ({@code ủy}), so that "Uỷ ban" and "Ủy ban" are one word.
 *
 * <table>
 *   <caption>Columns</caption>
 *   <tr><th>column</th><th>meaning</th></tr>
 *   <tr><td>printed</td><td>the spelling as printed, in lower case</td></tr>
 *   <tr><td>read as</td><td>the spelling it is read as, in lower case</td></tr>
 * </table>
 */
public final class Spellings {
    /** The file; read from the build only by {@link #packaged()} (a {@code --models} copy that differs is refused). */
    static final String FILE = "spellings.tsv";

    private record Spelling(String printed, String readAs) {}

    private final List<Spelling> spellings = new ArrayList<>();

    public Spellings(ModelData models) {
        for (String[] row : models.tsv(FILE)) {
            if (row.length < 2 || row[0].isEmpty() || row[1].isEmpty()) {
                throw new IllegalArgumentException(
                        "models/" + FILE + ": expected 'printed<TAB>read as': " + String.join("\t", row));
            }
            spellings.add(new Spelling(row[0], row[1]));
        }
    }

    /** The spellings packaged with planlens, read once. */
    public static Spellings packaged() {
        return Packaged.SPELLINGS;
    }

    /** {@code lower} (a word or words in lower case) with each printed spelling made the one it is read as. */
    public String settle(String lower) {
        String s = lower;
        for (Spelling sp : spellings) {
            if (s.contains(sp.printed())) {
                s = s.replace(sp.printed(), sp.readAs());
            }
        }
        return s;
    }

    private static final class Packaged {
        static final Spellings SPELLINGS = new Spellings(ModelData.packaged());
    }
}
