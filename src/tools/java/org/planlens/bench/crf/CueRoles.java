package org.planlens.bench.crf;

import java.util.ArrayList;
import java.util.List;
import org.planlens.bench.crf.CrfTagger.Span;
import org.planlens.extract.agency.AgencyLexicon;
import org.planlens.extract.agency.AgencyLexicon.Cue;
import org.planlens.extract.agency.Tokens;
import org.planlens.extract.agency.Tokens.Token;
import org.planlens.model.Role;

/**
 * Roles for tagged mentions in one clause, from the cues of models/role-cues.tsv: the mentions before the clause's
 * first cue are its subject and take the role of the first subject cue not cancelled by its {@code unless} cue
 * printed before it; the mentions listed right after an object cue ("phối hợp với A, B") take that cue's role. A
 * plain reading of the same cue table the rules read (ClauseRoles), without their carrying of subjects across
 * clauses and section headings: the CRF supplies the mentions only.
 */
final class CueRoles {
    /** A mention and the role the clause gives it. */
    record Assignment(Span span, Role role) {}

    /** Tokens between an object cue and the first body it names ("phối hợp chặt chẽ với các"). */
    private static final int MAX_OBJECT_GAP = 4;

    private record Found(int first, int end, Cue cue) {}

    private final AgencyLexicon lex;

    CueRoles(AgencyLexicon lex) {
        this.lex = lex;
    }

    List<Assignment> read(String clause, int base, List<Span> mentions) {
        List<Token> t = Tokens.of(clause, base);
        List<Found> cues = cues(t, mentions);
        List<Assignment> out = new ArrayList<>();
        if (cues.isEmpty() || mentions.isEmpty()) {
            return out;
        }
        int firstCue = t.get(cues.get(0).first()).start();
        Role subjectRole = null;
        for (Found c : cues) {
            if (!c.cue().object() && !cancelled(t, c, cues)) {
                subjectRole = c.cue().role();
                break;
            }
        }
        for (Span m : mentions) {
            if (m.end() <= firstCue && subjectRole != null) {
                out.add(new Assignment(m, subjectRole));
            }
        }
        for (Found c : cues) {
            if (!c.cue().object()) {
                continue;
            }
            int gapEnd = c.end() + MAX_OBJECT_GAP < t.size()
                    ? t.get(c.end() + MAX_OBJECT_GAP).start()
                    : Integer.MAX_VALUE;
            int reach = gapEnd;
            for (Span m : mentions) {
                if (m.start() >= t.get(c.end() - 1).end() && m.start() <= reach) {
                    out.add(new Assignment(m, c.cue().role()));
                    reach = listedAfter(t, m.end());
                }
            }
        }
        return out;
    }

    /** Where the next listed member may start: after a comma, a semicolon, "và" or a dash following the mention. */
    private static int listedAfter(List<Token> t, int end) {
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).start() >= end) {
                String s = t.get(i).lower();
                boolean joins = s.equals(",") || s.equals(";") || s.equals("và") || s.equals("-");
                return joins ? (i + 1 < t.size() ? t.get(i + 1).start() : end) : end;
            }
        }
        return end;
    }

    private static boolean cancelled(List<Token> t, Found c, List<Found> cues) {
        String unless = c.cue().unlessAfter();
        return unless != null
                && cues.stream()
                        .anyMatch(o -> o.first() < c.first() && o.cue().phrase().equals(unless));
    }

    /** The cues printed in the clause outside the mentions ("Ban Chỉ đạo" holds no cue), in order. */
    private List<Found> cues(List<Token> t, List<Span> mentions) {
        List<Found> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            int at = t.get(i).start();
            if (mentions.stream().anyMatch(m -> at >= m.start() && at < m.end())) {
                continue;
            }
            for (Cue cue : lex.cuesStartingWith(t.get(i).lower())) {
                int n = Tokens.matchLower(t, i, cue.phrase());
                if (n > 0) {
                    out.add(new Found(i, i + n, cue));
                }
            }
        }
        return out;
    }
}
