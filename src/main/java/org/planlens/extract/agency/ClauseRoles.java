package org.planlens.extract.agency;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.planlens.extract.agency.MentionFinder.Found;
import org.planlens.extract.agency.Tokens.Token;
import org.planlens.model.Role;

/**
 * The roles one clause gives: the bodies it opens with (its subject, perhaps after "Giao"/"Đề nghị" or a
 * preamble ending in a comma) take the roles of the subject cues that follow; bodies named after an object cue
 * ("phối hợp với B") take that cue's role. A clause with no subject of its own gives its subject cues to the
 * bodies of the enclosing assignment (a numbered item of "Tổ chức thực hiện" headed by a body).
 */
public final class ClauseRoles {
    /** A body and one role it takes, at the place it is named. */
    public record Assignment(Found body, Role role) {}

    /** At most this many joining words between an object cue and its body. */
    private static final int MAX_OBJECT_GAP = 8;
    /** A role label ("Đơn vị chủ trì tham mưu thực hiện:") has at most this many words. */
    private static final int MAX_LABEL_WORDS = 10;

    private final AgencyLexicon lex;
    private final MentionFinder finder;
    /** The grammar words of {@code agency-scope.tsv}: "và", "các", and "được" before a task given to the subject. */
    private final String and;

    private final String plural;
    private final String passive;

    public ClauseRoles(AgencyLexicon lex, MentionFinder finder) {
        this.lex = lex;
        this.finder = finder;
        this.and = lex.word("and");
        this.plural = lex.word("plural");
        this.passive = lex.word("passive");
    }

    /** The bodies a clause opens with, or an empty list. */
    public List<Found> subject(String clause, int base) {
        List<Token> tokens = Tokens.of(clause, base);
        return subject(tokens, finder.find(clause, base, tokens));
    }

    /**
     * The bodies that do a clause's work: its subject, or the bodies the subject asks to act ("UBND Thành phố yêu cầu
     * các Sở, ban, ngành ... triển khai thực hiện; định kỳ báo cáo ...": the asked bodies report, too).
     */
    public List<Found> actors(String clause, int base) {
        List<Token> tokens = Tokens.of(clause, base);
        List<Found> all = finder.find(clause, base, tokens);
        List<Found> subject = subject(tokens, all);
        int asked = subject.isEmpty()
                ? -1
                : askEnd(tokens, subject.get(subject.size() - 1).end());
        return asked < 0 ? subject : askedBodies(tokens, asked, all);
    }

    private List<Found> askedBodies(List<Token> tokens, int asked, List<Found> all) {
        return objects(tokens, asked, all, Role.LEAD).stream()
                .map(Assignment::body)
                .toList();
    }

    /** The subject among the clause's bodies {@code found}, told from its {@code tokens}. */
    private List<Found> subject(List<Token> tokens, List<Found> found) {
        List<Found> group = new ArrayList<>();
        if (found.isEmpty()) {
            return group;
        }
        int first = 0;
        while (first < found.size() && !opensClause(tokens, found.get(first).from())) {
            first++;
        }
        int last = -1;
        for (Found f : found.subList(Math.min(first, found.size()), found.size())) {
            if (last >= 0 && !onlyJoiners(tokens, last, f.from())) {
                break;
            }
            if (!f.byRelevance()) {
                group.add(f);
            }
            last = f.end();
        }
        return group;
    }

    /**
     * Whether the text opens with a role label ("- Cơ quan chủ trì:", "Đơn vị phối hợp thực hiện:"): a few words
     * that name no body, start with a label word and hold a cue, then a colon.
     */
    public boolean labelled(String text) {
        return labelEnd(Tokens.of(text, 0)) >= 0;
    }

    /**
     * Where the bodies a role label lists give way to prose ("Cơ quan thực hiện: Sở Nội vụ chủ trì tham mưu ..."): the
     * offset in {@code text} of the first word after the label's colon that is no part of a body's name, or -1 when
     * the label lists bodies only (or there is no label).
     */
    public int labelProse(String text) {
        List<Token> tokens = Tokens.of(text, 0);
        int label = labelEnd(tokens);
        if (label < 0) {
            return -1;
        }
        int after = tokens.get(label).end();
        List<Found> listed = finder.find(text, 0, tokens).stream()
                .filter(f -> f.from() >= after)
                .toList();
        Set<String> gap = lex.words("objectgap");
        for (int i = label + 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || gap.contains(t.lower())) {
                continue;
            }
            if (listed.stream().noneMatch(f -> t.start() >= f.from() && t.end() <= f.end())) {
                return t.start();
            }
        }
        return -1;
    }

    /** The index of the colon that closes a role label at the start of the clause, or -1. */
    private int labelEnd(List<Token> tokens) {
        int first = 0;
        while (first < tokens.size()
                && (!tokens.get(first).isWord()
                        || Character.isDigit(tokens.get(first).text().charAt(0)))) {
            first++;
        }
        int colon = -1;
        for (int i = first; i < tokens.size() && i <= first + MAX_LABEL_WORDS; i++) {
            if (tokens.get(i).text().equals(":")) {
                colon = i;
                break;
            }
            if (!tokens.get(i).isWord()) {
                return -1;
            }
        }
        if (colon < 0 || labelRole(tokens, first, colon) == null) {
            return -1;
        }
        int start = first;
        boolean opens = lex.words("label").stream().anyMatch(w -> Tokens.matchLower(tokens, start, w) > 0);
        return opens ? colon : -1;
    }

    /** The role of the first cue among the label's words. */
    private Role labelRole(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            for (AgencyLexicon.Cue c : lex.cuesStartingWith(tokens.get(i).lower())) {
                int n = Tokens.matchLower(tokens, i, c.phrase());
                if (n > 0 && i + n <= to && !c.object()) {
                    return c.role();
                }
            }
        }
        return null;
    }

    public List<Assignment> read(String clause, int base, List<Found> defaults) {
        List<Token> tokens = Tokens.of(clause, base);
        int label = labelEnd(tokens);
        if (label >= 0) {
            // "Cơ quan thực hiện: Bộ Công an, Bộ Tư pháp và ...": the label's role goes to the bodies listed after it
            Role role = labelRole(tokens, 0, label);
            int after = tokens.get(label).end();
            List<Found> listed = finder.find(clause, base, tokens).stream()
                    .filter(f -> f.from() >= after)
                    .toList();
            return objects(tokens, after, listed, role);
        }
        List<Found> all = finder.find(clause, base, tokens);
        List<Found> subject = subject(tokens, all);
        int after = subject.isEmpty() ? base : subject.get(subject.size() - 1).end();
        List<Found> who = subject.isEmpty() ? defaults : subject;
        int asked = subject.isEmpty() ? -1 : askEnd(tokens, after);
        if (asked >= 0) {
            // "Chủ tịch UBND xã yêu cầu các cơ quan ... thực hiện": the asker does not do the work; "Bộ Nội vụ đề
            // nghị Ban Tuyên giáo ..., Bộ Văn hóa, Thể thao và Du lịch chỉ đạo ...": the bodies it asks do, with the
            // cues that follow them
            who = askedBodies(tokens, asked, all);
        }
        List<Assignment> out = new ArrayList<>();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<String> seen = new HashSet<>();
        // where the last cue used as a noun ended: "công tác tự kiểm tra, giám sát": the cues listed after a noun
        // series opener are nouns too ("chịu trách nhiệm trong rà soát, kiểm tra": after a preposition they are not)
        int nounEnd = -1;
        // where the last cue told as done ended: "đã tập trung chỉ đạo triển khai": the cue right after it is done too
        int doneEnd = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() < after) {
                continue;
            }
            int done = i == doneEnd || toldDone(tokens, i) ? cueLength(tokens, i) : 0;
            if (done > 0) {
                doneEnd = i + done;
                continue;
            }
            boolean listed = i > 0 && i - 1 == nounEnd && listJoiner(tokens.get(i - 1));
            if (nominal(tokens, i) || listed) {
                int n = cueLength(tokens, i);
                boolean series = listed
                        || lex.words("nounseries").contains(tokens.get(i - 1).lower());
                nounEnd = n > 0 && series ? i + n : nounEnd;
                continue;
            }
            for (AgencyLexicon.Cue c : lex.cuesStartingWith(tokens.get(i).lower())) {
                int n = Tokens.matchLower(tokens, i, c.phrase());
                if (n == 0) {
                    continue;
                }
                if (c.object()) {
                    out.addAll(objects(tokens, tokens.get(i + n - 1).end(), all, c.role()));
                } else if (c.unlessAfter() == null || !seen.contains(c.unlessAfter())) {
                    roles.add(c.role());
                }
                seen.add(c.phrase());
            }
        }
        for (Found f : who) {
            for (Role r : roles) {
                out.add(new Assignment(f, r));
            }
        }

        return out;
    }

    /** Bodies named right after an object cue, over joining words only ("phối hợp chặt chẽ với B và C"). */
    private List<Assignment> objects(List<Token> tokens, int from, List<Found> all, Role role) {
        List<Assignment> out = new ArrayList<>();
        Set<String> gap = lex.words("objectgap");
        int pos = from;
        for (Found f : all) {
            if (f.from() < from) {
                continue;
            }
            int words = 0;
            for (Token t : tokens) {
                if (t.start() >= pos && t.end() <= f.from() && t.isWord()) {
                    words++;
                    if (!gap.contains(t.lower())) {
                        return out;
                    }
                }
            }
            if (words > MAX_OBJECT_GAP) {
                return out;
            }
            if (!f.byRelevance()) {
                out.add(new Assignment(f, role));
            }
            pos = f.end();
        }
        return out;
    }

    /**
     * "Chủ tịch UBND xã yêu cầu các cơ quan ... thực hiện", "Bộ Chính trị, Ban Bí thư, ..., Thủ tướng Chính phủ yêu
     * cầu Bộ trưởng ...": an asking word after the subject and before any cue; where it ends, or -1.
     */
    private int askEnd(List<Token> tokens, int after) {
        Set<String> ask = lex.words("ask");
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() < after) {
                continue;
            }
            String w = tokens.get(i).lower();
            String two = i + 1 < tokens.size() ? w + " " + tokens.get(i + 1).lower() : w;
            // "theo chức năng, nhiệm vụ được giao theo dõi, đôn đốc": a task given to the subject, not by it
            boolean given = i > 0 && tokens.get(i - 1).lower().equals(passive);
            if (!given && ask.contains(two)) {
                return tokens.get(i + 1).end();
            }
            if (!given && ask.contains(w)) {
                return tokens.get(i).end();
            }
            if (isCue(tokens, i)) {
                return -1;
            }
        }
        return -1;
    }

    private boolean isCue(List<Token> tokens, int i) {
        return cueLength(tokens, i) > 0;
    }

    /** The tokens of the longest cue at {@code i}, or 0. */
    private int cueLength(List<Token> tokens, int i) {
        int best = 0;
        for (AgencyLexicon.Cue c : lex.cuesStartingWith(tokens.get(i).lower())) {
            best = Math.max(best, Tokens.matchLower(tokens, i, c.phrase()));
        }
        return best;
    }

    private boolean listJoiner(Token t) {
        return t.text().equals(",") || t.lower().equals(and);
    }

    /**
     * Whether the clause is only a list of bodies (with their posts, "và" and relevance words): part of a list
     * that semicolons split ("Giám đốc các sở, Trưởng các ban, ngành cấp tỉnh; Chủ tịch UBND các huyện ... chịu
     * trách nhiệm").
     */
    public boolean onlyBodies(String clause) {
        List<Token> tokens = Tokens.of(clause, 0);
        List<Found> found = finder.find(clause, 0, tokens);
        if (found.isEmpty()) {
            return false;
        }
        Set<String> gap = lex.words("objectgap");
        for (Token t : tokens) {
            if (!t.isWord() || gap.contains(t.lower())) {
                continue;
            }
            if (found.stream().noneMatch(f -> t.start() >= f.from() && t.end() <= f.end())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "báo cáo kết quả thực hiện về Sở Xây dựng, để tổng hợp báo cáo ...": the bodies the results go to, to compile
     * them; they follow up the plan (unless it is their own).
     */
    public List<Found> followers(String clause, int base) {
        List<Token> tokens = Tokens.of(clause, base);
        return finder.find(clause, base, tokens).stream()
                .filter(f -> !f.byRelevance() && followsUp(tokens, f))
                .toList();
    }

    private boolean followsUp(List<Token> tokens, Found f) {
        int after = 0;
        while (after < tokens.size() && tokens.get(after).start() < f.end()) {
            after++;
        }
        if (after < tokens.size() && tokens.get(after).text().equals(",")) {
            after++;
        }
        for (String p : after < tokens.size()
                ? lex.wordsStartingWith("followup", tokens.get(after).lower())
                : List.<String>of()) {
            if (Tokens.matchLower(tokens, after, p) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * "việc thực hiện", "sự phối hợp": a cue used as a noun gives no role; nor does one that reports work done
     * ("Đảng ủy thị trấn đã ban hành Công văn ...": a report's account, no work assigned).
     */
    private boolean nominal(List<Token> tokens, int i) {
        if (i == 0) {
            return false;
        }
        String before = tokens.get(i - 1).lower();
        return lex.words("nominal").contains(before) || lex.words("done").contains(before);
    }

    private int nextCue(List<Token> tokens, int from) {
        for (int i = from; i < tokens.size(); i++) {
            for (AgencyLexicon.Cue c : lex.cuesStartingWith(tokens.get(i).lower())) {
                if (Tokens.matchLower(tokens, i, c.phrase()) > 0) {
                    return tokens.get(i).start();
                }
            }
        }
        return Integer.MAX_VALUE;
    }

    /**
     * "Chính phủ ... đã tập trung chỉ đạo", "đã kịp thời chỉ đạo": "đã" before the cue with one stop word (an adverb
     * of manner) between reports the work as done.
     */
    private boolean toldDone(List<Token> tokens, int i) {
        Set<String> done = lex.words("done");
        Set<String> stop = lex.words("stop");
        boolean one = i >= 2
                && done.contains(tokens.get(i - 2).lower())
                && tokens.get(i - 1).isWord()
                && stop.contains(tokens.get(i - 1).lower());
        boolean two = i >= 3
                && done.contains(tokens.get(i - 3).lower())
                && tokens.get(i - 2).isWord()
                && tokens.get(i - 1).isWord()
                && stop.contains(
                        tokens.get(i - 2).lower() + " " + tokens.get(i - 1).lower());
        return one || two;
    }

    /** Nothing before the body but a bullet, a number, an assigning word, or a preamble closed by a comma. */
    private boolean opensClause(List<Token> tokens, int at) {
        List<Token> before = new ArrayList<>();
        for (Token t : tokens) {
            if (t.start() >= at) {
                break;
            }
            before.add(t);
        }
        if (before.stream().anyMatch(t -> t.text().equals("%"))) {
            // "100% các cơ quan hành chính hoàn thiện Đề án ...": a target counts bodies, it assigns no work
            return false;
        }
        while (!before.isEmpty()
                && (!before.get(0).isWord()
                        || Character.isDigit(before.get(0).text().charAt(0)))) {
            before.remove(0);
        }
        if (before.isEmpty() || ":".equals(before.get(before.size() - 1).text())) {
            // "...: Bộ Nội vụ nghiên cứu đề xuất": after a colon a new clause opens
            return true;
        }
        String words = String.join(" ", before.stream().map(Token::lower).toList());
        if (",".equals(before.get(before.size() - 1).text())) {
            // "Căn cứ kế hoạch của UBND huyện ..., UBND xã xây dựng": a preamble, then the subject.
            return lex.words("preamble").stream().anyMatch(p -> words.startsWith(p + " "));
        }
        return lex.words("assign").contains(words) || assignsAfterTopic(before);
    }

    /** "Về kiến nghị ...: đề nghị các Tập đoàn ...": after a topic closed by a colon, an assigning word opens. */
    private boolean assignsAfterTopic(List<Token> before) {
        int colon = -1;
        for (int k = 0; k < before.size(); k++) {
            if (":".equals(before.get(k).text())) {
                colon = k;
            }
        }
        if (colon < 0) {
            return false;
        }
        List<Token> rest = before.subList(colon + 1, before.size());
        return lex.words("assign")
                .contains(String.join(" ", rest.stream().map(Token::lower).toList()));
    }

    private boolean onlyJoiners(List<Token> tokens, int from, int to) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.start() >= from
                    && t.end() <= to
                    && t.isWord()
                    && !t.lower().equals(and)
                    && !t.lower().equals(plural)) {
                // "Thống đốc Ngân hàng Nhà nước Việt Nam, Chủ tịch Hội đồng quản trị, Tổng Giám đốc Ngân hàng Chính
                // sách xã hội": a post listed before a second post of the same body joins the list
                int post = postLength(tokens, i);
                if (post == 0
                        || i + post >= tokens.size()
                        || !tokens.get(i + post).text().equals(",")) {
                    return false;
                }
                i += post - 1;
            }
        }
        return true;
    }

    private int postLength(List<Token> tokens, int i) {
        for (AgencyLexicon.Title title : lex.titlesStartingWith(tokens.get(i).lower())) {
            int n = Tokens.matchLower(tokens, i, title.phrase());
            if (n > 0) {
                return n;
            }
        }
        return 0;
    }
}
