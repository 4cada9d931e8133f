package org.planlens.extract.agency;

import java.util.ArrayList;
import java.util.List;
import org.planlens.extract.agency.Tokens.Token;

/**
 * Names of bodies in a clause: an optional person's post ("Trưởng", dropped), a head noun of
 * {@code agency-kinds.tsv}, then the name's words up to a stop word, a cue or a sign. Collectives ("các cơ quan,
 * đơn vị thuộc huyện") run on over listed members and their scope.
 */
public final class MentionFinder {
    /** A body named at [start, end) of the text; {@code from} includes a post printed before it. */
    public record Found(int from, int start, int end, String name, boolean collective, boolean byRelevance) {}

    private static final int MAX_LOWER_RUN = 4;
    private final AgencyLexicon lex;

    public MentionFinder(AgencyLexicon lex) {
        this.lex = lex;
    }

    public List<Found> find(String text, int base) {
        return find(text, base, Tokens.of(text, base));
    }

    /** As {@link #find(String, int)}, over the text's tokens already made ({@code Tokens.of(text, base)}). */
    List<Found> find(String text, int base, List<Token> t) {
        List<Found> out = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            Found f = at(text, base, t, i);
            if (f == null) {
                i++;
                continue;
            }
            out.add(f);
            while (i < t.size() && t.get(i).start() < f.end()) {
                i++;
            }
        }
        return out;
    }

    private Found at(String text, int base, List<Token> t, int i) {
        int from = i;
        int titleLen = 0;
        for (String title : i < t.size() ? lex.titlesStartingWith(t.get(i).lower()) : List.<String>of()) {
            titleLen = Tokens.matchLower(t, i, title);
            if (titleLen > 0) {
                break;
            }
        }
        Found f = headAt(text, base, t, i, from);
        if (f == null && titleLen > 0) {
            f = headAt(text, base, t, i + titleLen, from);
            // "Thủ trưởng các cơ quan chuyên môn thuộc UBND huyện": the heads of a collective
            if (f == null
                    && i + titleLen + 1 < t.size()
                    && t.get(i + titleLen).lower().equals("các")) {
                f = headAt(text, base, t, i + titleLen + 1, from);
            }
        }
        return f;
    }

    private Found headAt(String text, int base, List<Token> t, int i, int from) {
        if (i >= t.size() || !t.get(i).isWord()) {
            return null;
        }
        int at = t.get(i).start() - base;
        if (at > 0 && "-/".indexOf(text.charAt(at - 1)) >= 0) {
            // "3611/QĐ-UBND": a document's symbol, not a body.
            return null;
        }
        boolean afterCac = i > 0 && t.get(i - 1).lower().equals("các");
        for (String word : lex.wordsStartingWith("nothead", t.get(i).lower())) {
            if (Tokens.matchLower(t, i, word) > 0) {
                return null;
            }
        }
        for (AgencyLexicon.Head h : lex.headsStartingWith(t.get(i).lower())) {
            boolean lowerHead = Character.isLowerCase(h.printed().charAt(0));
            int n = Tokens.matchPrinted(t, i, h.words(), lowerHead);
            boolean collective = false;
            if (n == 0 && !lowerHead) {
                // "văn phòng UBND huyện": a head in lower case, but followed by an abbreviation.
                n = Tokens.matchPrinted(t, i, h.words(), true);
                if (n > 0 && !(i + n < t.size() && t.get(i + n).allCaps())) {
                    n = 0;
                }
            }
            if (n == 0) {
                continue;
            }
            if (lowerHead) {
                if (!afterCac) {
                    continue;
                }
                collective = true;
            }
            int start = collective ? i - 1 : i;
            int end = extend(t, i, i + n, collective);
            if (h.needsName() && end == i + n) {
                return null;
            }
            boolean relevance = end < t.size() && startsRelevance(t, end);
            int s = t.get(start).start();
            int e = t.get(end - 1).end();
            String name = text.substring(s - base, e - base).strip();
            boolean scoped = !collective || hasScope(t, start, end);
            return new Found(Math.min(t.get(from).start(), s), s, e, name, collective, relevance || !scoped);
        }
        return null;
    }

    /** Index after the name's last token. */
    private int extend(List<Token> t, int head, int j, boolean collective) {
        int first = j;
        int end = j;
        int lowerRun = 0;
        boolean afterDash = false;
        boolean afterUnit = false;
        while (j < t.size()) {
            Token tok = t.get(j);
            if (!tok.isWord()) {
                String s = tok.text();
                boolean joiner = s.equals("-") || s.equals("–") || s.equals("&");
                boolean listComma = s.equals(",") && j + 1 < t.size() && listMember(t, j + 1, collective);
                boolean seriesComma = s.equals(",") && !collective && seriesInName(t, j + 1);
                if ((joiner || listComma || seriesComma)
                        && j + 1 < t.size()
                        && t.get(j + 1).isWord()) {
                    afterDash = joiner;
                    afterUnit = false;
                    lowerRun = listComma ? 0 : lowerRun;
                    j++;
                    continue;
                }
                break;
            }
            if (afterDash) {
                afterDash = false;
                afterUnit = false;
                lowerRun = 0;
                j++;
                end = j;
                continue;
            }
            int scoped = scopeAt(t, j);
            if (scoped > 0) {
                j += scoped;
                end = j;
                lowerRun = 0;
                afterUnit = false;
                continue;
            }
            // right after the head a document's kind is the body's field ("Sở Kế hoạch và Đầu tư")
            if (isStop(t, j, j > first) || startsRelevance(t, j)) {
                break;
            }
            // "Hội Nông dân xã và Hội Liên hiệp Phụ nữ xã": a name closed by its unit, then "và" and a new head,
            // is two bodies; only a joint office's name spans them ("Văn phòng HĐND huyện và UBND huyện")
            if (afterUnit && tok.lower().equals("và") && !collective && opensBody(t, j + 1) && !jointHead(t, head)) {
                break;
            }
            if (tok.lower().equals("và") || tok.lower().equals("các")) {
                boolean next = j + 1 < t.size()
                        && (collective
                                ? listMember(t, j + 1, true)
                                : t.get(j + 1).capitalised() || listMember(t, j + 1, false) || placedWords(t, j + 1));
                if (next) {
                    j++;
                    continue;
                }
                break;
            }
            boolean digit = Character.isDigit(tok.text().charAt(0));
            if (tok.capitalised() || digit && afterUnit) {
                lowerRun = 0;
            } else if (digit || afterUnit || !lex.words("unit").contains(tok.lower()) && ++lowerRun > MAX_LOWER_RUN) {
                break;
            }
            // "Xã hội" in "Lao động - Thương binh và Xã hội" is a field, not the unit that closes a name
            afterUnit = !tok.capitalised() && lex.words("unit").contains(tok.lower());
            j++;
            end = j;
        }
        return end;
    }

    private boolean opensBody(List<Token> t, int j) {
        if (j >= t.size() || !t.get(j).isWord() || !t.get(j).capitalised()) {
            return false;
        }
        for (AgencyLexicon.Head h : lex.headsStartingWith(t.get(j).lower())) {
            if (Character.isUpperCase(h.printed().charAt(0)) && Tokens.matchPrinted(t, j, h.words(), false) > 0) {
                return true;
            }
        }
        return false;
    }

    private boolean jointHead(List<Token> t, int head) {
        for (String w : lex.wordsStartingWith("jointhead", t.get(head).lower())) {
            if (Tokens.matchLower(t, head, w) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Sở Văn hóa, Thể thao và Du lịch": after a comma, capitalised words that open no body, then "và" and a
     * capitalised word close a series of fields inside one name (a list of bodies starts each item with a head).
     */
    private boolean seriesInName(List<Token> t, int j) {
        int k = j;
        boolean words = false;
        int lower = 0;
        while (k < t.size()) {
            Token tok = t.get(k);
            if (tok.isWord()
                    && tok.capitalised()
                    && lex.headsStartingWith(tok.lower()).isEmpty()
                    && lex.wordsStartingWith("capstop", tok.lower()).isEmpty()) {
                words = true;
                lower = 0;
                k++;
            } else if (words
                    && tok.isWord()
                    && !tok.capitalised()
                    && !tok.lower().equals("và")
                    && ++lower <= 2) {
                // the other syllables of a field's word ("Thông tin")
                k++;
            } else if (words && tok.text().equals(",")) {
                words = false;
                k++;
            } else {
                break;
            }
        }
        return words
                && k + 1 < t.size()
                && t.get(k).lower().equals("và")
                && t.get(k + 1).capitalised();
    }

    /** "Văn hóa và truyền thông huyện": one or two plain words closed by a unit word still belong to the name. */
    private boolean placedWords(List<Token> t, int j) {
        for (int k = j; k < Math.min(t.size(), j + 3); k++) {
            if (!t.get(k).isWord() || t.get(k).capitalised() || isStop(t, k, true)) {
                return false;
            }
            if (k > j && lex.words("unit").contains(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private boolean isStop(List<Token> t, int j, boolean capstops) {
        for (String s : capstops ? lex.wordsStartingWith("capstop", t.get(j).lower()) : List.<String>of()) {
            if (Tokens.matchLower(t, j, s) > 0) {
                return true;
            }
        }
        if (t.get(j).capitalised()) {
            return false;
        }
        // only a phrase whose first word is this token's can match here
        for (String s : lex.wordsStartingWith("stop", t.get(j).lower())) {
            if (Tokens.matchLower(t, j, s) > 0) {
                return true;
            }
        }
        for (AgencyLexicon.Cue c : lex.cuesStartingWith(t.get(j).lower())) {
            if (Tokens.matchLower(t, j, c.phrase()) > 0) {
                return true;
            }
        }
        return false;
    }

    private boolean listMember(List<Token> t, int j, boolean collective) {
        for (String m :
                lex.wordsStartingWith(collective ? "member" : "unit", t.get(j).lower())) {
            if (Tokens.matchLower(t, j, m) > 0) {
                return true;
            }
        }
        return Tokens.matchLower(t, j, "các") > 0 && j + 1 < t.size() && listMember(t, j + 1, collective);
    }

    /** The longest scope phrase at {@code j} that has a word after it ("trên địa bàn huyện"), in tokens. */
    private int scopeAt(List<Token> t, int j) {
        int best = 0;
        for (String s : j < t.size() ? lex.wordsStartingWith("scope", t.get(j).lower()) : List.<String>of()) {
            int n = Tokens.matchLower(t, j, s);
            if (n > best && j + n <= t.size()) {
                best = n;
            }
        }
        return best;
    }

    private boolean startsRelevance(List<Token> t, int j) {
        return j < t.size()
                && lex.wordsStartingWith("relevance", t.get(j).lower()).stream()
                        .anyMatch(r -> Tokens.matchLower(t, j, r) > 0);
    }

    private boolean hasScope(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            for (String s : lex.wordsStartingWith("scope", t.get(k).lower())) {
                if (Tokens.matchLower(t, k, s) > 0) {
                    return true;
                }
            }
        }
        // "Các cơ quan, ban, ngành huyện": a collective closed by its place.
        return lex.words("unit").contains(t.get(to - 1).lower());
    }
}
