package org.planlens.bench.crf;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planlens.bench.crf.CrfTagger.Span;
import org.planlens.extract.agency.AgencyBook;
import org.planlens.extract.agency.AgencyKeys;
import org.planlens.extract.agency.AgencyLexicon;
import org.planlens.extract.agency.TableColumns;
import org.planlens.extract.agency.Tokens;
import org.planlens.model.Agency;
import org.planlens.model.Issuer;
import org.planlens.model.Mention;
import org.planlens.model.Role;
import org.planlens.rules.ModelData;

/**
 * Agencies of a plan from the CRF's mentions, through the rules' own merging ({@link AgencyBook}, {@link AgencyKeys})
 * and the role cues ({@link CueRoles}); table cells take their column's role ({@link TableColumns}, the tasks'
 * lead and coordinate cells). Also the two ways of joining the CRF to the rules: its bodies added from the clauses
 * where the rules found none, and the rules' prose bodies kept only where the CRF tags them too.
 */
final class CrfAgencies {
    /** A clause ends at a semicolon, or a full stop before a new sentence (as the rules cut clauses). */
    private static final Pattern CLAUSE_END =
            Pattern.compile(";|\\.(?=\\s+\\p{Lu})|\\.\\s*$", Pattern.UNICODE_CHARACTER_CLASS);

    /** One clause's mentions and the roles the cues give them. */
    private record Clause(int start, int end, List<CueRoles.Assignment> assignments) {}

    /** Below this mean probability of its tokens being in a mention, a rules' mention is vetoed (fixed a priori). */
    private static final double VETO_BELOW = 0.1;

    private final AgencyLexicon lex;
    private final PlanLines lines;
    private final CrfTagger crf;
    private final CueRoles roles;
    private final TableColumns tables;
    private final String plural;

    CrfAgencies(ModelData models, CrfTagger crf) {
        this.lex = new AgencyLexicon(models);
        this.lines = new PlanLines(models, lex);
        this.crf = crf;
        this.roles = new CueRoles(lex);
        this.tables = new TableColumns(lex);
        this.plural = lex.word("plural");
    }

    private boolean collective(String name) {
        return Tokens.lowerWords(name).startsWith(plural + " ");
    }

    private List<Clause> clauses(String text) {
        List<Clause> out = new ArrayList<>();
        for (PlanLines.Line line : lines.read(text)) {
            List<Span> spans = crf.tag(text, line.text(), line.start());
            Matcher m = CLAUSE_END.matcher(line.text());
            int from = 0;
            while (from < line.text().length()) {
                int to = m.find(from) ? m.end() : line.text().length();
                int s = line.start() + from;
                int e = line.start() + to;
                List<Span> in = spans.stream()
                        .filter(sp -> sp.start() >= s && sp.start() < e)
                        .toList();
                out.add(new Clause(s, e, roles.read(text.substring(s, e), s, in)));
                from = to;
            }
        }
        return out;
    }

    /** (b) The CRF alone: every body from its mentions. */
    List<Agency> alone(String text, Issuer issuer, JsonNode tasks) {
        AgencyBook book = new AgencyBook(new AgencyKeys(lex, issuer), issuer);
        for (Clause c : clauses(text)) {
            add(book, c.assignments());
        }
        for (TableColumns.Cell cell : tables.cells(text)) {
            fromCell(book, cell.text(), cell.role());
        }
        for (JsonNode t : tasks) {
            t.path("lead").forEach(n -> fromCell(book, n.asText(), Role.LEAD));
            t.path("coordinate").forEach(n -> fromCell(book, n.asText(), Role.COORDINATE));
        }
        return book.agencies();
    }

    private void fromCell(AgencyBook book, String cell, Role role) {
        for (Span s : crf.tag(cell, cell, 0)) {
            book.addFromTable(s.text(), collective(s.text()), role);
        }
    }

    private void add(AgencyBook book, List<CueRoles.Assignment> assignments) {
        for (CueRoles.Assignment a : assignments) {
            Span s = a.span();
            book.add(s.text(), collective(s.text()), a.role(), new Mention(s.start(), s.end(), null));
        }
    }

    /**
     * (c) add: the rules' bodies, and the CRF's from the clauses where no rule mention is: a body the rules already
     * have (same key) takes the new roles, another is added.
     */
    List<Agency> added(String text, Issuer issuer, List<Agency> rules) {
        AgencyKeys keys = new AgencyKeys(lex, issuer);
        AgencyBook book = new AgencyBook(keys, issuer);
        for (Clause c : clauses(text)) {
            boolean ruled = rules.stream()
                    .flatMap(a -> a.mentions().stream())
                    .anyMatch(m -> m.start() < c.end() && m.end() > c.start());
            if (!ruled) {
                add(book, c.assignments());
            }
        }
        Map<String, Agency> byKey = new LinkedHashMap<>();
        List<Agency> out = new ArrayList<>(rules);
        for (int i = 0; i < rules.size(); i++) {
            Agency a = rules.get(i);
            byKey.putIfAbsent(keys.key(a.name(), collective(a.name())), a);
            for (String alias : a.aliases()) {
                byKey.putIfAbsent(keys.key(alias, collective(alias)), a);
            }
        }
        for (Agency extra : book.agencies()) {
            Agency known = byKey.get(keys.key(extra.name(), collective(extra.name())));
            if (known == null) {
                out.add(new Agency(
                        "a" + (out.size() + 1),
                        extra.name(),
                        extra.aliases(),
                        extra.roles(),
                        List.of(),
                        extra.mentions()));
                continue;
            }
            List<Role> r = new ArrayList<>(known.roles());
            extra.roles().stream().filter(x -> !r.contains(x)).forEach(r::add);
            Agency merged = new Agency(
                    known.id(),
                    known.name(),
                    known.aliases(),
                    r.stream().sorted().toList(),
                    known.pillars(),
                    known.mentions());
            out.set(out.indexOf(known), merged);
            byKey.replaceAll((k, v) -> v == known ? merged : v);
        }
        return out;
    }

    /**
     * (c) veto: a rules' body named in the prose is dropped only where the CRF is sure none of its mentions names a
     * body: each mention's tokens average a probability of being in a mention under {@link #VETO_BELOW}.
     */
    List<Agency> vetoed(String text, List<Agency> rules) {
        List<int[]> tokens = new ArrayList<>();
        List<Double> probability = new ArrayList<>();
        for (PlanLines.Line line : lines.read(text)) {
            double[] p = crf.agencyProbabilities(line.text(), line.start());
            List<Tokens.Token> t = Tokens.of(line.text(), line.start());
            for (int i = 0; i < t.size(); i++) {
                tokens.add(new int[] {t.get(i).start(), t.get(i).end()});
                probability.add(p[i]);
            }
        }
        return rules.stream()
                .filter(a -> a.mentions().isEmpty()
                        || a.mentions().stream().anyMatch(m -> mean(tokens, probability, m) >= VETO_BELOW))
                .toList();
    }

    private static double mean(List<int[]> tokens, List<Double> probability, Mention m) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i)[0] >= m.start() && tokens.get(i)[1] <= m.end()) {
                sum += probability.get(i);
                n++;
            }
        }
        // a mention on a line the CRF does not read (a heading cut by the rules) is not vetoed
        return n == 0 ? 1 : sum / n;
    }

    /** (c) filter: a rules' body named in the prose is kept where the CRF tags one of its mentions; tables' stay. */
    List<Agency> filtered(String text, List<Agency> rules) {
        List<Span> tagged = new ArrayList<>();
        for (PlanLines.Line line : lines.read(text)) {
            tagged.addAll(crf.tag(text, line.text(), line.start()));
        }
        return rules.stream()
                .filter(a -> a.mentions().isEmpty()
                        || a.mentions().stream()
                                .anyMatch(
                                        m -> tagged.stream().anyMatch(s -> s.start() < m.end() && s.end() > m.start())))
                .toList();
    }
}
