package org.planlens.extract.agency;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.planlens.extract.agency.MentionFinder.Found;
import org.planlens.extract.agency.Tokens.Token;
import org.planlens.extract.patterns.TaggedTokenRules;
import org.planlens.rules.ModelData;

/**
 * Names of bodies found by the TokensRegex rules of {@code models/agency-mentions.rules} over tokens tagged from the
 * gazetteers (the word lists {@link MentionFinder} reads): the same {@link Found}s, for comparing the two ways of
 * finding them on the real dev set.
 */
public final class RuleMentionFinder implements Mentions {
    private final AgencyLexicon lex;
    private final NameBook names;
    private final TaggedTokenRules rules;

    public RuleMentionFinder(AgencyLexicon lex, ModelData models) {
        this.lex = lex;
        this.names = lex.names();
        this.rules = new TaggedTokenRules(models, "agency-mentions.rules");
    }

    @Override
    public List<Found> find(String text, int base, List<Token> t) {
        List<Found> out = new ArrayList<>();
        if (t.isEmpty()) {
            return out;
        }
        String[] ner = new String[t.size()];
        String[] tag = new String[t.size()];
        tag(t, ner, tag);
        List<TaggedTokenRules.Token> tagged = new ArrayList<>(t.size());
        for (int i = 0; i < t.size(); i++) {
            Token k = t.get(i);
            tagged.add(new TaggedTokenRules.Token(k.text(), k.start() - base, k.end() - base, ner[i], tag[i]));
        }
        int postStart = -1;
        int postEnd = -1;
        for (TaggedTokenRules.Match m : rules.find(text, tagged)) {
            if ("post".equals(m.result())) {
                postStart = m.first();
                postEnd = m.end();
                continue;
            }
            if (!out.isEmpty()
                    && t.get(m.first()).start() < out.get(out.size() - 1).end()) {
                continue;
            }
            int first = m.first();
            int end = m.end();
            boolean collective = "collective".equals(m.result());
            if ("open".equals(m.result()) && (onlyNamedHead(t, ner, first, end) || properWanted(t, first, end))) {
                continue;
            }
            int from = postEnd == first ? postStart : first;
            StringBuilder name = new StringBuilder();
            for (int k = first; k < end; k++) {
                if (collective && ner[k].startsWith("POST")) {
                    continue;
                }
                if (!name.isEmpty() && t.get(k).start() > t.get(k - 1).end()) {
                    name.append(' ');
                }
                name.append(t.get(k).text());
            }
            boolean relevance = end < t.size() && "REL".equals(tag[end]);
            boolean agency = !collective || placed(t, ner, tag, first, end) || kind(t, first, end);
            out.add(new Found(
                    t.get(from).start(),
                    t.get(first).start(),
                    t.get(end - 1).end(),
                    name.toString(),
                    collective,
                    relevance || !agency));
        }
        return out;
    }

    /** A head that needs a proper name ("Cơ quan Thuế") followed only by words in lower case. */
    private boolean properWanted(List<Token> t, int first, int end) {
        for (AgencyLexicon.Head h : lex.headsStartingWith(t.get(first).lower())) {
            int n = Tokens.matchPrinted(t, first, h.words(), false);
            if (n > 0) {
                if (!h.proper()) {
                    return false;
                }
                for (int k = first + n; k < end; k++) {
                    if (t.get(k).isWord() && t.get(k).capitalised()) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    private boolean onlyNamedHead(List<Token> t, String[] ner, int first, int end) {
        for (AgencyLexicon.Head h : lex.headsStartingWith(t.get(first).lower())) {
            if (h.words().size() == end - first && h.named() && Tokens.matchPrinted(t, first, h.words(), true) > 0) {
                return true;
            }
        }
        return false;
    }

    private boolean placed(List<Token> t, String[] ner, String[] tag, int first, int end) {
        for (int k = first; k < end; k++) {
            if ("SCOPE".equals(tag[k])
                    && (k + 1 < end && !"SCOPE".equals(tag[k + 1])
                            || !lex.words("relation").contains(t.get(k).lower()))) {
                return true;
            }
        }
        return ner[end - 1].startsWith("UNIT");
    }

    private boolean kind(List<Token> t, int first, int end) {
        for (int k = first; k < end; k++) {
            for (String s : lex.wordsStartingWith("kind", t.get(k).lower())) {
                int n = Tokens.matchLower(t, k, s);
                if (n > 0 && k + n <= end && (k + n == end || !t.get(k + n).isWord())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The gazetteer classes ({@code ner} and {@code tag}, see agency-mentions.rules) of each token. */
    public String[][] classes(List<Token> t) {
        String[] ner = new String[t.size()];
        String[] tag = new String[t.size()];
        tag(t, ner, tag);
        return new String[][] {ner, tag};
    }

    /** The gazetteer classes of each token (see agency-mentions.rules). */
    private void tag(List<Token> t, String[] ner, String[] tag) {
        Arrays.fill(ner, "O");
        Arrays.fill(tag, "O");
        int i = 0;
        while (i < t.size()) {
            int n = names.bodyAt(t, i);
            String cls = "BODY";
            boolean afterHead = i > 0 && ner[i - 1].startsWith("HEAD");
            if (n == 0 && afterHead && (n = anyField(t, i)) > 0) {
                // "Bộ Công an": after a head, a field before another head
                cls = "FIELD";
            }
            if (n == 0) {
                int title = titleLength(t, i);
                int[] head = nothead(t, i) ? new int[] {0, 0} : head(t, i);
                int member = longest(t, i, "member");
                if (member > head[0] && member > title) {
                    head = new int[] {0, 0};
                    title = 0;
                }
                if (title > 0 && title >= head[0]) {
                    n = title;
                    cls = "POST";
                } else if (head[0] > 0) {
                    n = head[0];
                    cls = head[1] == 1 ? "HEADX" : head[1] == 2 ? "HEADL" : head[1] == 3 ? "HEADP" : "HEAD";
                } else if ((n = anyField(t, i)) > 0) {
                    cls = "FIELD";
                } else if ((n = unit(t, i)) > 0) {
                    cls = "UNIT";
                } else if ((n = longest(t, i, "member")) > 0) {
                    cls = "MEMBER";
                }
            }
            if (n == 0) {
                i++;
                continue;
            }
            for (int k = i; k < i + n; k++) {
                ner[k] = cls + (k == i ? "_B" : "_I");
            }
            i += n;
        }
        for (int k = 0; k < t.size(); k++) {
            String w = t.get(k).lower();
            if (w.equals("các")) {
                tag[k] = "CAC";
            } else if (w.equals("và")) {
                tag[k] = "VA";
            }
        }
        mark(t, tag, "relevance", "REL");
        mark(t, tag, "scope", "SCOPE");
        for (int k = 0; k < t.size(); k++) {
            if (!"O".equals(tag[k]) || !t.get(k).isWord()) {
                continue;
            }
            boolean restart = k > 0 && t.get(k - 1).isWord() && !t.get(k - 1).capitalised();
            if (t.get(k).capitalised() && !restart) {
                continue;
            }
            int n = Math.max(longest(t, k, "stop"), cue(t, k));
            for (int j = k; j < k + n; j++) {
                tag[j] = "STOP";
            }
        }
    }

    private void mark(List<Token> t, String[] tag, String kind, String cls) {
        for (int k = 0; k < t.size(); k++) {
            int n = "O".equals(tag[k]) ? longest(t, k, kind) : 0;
            for (int j = k; j < k + n; j++) {
                tag[j] = cls;
            }
        }
    }

    /** "huyện", "thành phố", "cấp tỉnh". */
    private int unit(List<Token> t, int i) {
        int cap = t.get(i).lower().equals("cấp") && i + 1 < t.size() ? 1 : 0;
        int n = longest(t, i + cap, "unit");
        return n == 0 ? 0 : n + cap;
    }

    private boolean nothead(List<Token> t, int i) {
        return lex.wordsStartingWith("nothead", t.get(i).lower()).stream()
                .anyMatch(w -> Tokens.matchLower(t, i, w) > 0);
    }

    private int cue(List<Token> t, int k) {
        int best = 0;
        for (AgencyLexicon.Cue c : lex.cuesStartingWith(t.get(k).lower())) {
            best = Math.max(best, Tokens.matchLower(t, k, c.phrase()));
        }
        return best;
    }

    /** Length and kind (0 open, 1 closed, 2 lower case, 3 commune post) of the longest head at {@code i}. */
    private int[] head(List<Token> t, int i) {
        boolean afterCac = i > 0 && t.get(i - 1).lower().equals("các");
        for (AgencyLexicon.Head h : lex.headsStartingWith(t.get(i).lower())) {
            int n = Tokens.matchPrinted(t, i, h.words(), h.collective());
            // a collective's head in capitals only after "các" ("các Sở"; "Hiệp hội Doanh nghiệp tỉnh" is a name)
            if (n > 0 && h.collective() && t.get(i).capitalised() && !afterCac) {
                continue;
            }
            if (n > 0) {
                return new int[] {n, h.closed() ? 1 : h.collective() ? 2 : h.post() ? 3 : 0};
            }
        }
        return new int[] {0, 0};
    }

    private int titleLength(List<Token> t, int i) {
        for (AgencyLexicon.Title title : lex.titlesStartingWith(t.get(i).lower())) {
            int n = Tokens.matchLower(t, i, title.phrase());
            if (n > 0) {
                return n;
            }
        }
        return 0;
    }

    private int anyField(List<Token> t, int i) {
        int best = 0;
        for (String head : List.of("bộ", "sở", "phòng")) {
            best = Math.max(best, names.fieldAt(t, i, head));
        }
        return best;
    }

    private int longest(List<Token> t, int i, String kind) {
        int best = 0;
        for (String p : lex.wordsStartingWith(kind, t.get(i).lower())) {
            best = Math.max(best, Tokens.matchLower(t, i, p));
        }
        return best;
    }
}
