package org.planlens.extract.agency;

import java.util.List;
import java.util.Set;
import org.planlens.extract.agency.Tokens.Token;

/**
 * A list of kinds of body printed without the plural word before it: "Sở, ban, ngành thành phố và Ủy ban nhân dân
 * xã, phường", "Thủ trưởng cơ quan, ban, ngành thành phố". A collective's head followed by a comma and another
 * collective's head names a collective as "các sở, ban, ngành" does, unless both are generic nouns ({@code generic}
 * of {@code agency-scope.tsv}: "cơ quan, đơn vị" without "các" is read as before).
 */
final class KindList {
    private final AgencyLexicon lex;
    private final Set<String> genericNouns;

    KindList(AgencyLexicon lex) {
        this.lex = lex;
        this.genericNouns = lex.words("generic");
    }

    /** True when the token at {@code i} opens such a list. */
    boolean opens(List<Token> t, int i) {
        int n = collectiveAt(t, i);
        if (n == 0 || i + n + 1 >= t.size() || !",".equals(t.get(i + n).text()) || closedAt(t, i)) {
            return false;
        }
        int m = collectiveAt(t, i + n + 1);
        // "cơ quan, đơn vị ...": generic nouns alone name no kind without "các" before them
        return m > 0 && !(generic(t, i, n) && generic(t, i + n + 1, m));
    }

    /** "Bộ, ngành chuyên môn": a head that names a body only with a known field ("Bộ") opens no list. */
    private boolean closedAt(List<Token> t, int i) {
        return lex.headsStartingWith(t.get(i).lower()).stream()
                .anyMatch(h -> h.closed() && Tokens.matchLower(t, i, h.lower()) > 0);
    }

    private boolean generic(List<Token> t, int i, int n) {
        StringBuilder words = new StringBuilder();
        for (int k = i; k < i + n; k++) {
            words.append(k > i ? " " : "").append(t.get(k).lower());
        }
        return genericNouns.contains(words.toString());
    }

    /** The tokens of a collective's head at {@code i} ("cơ quan", "sở"), or 0. */
    private int collectiveAt(List<Token> t, int i) {
        if (!t.get(i).isWord()) {
            return 0;
        }
        int best = 0;
        for (AgencyLexicon.Head h : lex.headsStartingWith(t.get(i).lower())) {
            if (h.collective()) {
                best = Math.max(best, Tokens.matchLower(t, i, h.lower()));
            }
        }
        return best;
    }
}
