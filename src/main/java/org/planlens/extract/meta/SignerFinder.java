package org.planlens.extract.meta;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.planlens.model.Signer;
import org.planlens.rules.Fold;
import org.planlens.rules.ModelData;
import org.planlens.rules.NamedWords;
import org.planlens.rules.NumberingGrammar;

/**
 * The signature block: a post from {@code models/signer-titles.tsv} (columns: post as printed, post in sentence
 * case), perhaps after "TM."/"KT." mandates and other posts, then a person's name. The post is a line of its own
 * (in any case) or words in capitals within a line, as a block pasted into one line leaves it ("KT. CHỦ TỊCH PHÓ
 * CHỦ TỊCH Huỳnh Minh Tuấn"); the name follows on the same line or below, past "(Đã ký)" and the recipients'
 * items when their column runs beside the signature.
 */
public final class SignerFinder {
    private record Post(List<String> words, String folded, String display) {}

    /** A word of a person's name: a capital, then lower-case letters ("Hồng", "Thị"). */
    private static final Pattern NAME_WORD =
            Pattern.compile("\\p{Lu}[\\p{Ll}\\p{M}]*", Pattern.UNICODE_CHARACTER_CLASS);

    private static final int MIN_NAME_WORDS = 2;
    private static final int MAX_NAME_WORDS = 5;
    /** The most letters and digits a mandate (MANDATE of models/date-words.tsv) takes from a post line ("tuq"). */
    private static final int MANDATE_LETTERS = 3;

    /** An item of the recipients' list ("- Lưu: VT."). */
    private static final Pattern LIST_ITEM = NumberingGrammar.packaged().compile("$LIST_BULLET");
    /** How far below a post its name may be when the recipients' list sits between them. */
    private static final int MAX_LIST_LINES = 8;

    /** What may stand between a post and the name: the seal's note ("(Đã ký)", models/date-words.tsv), punctuation. */
    private final Pattern signed;
    /** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "Q. GIÁM ĐỐC" folded: the mandate (models/date-words.tsv) and its dot. */
    private final Pattern mandate;
    /** A rank or degree before the name ("Thượng tướng", "PGS.TS."; RANK of models/date-words.tsv): not the name. */
    private final Pattern rank;
    /** The most words a rank or degree takes ("Phó Đô đốc", "PGS. TS."). */
    private static final int MAX_RANK_WORDS = 3;

    private final List<Post> posts = new ArrayList<>();
    /** The most letters and digits a post line can hold; longer lines (most of a plan's) are no post. */
    private final int maxPostLetters;

    public SignerFinder(ModelData models) {
        NamedWords words = new NamedWords(models, "date-words.tsv");
        this.signed = words.compile("\\(?$SIGNED\\)?|[(),.;:|*]+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.mandate = words.compile("^$MANDATE\\s*[.:]?\\s*", 0);
        this.rank = words.compile("$RANK", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        int longest = 0;
        for (String[] row : models.tsv("signer-titles.tsv")) {
            if (row.length < 2) {
                throw new IllegalArgumentException(
                        "models/signer-titles.tsv: row needs a post and its display: " + String.join("\t", row));
            }
            String folded = Fold.key(row[0]);
            posts.add(new Post(List.of(folded.split(" ")), folded, row[1]));
            longest = Math.max(longest, letters(folded, Integer.MAX_VALUE));
        }
        posts.sort(Comparator.comparingInt((Post p) -> p.words().size()).reversed());
        maxPostLetters = longest + MANDATE_LETTERS;
    }

    /** The last signature in the lines (a plan's own comes before an appendix's, which has none). */
    public Signer find(List<String> lines) {
        Signer found = Signer.UNKNOWN;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String whole = wholeLinePost(line);
            if (whole != null) {
                String name = nameAfter(lines, i + 1, List.of());
                if (name != null) {
                    found = new Signer(name, whole);
                }
                continue;
            }
            List<String> words = List.of(line.strip().split("\\s+"));
            for (int w = 0; w < words.size(); w++) {
                Post p = capitalsPostAt(words, w);
                if (p == null) {
                    continue;
                }
                String name =
                        nameAfter(lines, i + 1, words.subList(w + p.words().size(), words.size()));
                if (name != null) {
                    found = new Signer(name, p.display());
                }
                w += p.words().size() - 1;
            }
        }
        return found;
    }

    /** Whether a line opens with a post in capitals ("GIÁM ĐỐC TRUNG TÂM ...", "CHỦ TỊCH ỦY BAN NHÂN DÂN ..."). */
    public boolean opensWithPost(String line) {
        List<String> words = List.of(line.strip().split("\\s+"));
        return capitalsPostAt(words, 0) != null;
    }

    /** How many words the post in capitals opening the line takes ("CHỦ TỊCH ỦY BAN ..." takes 2), or 0. */
    public int postWords(String line) {
        Post p = capitalsPostAt(List.of(line.strip().split("\\s+")), 0);
        return p == null ? 0 : p.words().size();
    }

    private Post capitalsPostAt(List<String> words, int at) {
        if (!isCapitalsWord(words.get(at))) {
            return null;
        }
        for (Post p : posts) {
            int n = p.words().size();
            if (at + n > words.size()) {
                continue;
            }
            boolean same = true;
            for (int k = 0; k < n && same; k++) {
                String word = words.get(at + k);
                same = VietCase.isUpper(word) && Fold.key(word).equals(p.words().get(k));
            }
            if (same) {
                return p;
            }
        }
        return null;
    }

    private static boolean isCapitalsWord(String w) {
        return w.length() > 1 && VietCase.isUpper(w);
    }

    /**
     * The name after a post: the rest of the post's line, then the lines below (the recipients' items skipped). A
     * post, a mandate or a body in capitals first means the block goes on and its last post carries the name.
     */
    private String nameAfter(List<String> lines, int next, List<String> rest) {
        String name = nameIn(rest);
        if (name != null || !nothingIn(rest)) {
            return name;
        }
        for (int j = next; j < lines.size() && j < next + MAX_LIST_LINES; j++) {
            String l = lines.get(j).strip();
            if (l.isEmpty()
                    || LIST_ITEM.matcher(l).lookingAt()
                    || signed.matcher(l).matches()) {
                continue;
            }
            return nameIn(List.of(l.split("\\s+")));
        }
        return null;
    }

    /** Whether words hold nothing but punctuation and the seal's note. */
    private boolean nothingIn(List<String> words) {
        return words.stream().allMatch(w -> w.isEmpty() || signed.matcher(w).matches());
    }

    /** Two to five capitalised words opening {@code words}, past punctuation and "(Đã ký)". */
    private String nameIn(List<String> words) {
        int i = 0;
        while (i < words.size()
                && (words.get(i).isEmpty() || signed.matcher(words.get(i)).matches())) {
            i++;
        }
        i = pastRank(words, i);
        int end = i;
        while (end < words.size()
                && end - i < MAX_NAME_WORDS + 1
                && NAME_WORD.matcher(words.get(end)).matches()) {
            end++;
        }
        // "Đỗ Ngọc Huỳnh Thông báo ...": a capitalised word that opens a sentence after the name is not part of it
        if (end < words.size() && end - i > MIN_NAME_WORDS && startsLower(words.get(end))) {
            end--;
        }
        int n = end - i;
        if (n < MIN_NAME_WORDS || n > MAX_NAME_WORDS) {
            return null;
        }
        return String.join(" ", words.subList(i, end));
    }

    /** Where the name starts past a rank or degree opening {@code words} at {@code i} (the longest one). */
    private int pastRank(List<String> words, int i) {
        for (int n = Math.min(MAX_RANK_WORDS, words.size() - i); n > 0; n--) {
            if (rank.matcher(String.join(" ", words.subList(i, i + n))).matches()) {
                return i + n;
            }
        }
        return i;
    }

    private static boolean startsLower(String w) {
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0));
    }

    /** A line that is a post, with its mandate ("KT. CHỦ TỊCH", "TUQ. Phó Chủ tịch thường trực"), in any case. */
    private String wholeLinePost(String line) {
        // a line whose key would hold more letters and digits than any post and its mandate is none: counted
        // without making the key, which spares folding every line of the plan
        if (letters(line, maxPostLetters + 1) > maxPostLetters) {
            return null;
        }
        String folded = mandate.matcher(Fold.key(line)).replaceFirst("");
        for (Post p : posts) {
            if (folded.equals(p.folded())) {
                return p.display();
            }
        }
        return null;
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
