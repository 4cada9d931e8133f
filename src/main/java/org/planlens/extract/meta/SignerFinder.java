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
    private record Post(String folded, String display) {}

    /** Two to five capitalised words, no digits or punctuation: a person's name. */
    private static final Pattern PERSON = Pattern.compile(
            "\\p{Lu}[\\p{L}\\p{M}]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}]*){1,4}", Pattern.UNICODE_CHARACTER_CLASS);
    /** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH": on behalf of a body, or signing for its head. */
    private static final Pattern MANDATE = Pattern.compile("^(?:tm|kt|tl|tuq)\\s*[.:]?\\s*");
    /** The most letters and digits {@link #MANDATE} takes from a post line ("tuq"). */
    private static final int MANDATE_LETTERS = 3;

    /** An item of the recipients' list ("- Lưu: VT."). */
    private static final Pattern LIST_ITEM = Pattern.compile("[-+•–]");
    /** How far below a post its name may be when the recipients' list sits between them. */
    private static final int MAX_LIST_LINES = 8;

    private final List<Post> posts = new ArrayList<>();
    /** The most letters and digits a post line can hold; longer lines (most of a plan's) are no post. */
    private final int maxPostLetters;

    public SignerFinder(ModelData models) {
        int longest = 0;
        for (String[] row : models.tsv("signer-titles.tsv")) {
            if (row.length < 2) {
                throw new IllegalArgumentException(
                        "models/signer-titles.tsv: row needs a post and its display: " + String.join("\t", row));
            }
            Post post = new Post(Fold.key(row[0]), row[1]);
            posts.add(post);
            longest = Math.max(longest, letters(post.folded(), Integer.MAX_VALUE));
        }
        maxPostLetters = longest + MANDATE_LETTERS;
    }

    /** The last signature in the lines (a plan's own comes before an appendix's, which has none). */
    public Signer find(List<String> lines) {
        Signer found = Signer.UNKNOWN;
        for (int i = 0; i + 1 < lines.size(); i++) {
            String post = postOf(lines.get(i));
            String name = post == null ? null : nameAfter(lines, i + 1);
            if (name != null && PERSON.matcher(name).matches() && !VietCase.isUpper(name)) {
                found = new Signer(name, post);
            }
        }
        return found;
    }

    /**
     * The line under a post; with the recipients' column run into the signature's ("- Sở Nội vụ; PHÓ CHỦ TỊCH"),
     * the first line after the recipients' items.
     */
    private static String nameAfter(List<String> lines, int from) {
        for (int j = from; j < lines.size() && j < from + MAX_LIST_LINES; j++) {
            String l = lines.get(j).strip();
            if (!l.isEmpty() && !LIST_ITEM.matcher(l).lookingAt()) {
                return l;
            }
        }
        return null;
    }

    private String postOf(String line) {
        // a line whose key would hold more letters and digits than any post and its mandate is none: counted
        // without making the key, which spares folding every line of the plan
        if (letters(line, maxPostLetters + 1) <= maxPostLetters) {
            String folded = MANDATE.matcher(Fold.key(line)).replaceFirst("");
            for (Post p : posts) {
                if (folded.equals(p.folded())) {
                    return p.display();
                }
            }
        }
        // "- UBND thành phố; PHÓ CHỦ TỊCH": a post in capitals closing a line of the recipients' column
        String printed = line.strip();
        for (Post p : posts) {
            int at = printed.length() - p.folded().length();
            if (at > 0
                    && printed.charAt(at - 1) == ' '
                    && foldsTo(printed, at, p.folded())
                    && VietCase.isUpper(printed.substring(at))) {
                return p.display();
            }
        }
        return null;
    }

    /** Whether {@code s} from {@code at} to its end folds ({@link Fold#fold}) to {@code folded}. */
    private static boolean foldsTo(String s, int at, String folded) {
        for (int i = 0; i < folded.length(); i++) {
            if (Fold.foldChar(s.charAt(at + i)) != folded.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The letters and digits {@link Fold#key} keeps of {@code s}, counted up to {@code limit}. */
    private static int letters(String s, int limit) {
        int n = 0;
        for (int i = 0; i < s.length() && n < limit; i++) {
            if (Character.isLetterOrDigit(Fold.foldChar(s.charAt(i)))) {
                n++;
            }
        }
        return n;
    }
}
