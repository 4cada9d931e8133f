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

    private final AgencyLexicon lex;
    private final MentionFinder finder;

    public ClauseRoles(AgencyLexicon lex, MentionFinder finder) {
        this.lex = lex;
        this.finder = finder;
    }

    /** The bodies a clause opens with, or an empty list. */
    public List<Found> subject(String clause, int base) {
        List<Token> tokens = Tokens.of(clause, base);
        return subject(tokens, finder.find(clause, base, tokens));
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

    public List<Assignment> read(String clause, int base, List<Found> defaults) {
        List<Token> tokens = Tokens.of(clause, base);
        List<Found> all = finder.find(clause, base, tokens);
        List<Found> subject = subject(tokens, all);
        int after = subject.isEmpty() ? base : subject.get(subject.size() - 1).end();
        List<Found> who = subject.isEmpty() ? defaults : subject;
        if (!subject.isEmpty() && asksOthers(tokens, after)) {
            // "Chủ tịch UBND xã yêu cầu các cơ quan ... thực hiện": the asker does not do the work.
            who = List.of();
        }
        List<Assignment> out = new ArrayList<>();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() < after || nominal(tokens, i)) {
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

    private boolean asksOthers(List<Token> tokens, int after) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= after) {
                String w = tokens.get(i).lower();
                String two = i + 1 < tokens.size() ? w + " " + tokens.get(i + 1).lower() : w;
                return lex.words("ask").contains(w) || lex.words("ask").contains(two);
            }
        }
        return false;
    }

    /** "việc thực hiện", "sự phối hợp": a cue used as a noun gives no role. */
    private boolean nominal(List<Token> tokens, int i) {
        return i > 0 && lex.words("nominal").contains(tokens.get(i - 1).lower());
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

    /** Nothing before the body but a bullet, a number, an assigning word, or a preamble closed by a comma. */
    private boolean opensClause(List<Token> tokens, int at) {
        List<Token> before = new ArrayList<>();
        for (Token t : tokens) {
            if (t.start() >= at) {
                break;
            }
            before.add(t);
        }
        while (!before.isEmpty()
                && (!before.get(0).isWord()
                        || Character.isDigit(before.get(0).text().charAt(0)))) {
            before.remove(0);
        }
        if (before.isEmpty()) {
            return true;
        }
        String words = String.join(" ", before.stream().map(Token::lower).toList());
        if (",".equals(before.get(before.size() - 1).text())) {
            // "Căn cứ kế hoạch của UBND huyện ..., UBND xã xây dựng": a preamble, then the subject.
            return lex.words("preamble").stream().anyMatch(p -> words.startsWith(p + " "));
        }
        return lex.words("assign").contains(words);
    }

    private boolean onlyJoiners(List<Token> tokens, int from, int to) {
        for (Token t : tokens) {
            if (t.start() >= from && t.end() <= to && t.isWord() && !t.lower().equals("và")) {
                return false;
            }
        }
        return true;
    }
}
