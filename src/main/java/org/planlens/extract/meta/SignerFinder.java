package org.planlens.extract.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.planlens.model.Signer;
import org.planlens.rules.Fold;
import org.planlens.rules.ModelData;

/**
 * The signature block: a post line from {@code models/signer-titles.tsv} (columns: post as printed, post in
 * sentence case), perhaps after "TM."/"KT." lines, then a line holding a person's name.
 */
public final class SignerFinder {
    private record Post(String folded, String display) {
    }

    /** Two to five capitalised words, no digits or punctuation: a person's name. */
    private static final Pattern PERSON = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}]*){1,4}",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH": on behalf of a body, or signing for its head. */
    private static final Pattern MANDATE = Pattern.compile("^(?:tm|kt|tl|tuq)\\s*[.:]?\\s*");

    private final List<Post> posts = new ArrayList<>();

    public SignerFinder(ModelData models) {
        for (String[] row : models.tsv("signer-titles.tsv")) {
            if (row.length < 2) {
                throw new IllegalArgumentException("models/signer-titles.tsv: row needs a post and its display: " + String.join("\t", row));
            }
            posts.add(new Post(Fold.key(row[0]), row[1]));
        }
    }

    /** The last signature in the lines (a plan's own comes before an appendix's, which has none). */
    public Signer find(List<String> lines) {
        Signer found = Signer.UNKNOWN;
        for (int i = 0; i + 1 < lines.size(); i++) {
            String post = postOf(lines.get(i));
            String name = lines.get(i + 1).strip();
            if (post != null && PERSON.matcher(name).matches() && !VietCase.isUpper(name)) {
                found = new Signer(name, post);
            }
        }
        return found;
    }

    private String postOf(String line) {
        String folded = MANDATE.matcher(Fold.key(line)).replaceFirst("");
        for (Post p : posts) {
            if (folded.equals(p.folded())) {
                return p.display();
            }
        }
        return null;
    }
}
