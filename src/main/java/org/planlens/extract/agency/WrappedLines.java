package org.planlens.extract.agency;

import java.util.Set;
import java.util.regex.Pattern;
import org.planlens.rules.NumberingGrammar;

/**
 * Where a page wrapped one sentence over several lines ("Chánh Văn phòng UBND tỉnh; Giám đốc Sở Nông nghiệp và" /
 * "Phát triển nông thôn; ... Chủ tịch UBND các huyện," / "thị xã, thành phố ... chịu trách nhiệm thi hành"): a line
 * goes on in the next when it stops on a comma or on a word that cannot end a sentence ({@code wrapend} of
 * agency-scope.tsv), or when the next line opens in lower case. A list of posts then reaches the verb that assigns
 * them their work.
 */
public final class WrappedLines {
    /** A numbered item or a bullet opens a line of its own ("a) Sở Nội vụ", "- UBND các xã"). */
    private static final Pattern OPENS_ITEM =
            NumberingGrammar.packaged().compile("^\\s*(?:(?:$ROMAN|$ROW_NUMBER|$LETTER)\\s*[.):]|$LIST_BULLET)");

    private final Set<String> wrapEnds;

    public WrappedLines(AgencyLexicon lex) {
        this.wrapEnds = lex.words("wrapend");
    }

    /** Whether {@code line} goes on in {@code next}: both prose (no table cells), the first not ending a clause. */
    public boolean goesOn(String line, String next) {
        String a = line.strip();
        String b = next.strip();
        if (a.isEmpty() || b.isEmpty() || line.indexOf('\t') >= 0 || next.indexOf('\t') >= 0) {
            return false;
        }
        char last = a.charAt(a.length() - 1);
        if (".;:!?".indexOf(last) >= 0
                || !Character.isLetter(b.codePointAt(0))
                || OPENS_ITEM.matcher(b).lookingAt()) {
            return false;
        }
        return last == ',' || Character.isLowerCase(b.codePointAt(0)) || wrapEnds.contains(Tokens.lastLowerWord(a));
    }
}
