package org.planlens.extract.agency;

import java.util.List;
import java.util.regex.Pattern;
import org.planlens.extract.agency.Tokens.Token;

/**
 * What stands at a token of a clause for a body's name, read against the agency word lists ({@link AgencyLexicon},
 * {@link NameBook}): a post, a head opening a body, an administrative unit, a collective's member kind, a scope, a
 * stop word or cue, a place's or region's name, a known whole name. Each answers at token {@code j} of {@code t},
 * mostly with the phrase's length in tokens (0: none there).
 */
final class NameParts {
    private static final Pattern ROMAN = Pattern.compile("[IVXLC]+");
    private final AgencyLexicon lex;
    private final NameBook names;

    /** The grammar words of {@code agency-scope.tsv}: "các", "và", "cấp", "của", "này". */
    private final String plural;

    private final String and;
    private final String level;
    private final String of;
    private final String self;

    NameParts(AgencyLexicon lex) {
        this.lex = lex;
        this.names = lex.names();
        this.plural = lex.word("plural");
        this.and = lex.word("and");
        this.level = lex.word("level");
        this.of = lex.word("of");
        this.self = lex.word("this");
    }

    /** "các": the word before a collective. */
    String plural() {
        return plural;
    }

    /** "và": the word joining two bodies or a name's fields. */
    String and() {
        return and;
    }

    /** "Thủ tướng Chính phủ": a body's name after a post that is a person acting in it ({@code person}), no body. */
    boolean personOf(List<Token> t, int i) {
        for (String p : lex.words("person")) {
            int n = p.split(" ").length;
            if (i >= n && Tokens.matchLower(t, i - n, p) == n) {
                return true;
            }
        }
        return false;
    }

    AgencyLexicon.Title titleAt(List<Token> t, int i) {
        for (AgencyLexicon.Title title :
                i < t.size() ? lex.titlesStartingWith(t.get(i).lower()) : List.<AgencyLexicon.Title>of()) {
            if (Tokens.matchLower(t, i, title.phrase()) > 0) {
                return title;
            }
        }
        return null;
    }

    int titleLength(List<Token> t, int i) {
        AgencyLexicon.Title title = titleAt(t, i);
        return title == null ? 0 : Tokens.matchLower(t, i, title.phrase());
    }

    /**
     * A place's proper name at {@code j}: two capitalised words, neither opening a body or ending a name ("Cần Thơ",
     * "Phú Yên"; a person's name has more: "Bộ Nội vụ Phạm Thị Thanh Trà"); its length in tokens, or 0.
     */
    int placeName(List<Token> t, int j) {
        int k = j;
        while (k < t.size()
                && t.get(k).isWord()
                && t.get(k).capitalised()
                && !opensBody(t, k)
                && lex.wordsStartingWith("capstop", t.get(k).lower()).isEmpty()) {
            k++;
        }
        return k - j == 2 ? 2 : 0;
    }

    /**
     * "khu vực XI", "khu vực 8": a region's word and its number (a Roman numeral or digits) closing the name of a
     * body's regional office; its length in tokens, or 0.
     */
    int regionAt(List<Token> t, int j) {
        int n = phraseAt(t, j, "region");
        if (n == 0 || j + n >= t.size()) {
            return 0;
        }
        String number = t.get(j + n).text();
        boolean numbered =
                Character.isDigit(number.charAt(0)) || ROMAN.matcher(number).matches();
        return numbered ? n + 1 : 0;
    }

    /** Tokens of a collective's member kind at {@code j} ("cơ quan ngang bộ"), longest, or 0. */
    int memberAt(List<Token> t, int j) {
        int best = 0;
        for (String m : j < t.size() ? lex.wordsStartingWith("member", t.get(j).lower()) : List.<String>of()) {
            best = Math.max(best, Tokens.matchLower(t, j, m));
        }
        return best;
    }

    /** Tokens of an administrative unit at {@code j} ("huyện", "thành phố", "cấp tỉnh"), or 0. */
    int unitAt(List<Token> t, int j) {
        int cap = j < t.size() && t.get(j).lower().equals(level) ? 1 : 0;
        int best = 0;
        for (String u : j + cap < t.size()
                ? lex.wordsStartingWith("unit", t.get(j + cap).lower())
                : List.<String>of()) {
            best = Math.max(best, Tokens.matchLower(t, j + cap, u));
        }
        return best == 0 ? 0 : best + cap;
    }

    /** A whole known name at {@code j} ("Văn phòng Chính phủ", "Bộ" + a field of it), in tokens, or 0. */
    int knownNameAt(List<Token> t, int j) {
        if (j >= t.size()) {
            return 0;
        }
        int whole = names.bodyAt(t, j);
        if (whole > 0) {
            return whole;
        }
        int field = t.get(j).capitalised() ? names.fieldAt(t, j + 1, t.get(j).lower()) : 0;
        return field > 0 ? 1 + field : 0;
    }

    /** After a "/", the same head printed again and a known field of it ("/Sở Văn hóa và Thể thao"), or 0. */
    int alternativeAt(List<Token> t, AgencyLexicon.Head h, int j) {
        int n = Tokens.matchPrinted(t, j, h.words(), false);
        if (n == 0) {
            return 0;
        }
        int field = names.fieldAt(t, j + n, h.lower());
        return field > 0 ? n + field : 0;
    }

    boolean opensBody(List<Token> t, int j) {
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

    boolean jointHead(List<Token> t, int head) {
        for (String w : lex.wordsStartingWith("jointhead", t.get(head).lower())) {
            if (Tokens.matchLower(t, head, w) > 0) {
                return true;
            }
        }
        return false;
    }

    boolean isStop(List<Token> t, int j, boolean capstops) {
        for (String s : capstops ? lex.wordsStartingWith("capstop", t.get(j).lower()) : List.<String>of()) {
            if (Tokens.matchLower(t, j, s) > 0) {
                return true;
            }
        }
        // past the word after the head, a capitalised word after a word in lower case starts the next sentence when
        // it is a verb or a cue ("các Bộ, Thủ trưởng cơ quan ngang bộ Tập trung chỉ đạo ...": a heading run into its
        // text); right after the head it is the name ("Bộ phận Tiếp nhận và Trả kết quả")
        // ("Cần Thơ": a capitalised word before another is a place's name, however its first word reads)
        boolean restart = capstops
                && t.get(j - 1).isWord()
                && !t.get(j - 1).capitalised()
                && !(j + 1 < t.size() && t.get(j + 1).isWord() && t.get(j + 1).capitalised());
        if (t.get(j).capitalised() && !restart) {
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

    boolean listMember(List<Token> t, int j, boolean collective) {
        for (String m :
                lex.wordsStartingWith(collective ? "member" : "unit", t.get(j).lower())) {
            if (Tokens.matchLower(t, j, m) > 0) {
                return true;
            }
        }
        return Tokens.matchLower(t, j, plural) > 0 && j + 1 < t.size() && listMember(t, j + 1, collective);
    }

    /**
     * The longest scope phrase at {@code j} that has a word after it ("trên địa bàn huyện"), in tokens; for a
     * collective also "của" before the body or the unit its members belong to ("các Ban của Hội đồng nhân dân", "các
     * sở, ban, ngành của Thành phố", "các cơ quan báo chí của Trung ương").
     */
    int scopeAt(List<Token> t, int j, boolean collective) {
        if (collective && belongsTo(t, j)) {
            return 1;
        }
        int best = 0;
        for (String s : j < t.size() ? lex.wordsStartingWith("scope", t.get(j).lower()) : List.<String>of()) {
            int n = Tokens.matchLower(t, j, s);
            if (n > best && j + n <= t.size()) {
                best = n;
            }
        }
        return best;
    }

    /** The tokens of the longest phrase of one kind of {@code agency-scope.tsv} at {@code j}, or 0. */
    int phraseAt(List<Token> t, int j, String kind) {
        int best = 0;
        for (String p : j < t.size() ? lex.wordsStartingWith(kind, t.get(j).lower()) : List.<String>of()) {
            best = Math.max(best, Tokens.matchLower(t, j, p));
        }
        return best;
    }

    /**
     * "Ủy ban nhân dân các tỉnh, thành phố nêu tại Điều 1", "các đơn vị quy định tại khoản 2 Điều này": members named
     * by a list the document prints; the reference to it is part of the name. Its length in tokens, or 0.
     */
    int listedInAt(List<Token> t, int j) {
        int n = phraseAt(t, j, "listedin");
        if (n == 0) {
            return 0;
        }
        int k = j + n;
        boolean unit = false;
        while (k < t.size()) {
            int u = phraseAt(t, k, "docunit");
            if (u > 0) {
                unit = true;
                k += u;
                continue;
            }
            String word = t.get(k).text();
            if (unit
                    && (Character.isDigit(word.charAt(0)) || ROMAN.matcher(word).matches() || word.equals(self))) {
                k++;
                continue;
            }
            break;
        }
        return unit ? k - j : 0;
    }

    /** "của" and the body or the administrative unit after it. */
    boolean belongsTo(List<Token> t, int j) {
        // "các Ủy ban của Quốc hội": a capitalised name after "của" is the body the members belong to
        return j + 1 < t.size()
                && t.get(j).lower().equals(of)
                && (opensBody(t, j + 1) || unitAt(t, j + 1) > 0 || t.get(j + 1).capitalised());
    }

    boolean relationAt(List<Token> t, int j) {
        return j < t.size()
                && lex.wordsStartingWith("scope", t.get(j).lower()).stream()
                        .anyMatch(r -> lex.words("relation").contains(r) && Tokens.matchLower(t, j, r) > 0);
    }

    boolean startsRelevance(List<Token> t, int j) {
        return j < t.size()
                && lex.wordsStartingWith("relevance", t.get(j).lower()).stream()
                        .anyMatch(r -> Tokens.matchLower(t, j, r) > 0);
    }

    /** A word right after a collective's head that qualifies it ("viễn thông"), not a sign, a stop or a cue. */
    boolean qualified(List<Token> t, int j) {
        return j < t.size() && t.get(j).isWord() && !isStop(t, j, false) && !startsRelevance(t, j);
    }

    static boolean capitalisedWord(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.get(k).isWord() && t.get(k).capitalised()) {
                return true;
            }
        }
        return false;
    }

    /** "Văn hóa và truyền thông huyện": one or two plain words closed by a unit word still belong to the name. */
    boolean placedWords(List<Token> t, int j) {
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

    /**
     * A member named by its kind ("các sở, ban, ngành", "các bộ"), not only by the generic nouns: the longest member
     * or kind phrase at a word is a kind ("bộ phận" is a member, not the kind "bộ").
     */
    boolean hasKind(List<Token> t, int from, int headEnd, int to) {
        for (int k = from; k < to; k++) {
            // "các tổ chức thành viên": a kind's words inside the head ("thành viên") name no kind; one that covers
            // the head does ("các tổ chức chính trị")
            int least = k == from ? headEnd - from : 1;
            if (k > from && k < headEnd) {
                continue;
            }
            int member = memberAt(t, k);
            for (String s : lex.wordsStartingWith("kind", t.get(k).lower())) {
                int n = Tokens.matchLower(t, k, s);
                if (n >= least && n >= member && k + n <= to) {
                    return true;
                }
            }
        }
        return false;
    }

    boolean hasScope(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            // "của Thành phố", "nêu tại Điều 1": the unit the members belong to, the list that names them
            if (k + 1 < to && belongsTo(t, k) || listedInAt(t, k) > 0) {
                return true;
            }
            for (String s : lex.wordsStartingWith("scope", t.get(k).lower())) {
                int n = Tokens.matchLower(t, k, s);
                // "các cơ quan, đơn vị trực thuộc" says not whose they are: a relation needs its place or body
                if (n > 0 && (k + n < to || !lex.words("relation").contains(s))) {
                    return true;
                }
            }
        }
        // "Các cơ quan, ban, ngành huyện": a collective closed by its place.
        for (int k = Math.max(from, to - 3); k < to; k++) {
            if (unitAt(t, k) == to - k) {
                return true;
            }
        }
        return false;
    }
}
