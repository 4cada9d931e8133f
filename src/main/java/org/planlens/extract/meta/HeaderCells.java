package org.planlens.extract.meta;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planlens.rules.Fold;

/**
 * A header line cut into the cells it was printed in. The two columns of a header (issuer and motto, number and
 * place-date) reach the text side by side in a table row, run into one line, or one under the other; cells are cut
 * at tabs, pipes and rules of dashes, the national motto is taken out, and a run of words in capitals is cut from
 * mixed-case words beside it ("... năm 2025 QUYẾT ĐỊNH", "... GIAI ĐOẠN 2026 - 2030 Thực hiện ...").
 */
final class HeaderCells {
    private static final Pattern SEPARATORS = Pattern.compile("\\t|\\s*\\|\\s*|\\s*[-_–=*]{3,}\\s*|\\*\\s+\\*");

    /** A run of capitals this many words long is a cell of its own beside mixed-case words. */
    private static final int MIN_CAPITAL_RUN = 2;

    private final Pattern foldedMotto;
    private final Pattern foldedMottoEnd;

    /**
     * {@code foldedMotto} matches the motto, or a part of it printed on its own line, in folded text;
     * {@code foldedMottoEnd} the end of its second line ("hanh phuc") in such a match.
     */
    HeaderCells(Pattern foldedMotto, Pattern foldedMottoEnd) {
        this.foldedMotto = foldedMotto;
        this.foldedMottoEnd = foldedMottoEnd;
    }

    /** Whether the line holds the motto or a part of it. */
    boolean hasMotto(String line) {
        Matcher m = foldedMotto.matcher(Fold.fold(line));
        while (m.find()) {
            if (isMotto(line, m)) {
                return true;
            }
        }
        return false;
    }

    /** The motto is printed in capitals, or as "Độc lập - Tự do - Hạnh phúc"; running text may name the regime. */
    private boolean isMotto(String line, Matcher folded) {
        return VietCase.isUpper(line.substring(folded.start(), folded.end()))
                || foldedMottoEnd.matcher(folded.group()).find();
    }

    /** The cells of one line, in order, none blank. */
    List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        for (String piece : SEPARATORS.split(line)) {
            for (String part : withoutMotto(piece)) {
                out.addAll(capitalRuns(part));
            }
        }
        return out;
    }

    private List<String> withoutMotto(String piece) {
        List<String> out = new ArrayList<>();
        Matcher m = foldedMotto.matcher(Fold.fold(piece));
        int from = 0;
        while (m.find()) {
            if (isMotto(piece, m)) {
                add(out, piece.substring(from, m.start()));
                from = m.end();
            }
        }
        add(out, piece.substring(from));
        return out;
    }

    private static void add(List<String> out, String s) {
        String t = s.strip();
        if (!t.isEmpty() && t.chars().anyMatch(Character::isLetterOrDigit)) {
            out.add(t);
        }
    }

    /**
     * "Số: 2820/QĐ-UBND Hà Nội, ngày 19 tháng 11 năm 2025 QUYẾT ĐỊNH" ends in a cell "QUYẾT ĐỊNH"; "- 2025, TẦM NHÌN
     * ĐẾN NĂM 2030 Thực hiện ..." gives "- 2025, TẦM NHÌN ĐẾN NĂM 2030" and the rest. A run is the words between
     * mixed-case ones (figures and signs in it) holding at least two words in capitals.
     */
    static List<String> capitalRuns(String cell) {
        String[] words = cell.split(" ");
        List<String> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < words.length) {
            // a run opens on a word with letters or figures: a bracket or dash before it stays with what precedes
            if (hasLower(words[i]) || words[i].chars().noneMatch(Character::isLetterOrDigit)) {
                i++;
                continue;
            }
            int end = i;
            int capitals = 0;
            while (end < words.length && !hasLower(words[end])) {
                capitals += isCapitals(words[end]) ? 1 : 0;
                end++;
            }
            if (capitals >= MIN_CAPITAL_RUN && (start < i || end < words.length)) {
                add(out, String.join(" ", Arrays.copyOfRange(words, start, i)));
                add(out, String.join(" ", Arrays.copyOfRange(words, i, end)));
                start = end;
            }
            i = end;
        }
        add(out, String.join(" ", Arrays.copyOfRange(words, start, words.length)));
        return out;
    }

    private static boolean isCapitals(String word) {
        return VietCase.isUpper(word)
                && word.chars().filter(Character::isLetter).count() > 1;
    }

    private static boolean hasLower(String word) {
        return word.chars().anyMatch(Character::isLowerCase);
    }
}
