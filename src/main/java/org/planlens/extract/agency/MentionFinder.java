package org.planlens.extract.agency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.planlens.extract.agency.Tokens.Token;

/**
 * Names of bodies in a clause: an optional person's post ("Trưởng", dropped), then a whole name known to
 * {@link NameBook} ("Văn phòng Chính phủ"), or a head noun of {@code agency-kinds.tsv} and the name's words: a
 * known field ("Bộ Tài chính"; a closed head takes nothing else) and its unit and place, or, for other names, words
 * up to a stop word, a cue or a sign. Collectives ("các cơ quan, đơn vị thuộc huyện") run on over listed members
 * (posts before them dropped: "các Bộ, Thủ trưởng cơ quan ngang bộ") and their scope. A post with no body after it
 * may name a collective itself ("Bộ trưởng, Thủ trưởng cơ quan ngang bộ": the ministries and ministry-level bodies).
 * This class finds where names open and what they are; {@link NameParts} reads what stands at a token, {@link
 * NameExtent} where a name ends, {@link ListedBodies} the bodies a list names under one head.
 */
public final class MentionFinder {
    /**
     * A body named at [start, end) of the text; {@code from} includes a post printed before it. {@code name} is the
     * text without the posts inside a collective, or the name a head and its listed fields spell ("Các Bộ: Tài
     * chính, Y tế" names "Bộ Tài chính" and "Bộ Y tế").
     */
    public record Found(int from, int start, int end, String name, boolean collective, boolean byRelevance) {
        /**
         * The body at tokens [start, end) of {@code t}, its post from token {@code from}; its name the text printed
         * there without the tokens {@code skipped} (pairs of start and end token), white space made single.
         */
        static Found of(
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
    }

    private final AgencyLexicon lex;
    private final NameBook names;
    private final NameParts parts;
    private final NameExtent extent;
    private final ListedBodies lists;
    private final KindList kinds;

    public MentionFinder(AgencyLexicon lex) {
        this.lex = lex;
        this.names = lex.names();
        this.parts = new NameParts(lex);
        this.extent = new NameExtent(lex, parts);
        this.lists = new ListedBodies(names, parts);
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
        AgencyLexicon.Title title = parts.titleAt(t, i);
        int titleLen = title == null ? 0 : Tokens.matchLower(t, i, title.phrase());
        int whole = names.bodyAt(t, i);
        if (whole > 0 && parts.personOf(t, i)) {
            return List.of();
        }
        if (whole > 0) {
            int end = i + whole + parts.regionAt(t, i + whole);
            return List.of(Found.of(text, base, t, i, i, end, List.of(), false, false));
        }
        // a head as long as the post is the post ("Bộ trưởng" is no "Bộ"; "Trưởng thôn" is a head)
        List<Found> f = headAt(text, base, t, i, i, titleLen);
        if (f.isEmpty() && titleLen > 0) {
            int j = i + titleLen;
            whole = names.bodyAt(t, j);
            if (whole > 0) {
                return List.of(Found.of(text, base, t, i, j, j + whole, List.of(), false, false));
            }
            f = headAt(text, base, t, j, i, 0);
            // "Thủ trưởng các cơ quan chuyên môn thuộc UBND huyện": the heads of a collective
            if (f.isEmpty() && j + 1 < t.size() && t.get(j).lower().equals(parts.plural())) {
                f = headAt(text, base, t, j + 1, i, 0);
            }
            if (f.isEmpty() && title.implies() != null) {
                f = lists.implied(text, base, t, i, titleLen, title.implies());
            }
        }
        return f;
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
        boolean afterCac = i > 0 && t.get(i - 1).lower().equals(parts.plural());
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
            List<Found> listed = lists.fieldList(text, base, t, h, i, i + n, afterCac ? Math.min(from, i - 1) : from);
            if (!listed.isEmpty()) {
                return listed;
            }
            // "các Ủy ban của Quốc hội": a body's head after "các", with the body its members belong to, is a
            // collective
            boolean collective = h.collective() || afterCac && parts.belongsTo(t, i + n);
            // "các Thuế cơ sở": "các" before a body's head is part of its name
            int start = afterCac ? i - 1 : i;
            if (h.collective() && h.named() && !parts.qualified(t, i + n)) {
                // "các doanh nghiệp" alone is the public; "các doanh nghiệp viễn thông" a body
                continue;
            }
            NameExtent.Extent ext = extent.extend(t, h, i, i + n, collective);
            if (ext == null
                    || h.named() && ext.end() == i + n
                    || h.proper() && !parts.capitalisedWord(t, i + n, ext.end())) {
                continue;
            }
            int end = ext.end();
            List<Found> byName = collective && parts.phraseAt(t, i, "byname") > 0
                    ? lists.namesListed(text, base, t, end)
                    : List.of();
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
            boolean relevance = end < t.size() && parts.startsRelevance(t, end);
            // "các Ban Xây dựng Đảng": a collective whose head a proper name follows is named by its kind
            boolean named = i + n < end && t.get(i + n).capitalised() && parts.memberAt(t, i + n) == 0;
            boolean agency = !collective || named || parts.hasScope(t, start, end) || parts.hasKind(t, i, i + n, end);
            List<Integer> cuts = collective || !ext.skipped().isEmpty() ? List.of() : lists.placeCuts(t, i + n, end);
            if (!cuts.isEmpty()) {
                return lists.sharedHead(text, base, t, Math.min(from, start), start, end, cuts, relevance);
            }
            return List.of(Found.of(
                    text, base, t, Math.min(from, start), start, end, ext.skipped(), collective, relevance || !agency));
        }
        return List.of();
    }
}
