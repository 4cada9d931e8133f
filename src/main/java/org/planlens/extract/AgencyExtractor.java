package org.planlens.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.planlens.extract.agency.AgencyBook;
import org.planlens.extract.agency.AgencyKeys;
import org.planlens.extract.agency.AgencyLexicon;
import org.planlens.extract.agency.AgencyPillars;
import org.planlens.extract.agency.ClauseRoles;
import org.planlens.extract.agency.MentionFinder;
import org.planlens.extract.agency.MentionFinder.Found;
import org.planlens.extract.agency.Tokens;
import org.planlens.extract.patterns.RuleStarts;
import org.planlens.model.Agency;
import org.planlens.model.Issuer;
import org.planlens.model.Mention;
import org.planlens.model.Role;
import org.planlens.model.Section;
import org.planlens.model.Task;
import org.planlens.rules.Fold;
import org.planlens.rules.ModelData;
import org.planlens.structure.SectionTree;

/**
 * Bodies the plan assigns work to, with roles from the implementation section, task sentences and tables. The
 * distribution lists ("Nơi nhận") and the appendix text are not read as assignments; the appendix's rows come in
 * as tasks.
 */
public final class AgencyExtractor {
    /** Where the distribution list starts: nothing after it assigns work. */
    private static final Pattern RECIPIENTS = Pattern.compile("(?m)^\\s*Nơi\\s+nhận\\s*:?");
    /** An item of the distribution list ("- UBND huyện;", "-MT tổ quốc"). */
    private static final Pattern LIST_ITEM = Pattern.compile("[ \\t]*[-+•–]");
    /** Clause ends: a semicolon, or a full stop before a new sentence. */
    private static final Pattern CLAUSE_END =
            Pattern.compile(";|\\.(?=\\s+\\p{Lu})|\\.\\s*$", Pattern.UNICODE_CHARACTER_CLASS);
    /** Every clause end starts with ';' or '.': it is looked for only there. */
    private static final RuleStarts CLAUSE_END_STARTS = RuleStarts.anyOf(";.");
    /** A numbered heading's number ("2.", "2.1.", "a)"). */
    private static final Pattern NUMBERING = Pattern.compile("^\\s*(?:[IVX]+|\\d+(?:\\.\\d+)*|[a-zđ])\\s*[.):]?\\s*");

    private static final String IMPLEMENTATION = "to chuc thuc hien";
    /** A heading that is only a body's name is short ("3. Văn hóa - xã hội:"). */
    private static final int MAX_NAME_HEADING_WORDS = 8;

    private final AgencyLexicon lex;
    private final MentionFinder finder;
    private final ClauseRoles clauses;
    /** The last words of the phrases that end a sentence issuing the plan: a clause ending otherwise is none. */
    private final Set<String> announceLastWords;

    private final AgencyPillars pillars;

    public AgencyExtractor(ModelData models) {
        this.lex = new AgencyLexicon(models);
        this.announceLastWords = lex.words("announce").stream()
                .map(a -> a.substring(a.lastIndexOf(' ') + 1))
                .collect(Collectors.toSet());
        this.finder = new MentionFinder(lex);
        this.clauses = new ClauseRoles(lex, finder);
        this.pillars = new AgencyPillars(models);
    }

    /** {@code issuer} (from the metadata) tells which wordings name the plan's own unit, to merge them. */
    public List<Agency> extract(String text, SectionTree sections, List<Task> tasks, Issuer issuer) {
        AgencyBook book = new AgencyBook(new AgencyKeys(lex, issuer));
        int end = bodyEnd(text, sections);
        List<int[]> recipients = recipientLists(text);
        // a section's default bodies hold for all its lines: read once a section, not once a line
        Map<Section, List<Found>> defaultsBySection = new IdentityHashMap<>();
        int offset = 0;
        for (String line : text.substring(0, end).split("\n", -1)) {
            int lineStart = offset;
            offset += line.length() + 1;
            if (recipients.stream().anyMatch(r -> lineStart >= r[0] && lineStart < r[1])) {
                continue;
            }
            List<Found> defaults = defaultsAt(text, sections, lineStart, defaultsBySection);
            int from = 0;
            Matcher m = CLAUSE_END.matcher(line);
            while (from < line.length()) {
                int to = CLAUSE_END_STARTS.find(m, line, from) ? m.end() : line.length();
                String clause = line.substring(from, to);
                if (announcesThePlan(clause)) {
                    from = to;
                    continue;
                }
                for (ClauseRoles.Assignment a : clauses.read(clause, lineStart + from, defaults)) {
                    Found f = a.body();
                    book.add(
                            f.name(),
                            f.collective(),
                            a.role(),
                            new Mention(f.start(), f.end(), sections.sectionIdAt(f.start())));
                }
                from = to;
            }
        }
        for (Task t : tasks) {
            addTableBodies(book, t.lead(), Role.LEAD);
            addTableBodies(book, t.coordinate(), Role.COORDINATE);
        }
        return book.agencies().stream()
                .map(a -> a.withPillars(pillars.of(a.mentions(), sections.sections(), text)))
                .toList();
    }

    /**
     * The distribution lists: "Nơi nhận:" and the list items under it. A decision that issues a plan prints its
     * own list before the plan, so the text after a list is read on.
     */
    private static List<int[]> recipientLists(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = RECIPIENTS.matcher(text);
        while (m.find()) {
            int end = text.indexOf('\n', m.end());
            end = end < 0 ? text.length() : end + 1;
            while (end < text.length()
                    && LIST_ITEM.matcher(text).region(end, text.length()).lookingAt()) {
                int next = text.indexOf('\n', end);
                end = next < 0 ? text.length() : next + 1;
            }
            out.add(new int[] {m.start(), end});
        }
        return out;
    }

    private static int bodyEnd(String text, SectionTree sections) {
        int end = text.length();
        for (Section s : sections.sections()) {
            if (s.path().startsWith("PL") && s.start() < end) {
                end = s.start();
            }
        }
        return end;
    }

    /** Inside an item of "Tổ chức thực hiện" headed by bodies: those bodies, who take clauses without a subject. */
    private List<Found> defaultsAt(String text, SectionTree sections, int offset, Map<Section, List<Found>> known) {
        Optional<Section> at = sections.sectionAt(offset);
        return at.isEmpty() ? List.of() : known.computeIfAbsent(at.get(), s -> defaultsIn(text, sections, s));
    }

    private List<Found> defaultsIn(String text, SectionTree sections, Section at) {
        List<Section> lineage = sections.lineage(at);
        boolean implementation =
                lineage.stream().anyMatch(s -> Fold.key(s.heading()).contains(IMPLEMENTATION));
        if (!implementation) {
            return List.of();
        }
        for (Section s : lineage) {
            if (Fold.key(s.heading()).contains(IMPLEMENTATION)) {
                break;
            }
            List<Found> heads = headingBodies(text, s);
            if (!heads.isEmpty()) {
                return heads;
            }
        }
        return List.of();
    }

    private List<Found> headingBodies(String text, Section s) {
        int lineEnd = text.indexOf('\n', s.start());
        String line = text.substring(s.start(), lineEnd < 0 ? text.length() : lineEnd);
        Matcher num = NUMBERING.matcher(line);
        int skip = num.find() ? num.end() : 0;
        String head = line.substring(skip);
        int cut = head.indexOf(':');
        String firstPart = cut >= 0 ? head.substring(0, cut) : head;
        List<Found> bodies = clauses.subject(firstPart, s.start() + skip);
        if (!bodies.isEmpty()) {
            return bodies;
        }
        String name = firstPart.strip();
        boolean bare = !name.isEmpty()
                && name.split("\\s+").length <= MAX_NAME_HEADING_WORDS
                && clauses.read(name, 0, List.of()).isEmpty()
                && !hasCue(name);
        if (bare && Character.isUpperCase(name.charAt(0))) {
            int start = s.start() + skip;
            return List.of(new Found(start, start, start + name.length(), name, false, false));
        }
        return List.of();
    }

    /** "UBND xã ban hành Kế hoạch ... như sau:": the issuer announcing the text, not work assigned to it. */
    private boolean announcesThePlan(String clause) {
        if (!announceLastWords.contains(Tokens.lastLowerWord(clause))) {
            return false;
        }
        String k = " " + Tokens.lowerWords(clause);
        return lex.words("announce").stream().anyMatch(a -> k.endsWith(" " + a))
                && lex.words("announced").stream().anyMatch(a -> k.contains(" " + a + " "));
    }

    private boolean hasCue(String s) {
        String k = " " + Tokens.lowerWords(s) + " ";
        return lex.cues().stream().anyMatch(c -> k.contains(" " + c.phrase() + " "));
    }

    private void addTableBodies(AgencyBook book, List<String> cells, Role role) {
        for (String cell : cells) {
            int colon = cell.indexOf(':');
            if (colon >= 0) {
                // "Các cơ quan, đơn vị: Nội vụ, Tài chính - Kế hoạch": the members are the bodies.
                for (String member : cell.substring(colon + 1).split(",")) {
                    if (!member.isBlank()) {
                        book.addFromTable(member, false, role);
                    }
                }
                continue;
            }
            List<Found> found = finder.find(cell, 0);
            if (found.isEmpty()) {
                book.addFromTable(cell, false, role);
            }
            for (Found f : found) {
                if (!f.byRelevance()) {
                    book.addFromTable(f.name(), f.collective(), role);
                }
            }
        }
    }
}
