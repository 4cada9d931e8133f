package org.planlens.extract.agency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.planlens.extract.agency.Tokens.Token;

/**
 * Names of bodies in a clause: an optional person's post ("Trưởng", dropped), then a whole name known to
 * {@link NameBook} ("Văn phòng Chính phủ"), or a head noun of {@code agency-kinds.tsv} and the name's words: a
 * known field ("Bộ Tài chính"; a closed head takes nothing else) and its unit and place, or, for other names, words
 * up to a stop word, a cue or a sign. Collectives ("các cơ quan, đơn vị thuộc huyện") run on over listed members
 * (posts before them dropped: "các Bộ, Thủ trưởng cơ quan ngang bộ") and their scope. A post with no body after it
 * may name a collective itself ("Bộ trưởng, Thủ trưởng cơ quan ngang bộ": the ministries and ministry-level bodies).
 */
public final class MentionFinder {
    /**
     * A body named at [start, end) of the text; {@code from} includes a post printed before it. {@code name} is the
     * text without the posts inside a collective, or the name a head and its listed fields spell ("Các Bộ: Tài
     * chính, Y tế" names "Bộ Tài chính" and "Bộ Y tế").
     */
    public record Found(int from, int start, int end, String name, boolean collective, boolean byRelevance) {}

    /** Where a name ends and which of its tokens are posts left out of it. */
    private record Extent(int end, List<int[]> skipped) {}

    private static final int MAX_LOWER_RUN = 4;
    /** A list of fields after "trong lĩnh vực" runs at most this many words. */
    private static final int MAX_FIELD_WORDS = 16;

    private static final Pattern ROMAN = Pattern.compile("[IVXLC]+");
    private final AgencyLexicon lex;
    private final NameBook names;

    /** The grammar words of {@code agency-scope.tsv}: "các", "và", "cấp", "của", "này". */
    private final String plural;

    private final String and;
    private final String level;
    private final String of;
    private final String self;
    private final KindList kinds;

    public MentionFinder(AgencyLexicon lex) {
        this.lex = lex;
        this.names = lex.names();
        this.plural = lex.word("plural");
        this.and = lex.word("and");
        this.level = lex.word("level");
        this.of = lex.word("of");
        this.self = lex.word("this");
        this.kinds = new KindList(lex);
    }

    public List<Found> find(String text, int base) {
        return find(text, base, Tokens.of(text, base));
    }

    /** As {@link #find(String, int)}, over the text's tokens already made ({@code Tokens.of(text, base)}). */
    List<Found> find(String text, int base, List<Token> t) {
        List<Found> out = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            List<Found> f = at(text, base, t, i);
            if (f.isEmpty()) {
                i++;
                continue;
            }
            out.addAll(f);
            int end = f.get(f.size() - 1).end();
            while (i < t.size() && t.get(i).start() < end) {
                i++;
            }
        }
        return out;
    }

    private List<Found> at(String text, int base, List<Token> t, int i) {
        AgencyLexicon.Title title = titleAt(t, i);
        int titleLen = title == null ? 0 : Tokens.matchLower(t, i, title.phrase());
        int whole = names.bodyAt(t, i);
        if (whole > 0 && personOf(t, i)) {
            return List.of();
        }
        if (whole > 0) {
            int end = i + whole + regionAt(t, i + whole);
            return List.of(found(text, base, t, i, i, end, List.of(), false, false));
        }
        // a head as long as the post is the post ("Bộ trưởng" is no "Bộ"; "Trưởng thôn" is a head)
        List<Found> f = headAt(text, base, t, i, i, titleLen);
        if (f.isEmpty() && titleLen > 0) {
            int j = i + titleLen;
            whole = names.bodyAt(t, j);
            if (whole > 0) {
                return List.of(found(text, base, t, i, j, j + whole, List.of(), false, false));
            }
            f = headAt(text, base, t, j, i, 0);
            // "Thủ trưởng các cơ quan chuyên môn thuộc UBND huyện": the heads of a collective
            if (f.isEmpty() && j + 1 < t.size() && t.get(j).lower().equals(plural)) {
                f = headAt(text, base, t, j + 1, i, 0);
            }
            if (f.isEmpty() && title.implies() != null) {
                f = implied(text, base, t, i, titleLen, title.implies());
            }
        }
        return f;
    }

    /** "Thủ tướng Chính phủ": a body's name after a post that is a person acting in it ({@code person}), no body. */
    private boolean personOf(List<Token> t, int i) {
        for (String p : lex.words("person")) {
            int n = p.split(" ").length;
            if (i >= n && Tokens.matchLower(t, i - n, p) == n) {
                return true;
            }
        }
        return false;
    }

    private AgencyLexicon.Title titleAt(List<Token> t, int i) {
        for (AgencyLexicon.Title title :
                i < t.size() ? lex.titlesStartingWith(t.get(i).lower()) : List.<AgencyLexicon.Title>of()) {
            if (Tokens.matchLower(t, i, title.phrase()) > 0) {
                return title;
            }
        }
        return null;
    }

    private int titleLength(List<Token> t, int i) {
        AgencyLexicon.Title title = titleAt(t, i);
        return title == null ? 0 : Tokens.matchLower(t, i, title.phrase());
    }

    private List<Found> headAt(String text, int base, List<Token> t, int i, int from, int minWords) {
        if (i >= t.size() || !t.get(i).isWord()) {
            return List.of();
        }
        int at = t.get(i).start() - base;
        if (at > 0 && "-/".indexOf(text.charAt(at - 1)) >= 0) {
            // "3611/QĐ-UBND": a document's symbol, not a body.
            return List.of();
        }
        boolean afterCac = i > 0 && t.get(i - 1).lower().equals(plural);
        boolean kindList = !afterCac && kinds.opens(t, i);
        for (String word : lex.wordsStartingWith("nothead", t.get(i).lower())) {
            if (Tokens.matchLower(t, i, word) > 0) {
                return List.of();
            }
        }
        List<AgencyLexicon.Head> heads = lex.headsStartingWith(t.get(i).lower());
        if (afterCac || kindList) {
            // "các Sở, ban, ngành": after "các" a head names a collective
            List<AgencyLexicon.Head> collectivesFirst = new ArrayList<>(heads);
            collectivesFirst.sort(Comparator.comparing((AgencyLexicon.Head h) -> !h.collective()));
            heads = collectivesFirst;
        }
        for (AgencyLexicon.Head h : heads) {
            if (h.words().size() <= minWords) {
                continue;
            }
            int n = Tokens.matchPrinted(t, i, h.words(), h.collective());
            if (n == 0 && !h.collective()) {
                // "văn phòng UBND huyện": a head in lower case, but followed by an abbreviation; "Trưởng phòng Nội
                // vụ": after a post, a head that takes a name ("người đứng đầu cấp ủy" names none)
                n = Tokens.matchPrinted(t, i, h.words(), true);
                boolean afterPost = from != i && h.named();
                if (n > 0 && !afterPost && !(i + n < t.size() && t.get(i + n).allCaps())) {
                    n = 0;
                }
            }
            if (n == 0 || h.collective() && !afterCac && !kindList) {
                continue;
            }
            List<Found> listed = fieldList(text, base, t, h, i, i + n, afterCac ? Math.min(from, i - 1) : from);
            if (!listed.isEmpty()) {
                return listed;
            }
            // "các Ủy ban của Quốc hội": a body's head after "các", with the body its members belong to, is a
            // collective
            boolean collective = h.collective() || afterCac && belongsTo(t, i + n);
            // "các Thuế cơ sở": "các" before a body's head is part of its name
            int start = afterCac ? i - 1 : i;
            if (h.collective() && h.named() && !qualified(t, i + n)) {
                // "các doanh nghiệp" alone is the public; "các doanh nghiệp viễn thông" a body
                continue;
            }
            Extent ext = extend(t, h, i, i + n, collective);
            if (ext == null || h.named() && ext.end() == i + n || h.proper() && !capitalisedWord(t, i + n, ext.end())) {
                continue;
            }
            int end = ext.end();
            List<Found> byName =
                    collective && phraseAt(t, i, "byname") > 0 ? namesListed(text, base, t, end) : List.of();
            if (!byName.isEmpty()) {
                Found first = byName.get(0);
                byName = new ArrayList<>(byName);
                byName.set(
                        0,
                        new Found(
                                t.get(Math.min(from, start)).start(),
                                first.start(),
                                first.end(),
                                first.name(),
                                false,
                                false));
                return byName;
            }
            boolean relevance = end < t.size() && startsRelevance(t, end);
            // "các Ban Xây dựng Đảng": a collective whose head a proper name follows is named by its kind
            boolean named = i + n < end && t.get(i + n).capitalised() && memberAt(t, i + n) == 0;
            boolean agency = !collective || named || hasScope(t, start, end) || hasKind(t, i, i + n, end);
            List<Integer> cuts = collective || !ext.skipped().isEmpty() ? List.of() : placeCuts(t, i + n, end);
            if (!cuts.isEmpty()) {
                return sharedHead(text, base, t, Math.min(from, start), start, end, cuts, relevance);
            }
            return List.of(found(
                    text, base, t, Math.min(from, start), start, end, ext.skipped(), collective, relevance || !agency));
        }
        return List.of();
    }

    /**
     * "các tập đoàn, tổng công ty: Điện lực Việt Nam, Bưu chính - Viễn thông Việt Nam, Viễn thông MobiFone huy động":
     * after the colon, names of bodies printed without a head, split by commas and "và"; each runs from a capitalised
     * word over capitalised words, dashes, and at most two lower-case syllables before the next capitalised word or
     * the comma that ends it. Two names at least, or none.
     */
    private List<Found> namesListed(String text, int base, List<Token> t, int colon) {
        List<Found> out = new ArrayList<>();
        if (colon >= t.size() || !t.get(colon).text().equals(":")) {
            return out;
        }
        int k = colon + 1;
        while (k < t.size() && t.get(k).isWord() && t.get(k).capitalised()) {
            int s = k;
            int end = k + 1;
            int j = k + 1;
            while (j < t.size()) {
                Token tok = t.get(j);
                if (tok.isWord() && tok.capitalised()) {
                    end = ++j;
                } else if (tok.text().equals("-")
                        && j + 1 < t.size()
                        && t.get(j + 1).capitalised()) {
                    j++;
                } else if (tok.isWord() && !tok.lower().equals(and) && j - end < 2) {
                    j++;
                } else {
                    break;
                }
            }
            if (j > end
                    && j < t.size()
                    && (t.get(j).text().equals(",") || t.get(j).lower().equals(and))) {
                // "Công nghiệp - Viễn thông Quân đội,": a name's last syllables in lower case, before the next name
                end = j;
            }
            // "các Tập đoàn: ..., Công nghiệp - Viễn thông Quân đội tổ chức": a known name runs to its own end
            end = Math.max(end, s + knownNameAt(t, s));
            out.add(found(text, base, t, s, s, end, List.of(), false, false));
            k = end;
            boolean joined = k + 1 < t.size()
                    && (t.get(k).text().equals(",") || t.get(k).lower().equals(and));
            if (!joined) {
                break;
            }
            k++;
        }
        return out.size() > 1 ? out : List.of();
    }

    /**
     * "Ủy ban nhân dân thành phố Hà Nội, thành phố Hồ Chí Minh ... và tỉnh Quảng Ninh": after a place named by its
     * unit and a proper name, each comma or "và" followed by another unit and proper name starts the next body, the
     * head shared (a place's body named by the place as printed). The indices of those commas and "và", or none.
     */
    private List<Integer> placeCuts(List<Token> t, int from, int end) {
        List<Integer> cuts = new ArrayList<>();
        boolean placed = false;
        for (int k = from; k < end; k++) {
            int unit = unitAt(t, k);
            boolean place = unit > 0 && k + unit < end && t.get(k + unit).capitalised();
            boolean joins = t.get(k).text().equals(",") || t.get(k).lower().equals(and);
            if (joins && placed && k + 1 < end) {
                int next = unitAt(t, k + 1);
                if (next > 0 && k + 1 + next < end && t.get(k + 1 + next).capitalised()) {
                    cuts.add(k);
                }
            }
            placed = placed || place;
        }
        return cuts;
    }

    private List<Found> sharedHead(
            String text, int base, List<Token> t, int from, int start, int end, List<Integer> cuts, boolean relevance) {
        List<Found> out = new ArrayList<>();
        int s = start;
        int f = from;
        for (int cut : cuts) {
            out.add(found(text, base, t, f, s, cut, List.of(), false, false));
            s = cut + 1;
            f = s;
        }
        out.add(found(text, base, t, f, s, end, List.of(), false, relevance));
        return out;
    }

    private static Found found(
            String text,
            int base,
            List<Token> t,
            int from,
            int start,
            int end,
            List<int[]> skipped,
            boolean collective,
            boolean byRelevance) {
        int s = t.get(start).start();
        int e = t.get(end - 1).end();
        StringBuilder name = new StringBuilder();
        int pos = s;
        for (int[] skip : skipped) {
            name.append(text, pos - base, t.get(skip[0]).start() - base).append(' ');
            pos = t.get(skip[1]).start();
        }
        name.append(text, pos - base, e - base);
        String printed = name.toString().replaceAll("\\s+", " ").strip();
        return new Found(t.get(from).start(), s, e, printed, collective, byRelevance);
    }

    /** "Các Bộ: Tài chính, Y tế, Tư pháp": a head, a colon, then fields known for it: one body a field. */
    private List<Found> fieldList(String text, int base, List<Token> t, AgencyLexicon.Head h, int i, int j, int from) {
        if (j >= t.size() || !t.get(j).text().equals(":")) {
            return List.of();
        }
        List<Found> out = new ArrayList<>();
        int k = j + 1;
        while (k < t.size()) {
            int n = names.fieldAt(t, k, h.lower());
            if (n == 0) {
                break;
            }
            String field =
                    text.substring(t.get(k).start() - base, t.get(k + n - 1).end() - base);
            String head =
                    Character.toUpperCase(h.printed().charAt(0)) + h.printed().substring(1);
            out.add(new Found(
                    t.get(out.isEmpty() ? Math.min(from, i) : k).start(),
                    t.get(k).start(),
                    t.get(k + n - 1).end(),
                    head + " " + field,
                    false,
                    false));
            k += n;
            if (k + 1 < t.size()
                    && (t.get(k).text().equals(",") || t.get(k).lower().equals(and))) {
                k++;
            } else {
                break;
            }
        }
        return out.size() > 1 ? out : List.of();
    }

    /**
     * "Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ": a post with no body after
     * it names its collective ("bộ"), and the posts that follow in the series add their members.
     */
    private List<Found> implied(String text, int base, List<Token> t, int i, int titleLen, String implies) {
        StringBuilder name = new StringBuilder(plural + " ").append(implies);
        int j = i + titleLen;
        int end = j;
        while (j + 1 < t.size() && t.get(j).text().equals(",")) {
            int k = j + 1 + titleLength(t, j + 1);
            if (k < t.size() && t.get(k).lower().equals(plural)) {
                k++;
            }
            int m = memberAt(t, k);
            if (m == 0) {
                break;
            }
            name.append(", ")
                    .append(text, t.get(k).start() - base, t.get(k + m - 1).end() - base);
            j = k + m;
            end = j;
        }
        if (end == i + titleLen) {
            return List.of();
        }
        int from = i > 0 && t.get(i - 1).lower().equals(plural) ? i - 1 : i;
        return List.of(new Found(
                t.get(from).start(), t.get(from).start(), t.get(end - 1).end(), name.toString(), true, false));
    }

    private static boolean capitalisedWord(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.get(k).isWord() && t.get(k).capitalised()) {
                return true;
            }
        }
        return false;
    }

    /** A word right after a collective's head that qualifies it ("viễn thông"), not a sign, a stop or a cue. */
    private boolean qualified(List<Token> t, int j) {
        return j < t.size() && t.get(j).isWord() && !isStop(t, j, false) && !startsRelevance(t, j);
    }

    /**
     * "ứng dụng Công nghệ cao Phú Yên": a stop word that is no cue, a few plain words (no stop, cue, unit or head) and
     * a place's two-word name closing the name; where that name ends, or 0.
     */
    private int placeAfterStop(List<Token> t, int j) {
        if (!lex.cuesStartingWith(t.get(j).lower()).isEmpty() || t.get(j).capitalised()) {
            return 0;
        }
        int k = j + Math.max(1, phraseAt(t, j, "stop"));
        for (int plain = 0; plain <= MAX_LOWER_RUN && k < t.size(); plain++, k++) {
            int place = plain > 0 ? placeName(t, k) : 0;
            if (place > 0 && (k + place >= t.size() || !t.get(k + place).capitalised())) {
                return k + place;
            }
            Token tok = t.get(k);
            boolean word = tok.isWord()
                    && !opensBody(t, k)
                    && (tok.capitalised() || !isStop(t, k, false))
                    && unitAt(t, k) == 0
                    && !tok.lower().equals(and)
                    && !tok.lower().equals(plural);
            if (!word) {
                return 0;
            }
        }
        return 0;
    }

    /**
     * A place's proper name at {@code j}: two capitalised words, neither opening a body or ending a name ("Cần Thơ",
     * "Phú Yên"; a person's name has more: "Bộ Nội vụ Phạm Thị Thanh Trà"); its length in tokens, or 0.
     */
    private int placeName(List<Token> t, int j) {
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
    private int regionAt(List<Token> t, int j) {
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
    private int memberAt(List<Token> t, int j) {
        int best = 0;
        for (String m : j < t.size() ? lex.wordsStartingWith("member", t.get(j).lower()) : List.<String>of()) {
            best = Math.max(best, Tokens.matchLower(t, j, m));
        }
        return best;
    }

    /** Tokens of an administrative unit at {@code j} ("huyện", "thành phố", "cấp tỉnh"), or 0. */
    private int unitAt(List<Token> t, int j) {
        int cap = j < t.size() && t.get(j).lower().equals(level) ? 1 : 0;
        int best = 0;
        for (String u : j + cap < t.size()
                ? lex.wordsStartingWith("unit", t.get(j + cap).lower())
                : List.<String>of()) {
            best = Math.max(best, Tokens.matchLower(t, j + cap, u));
        }
        return best == 0 ? 0 : best + cap;
    }

    /** Where the name ends, or null when its head takes only a known field and none follows. */
    private Extent extend(List<Token> t, AgencyLexicon.Head h, int head, int j, boolean collective) {
        List<int[]> skipped = new ArrayList<>();
        int field = collective ? 0 : names.fieldAt(t, j, h.lower());
        if (h.closed() && field == 0) {
            return null;
        }
        // a known field is the whole name but for its unit and place ("Sở Tài chính tỉnh Nghệ An")
        boolean afterField = field > 0;
        j += field;
        int first = j;
        int end = j;
        int lowerRun = 0;
        boolean afterDash = false;
        boolean afterUnit = false;
        while (j < t.size()) {
            Token tok = t.get(j);
            if (!tok.isWord()) {
                String s = tok.text();
                int alternative = s.equals("/") && end == j ? alternativeAt(t, h, j + 1) : 0;
                if (alternative > 0) {
                    // "Sở Văn hóa, Thể thao và Du lịch/Sở Văn hóa và Thể thao": one body, named as each province
                    // names it
                    j += 1 + alternative;
                    end = j;
                    afterField = true;
                    afterUnit = false;
                    continue;
                }
                boolean joiner = !afterField && (s.equals("-") || s.equals("–") || s.equals("&"));
                boolean comma = s.equals(",") && j + 1 < t.size();
                // "các doanh nghiệp viễn thông, các doanh nghiệp công nghệ": "các" after a comma opens the next
                // collective
                boolean nextCollective =
                        collective && comma && t.get(j + 1).lower().equals(plural);
                // "các tổ chức chính trị xã hội, Hội Chữ thập đỏ Việt Nam": a member's head with a proper name after
                // the comma is the next body
                boolean namedBody = collective
                        && opensBody(t, j + 1)
                        && j + 2 < t.size()
                        && t.get(j + 2).capitalised();
                boolean listComma = comma && !nextCollective && !namedBody && listMember(t, j + 1, collective);
                int post = 0;
                if (comma && collective && !listComma) {
                    // "các Bộ, Thủ trưởng cơ quan ngang bộ": a post before the next member is left out; a post
                    // before "các" opens another collective ("Giám đốc các sở, Trưởng các ban, ngành")
                    post = titleLength(t, j + 1);
                    listComma = post > 0 && memberAt(t, j + 1 + post) > 0;
                    // "Các cơ quan, ban, ngành, thuộc huyện": a comma before the scope
                    listComma = listComma || scopeAt(t, j + 1, true) > 0;
                }
                boolean seriesComma = comma && !collective && !afterField && seriesInName(t, j + 1);
                if ((joiner || listComma || seriesComma)
                        && j + 1 < t.size()
                        && t.get(j + 1).isWord()) {
                    afterDash = joiner;
                    afterUnit = false;
                    afterField = false;
                    lowerRun = listComma ? 0 : lowerRun;
                    if (post > 0) {
                        skipped.add(new int[] {j + 1, j + 1 + post});
                    }
                    j += 1 + post;
                    int member = listComma && collective ? memberAt(t, j) : 0;
                    if (member > 0) {
                        // a listed member's words are no run of plain words ("cơ quan hành chính khác")
                        j += member;
                        end = j;
                    }
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
            if (afterField) {
                int unit = unitAt(t, j);
                if (unit == 0) {
                    // "Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ": a place's name right after the field
                    end = j + placeName(t, j);
                    break;
                }
                afterField = false;
                afterUnit = true;
                j += unit;
                end = j;
                continue;
            }
            if (startsRelevance(t, j)) {
                break;
            }
            int listed = listedInAt(t, j);
            if (listed > 0) {
                j += listed;
                end = j;
                lowerRun = 0;
                afterUnit = false;
                continue;
            }
            int scoped = scopeAt(t, j, collective);
            if (scoped > 0) {
                boolean fields = phraseAt(t, j, "fields") > 0;
                j += scoped;
                // "các cơ quan trực thuộc Bộ Văn hóa, Thể thao và Du lịch": a known name after the scope is whole
                j += knownNameAt(t, j);
                if (fields) {
                    j = fieldsEnd(t, j);
                }
                end = j;
                lowerRun = 0;
                afterUnit = false;
                continue;
            }
            // right after the head a document's kind is the body's field ("Sở Kế hoạch và Đầu tư")
            if (isStop(t, j, j > first) || startsRelevance(t, j)) {
                int place = collective ? 0 : placeAfterStop(t, j);
                if (place > 0) {
                    // "Ban quản lý Khu nông nghiệp ứng dụng công nghệ cao Phú Yên": the stop is a word of the name
                    j = place;
                    end = j;
                    lowerRun = 0;
                    afterUnit = false;
                    continue;
                }
                break;
            }
            if (tok.lower().equals(and) && titleLength(t, j + 1) > 0) {
                // "UBND các huyện và Thủ trưởng các cơ quan": the post opens the next body
                break;
            }
            // "Hội Nông dân xã và Hội Liên hiệp Phụ nữ xã": "và" and a new head start a second body; only a joint
            // office's name spans them ("Văn phòng HĐND huyện và UBND huyện")
            if (tok.lower().equals(and) && !collective && opensBody(t, j + 1) && !jointHead(t, head)) {
                break;
            }
            if (tok.lower().equals(and) && collective && relationAt(t, j + 1)) {
                // "các cơ quan, đơn vị thuộc và trực thuộc Bộ"
                j++;
                continue;
            }
            if (tok.lower().equals(and) || tok.lower().equals(plural)) {
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
            int unit = tok.capitalised() ? 0 : unitAt(t, j);
            // a unit of several words is one however it is written ("Trung ương"); one capitalised word may be a
            // field's ("Xã hội" in "Lao động - Thương binh và Xã hội")
            int wide = tok.capitalised() ? unitAt(t, j) : unit;
            if (wide > 1) {
                // "thành phố", "thị trấn", "trung ương": a unit of several words closes the name as one does
                j += wide;
                end = j;
                afterUnit = true;
                lowerRun = 0;
                continue;
            }
            int region = regionAt(t, j);
            if (region > 0) {
                j += region;
                end = j;
                lowerRun = 0;
                afterUnit = false;
                continue;
            }
            boolean digit = Character.isDigit(tok.text().charAt(0));
            if (tok.capitalised() || digit && afterUnit) {
                lowerRun = 0;
            } else if (digit || afterUnit || unit == 0 && ++lowerRun > MAX_LOWER_RUN) {
                break;
            }
            // "Xã hội" in "Lao động - Thương binh và Xã hội" is a field, not the unit that closes a name
            afterUnit = unit > 0;
            j++;
            end = j;
        }
        return new Extent(end, skipped);
    }

    /** A whole known name at {@code j} ("Văn phòng Chính phủ", "Bộ" + a field of it), in tokens, or 0. */
    private int knownNameAt(List<Token> t, int j) {
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
    private int alternativeAt(List<Token> t, AgencyLexicon.Head h, int j) {
        int n = Tokens.matchPrinted(t, j, h.words(), false);
        if (n == 0) {
            return 0;
        }
        int field = names.fieldAt(t, j + n, h.lower());
        return field > 0 ? n + field : 0;
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
                    && !tok.lower().equals(and)
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
                && t.get(k).lower().equals(and)
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

    private boolean listMember(List<Token> t, int j, boolean collective) {
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
    private int scopeAt(List<Token> t, int j, boolean collective) {
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
    private int phraseAt(List<Token> t, int j, String kind) {
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
    private int listedInAt(List<Token> t, int j) {
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

    /**
     * "các doanh nghiệp hoạt động trong lĩnh vực xây dựng, giao thông, vận tải và công nghệ thông tin trên địa bàn
     * tỉnh": after a field scope, the fields it lists (their words are no verbs here) up to a word that ends them.
     */
    private int fieldsEnd(List<Token> t, int j) {
        int end = j;
        int words = 0;
        while (j < t.size() && words < MAX_FIELD_WORDS) {
            Token tok = t.get(j);
            if (tok.text().equals(",")
                    && end == j
                    && j + 1 < t.size()
                    && t.get(j + 1).isWord()) {
                j++;
                continue;
            }
            if (!tok.isWord() || scopeAt(t, j, false) > 0 || startsRelevance(t, j) || phraseAt(t, j, "fieldend") > 0) {
                break;
            }
            words++;
            j++;
            end = j;
        }
        return end;
    }

    /** "của" and the body or the administrative unit after it. */
    private boolean belongsTo(List<Token> t, int j) {
        // "các Ủy ban của Quốc hội": a capitalised name after "của" is the body the members belong to
        return j + 1 < t.size()
                && t.get(j).lower().equals(of)
                && (opensBody(t, j + 1) || unitAt(t, j + 1) > 0 || t.get(j + 1).capitalised());
    }

    private boolean relationAt(List<Token> t, int j) {
        return j < t.size()
                && lex.wordsStartingWith("scope", t.get(j).lower()).stream()
                        .anyMatch(r -> lex.words("relation").contains(r) && Tokens.matchLower(t, j, r) > 0);
    }

    private boolean startsRelevance(List<Token> t, int j) {
        return j < t.size()
                && lex.wordsStartingWith("relevance", t.get(j).lower()).stream()
                        .anyMatch(r -> Tokens.matchLower(t, j, r) > 0);
    }

    /**
     * A member named by its kind ("các sở, ban, ngành", "các bộ"), not only by the generic nouns: the longest member
     * or kind phrase at a word is a kind ("bộ phận" is a member, not the kind "bộ").
     */
    private boolean hasKind(List<Token> t, int from, int headEnd, int to) {
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

    private boolean hasScope(List<Token> t, int from, int to) {
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
