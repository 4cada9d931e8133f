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
import org.planlens.extract.agency.AnnouncedAddressees;
import org.planlens.extract.agency.ClauseRoles;
import org.planlens.extract.agency.MentionFinder;
import org.planlens.extract.agency.MentionFinder.Found;
import org.planlens.extract.agency.NoWorkLines;
import org.planlens.extract.agency.TableColumns;
import org.planlens.extract.agency.Tokens;
import org.planlens.extract.agency.WrappedLines;
import org.planlens.extract.patterns.RuleStarts;
import org.planlens.model.Agency;
import org.planlens.model.Issuer;
import org.planlens.model.Mention;
import org.planlens.model.Role;
import org.planlens.model.Section;
import org.planlens.model.Task;
import org.planlens.rules.Fold;
import org.planlens.rules.ModelData;
import org.planlens.rules.NumberingGrammar;
import org.planlens.structure.SectionTree;

/**
 * Bodies the plan assigns work to, with roles from the implementation section, task sentences and tables. The
 * distribution lists ("Nơi nhận") and the appendix text are not read as assignments; the appendix's rows come in
 * as tasks.
 */
public final class AgencyExtractor {
    /** An item of the distribution list ("- UBND huyện;", "-MT tổ quốc"). */
    /** Clause ends: a semicolon, or a full stop before a new sentence. */
    private static final Pattern CLAUSE_END =
            Pattern.compile(";|\\.(?=\\s+\\p{Lu})|\\.\\s*$", Pattern.UNICODE_CHARACTER_CLASS);
    /** Every clause end starts with ';' or '.': it is looked for only there. */
    private static final RuleStarts CLAUSE_END_STARTS = RuleStarts.anyOf(";.");
    /** A numbered heading's number ("2.", "2.1.", "a)"). */
    private static final Pattern NUMBERING =
            NumberingGrammar.packaged().compile("^\\s*(?:$ROMAN|$ROW_NUMBER|$LETTER)\\s*[.):]?\\s*");

    /** A heading that is only a body's name is short ("3. Văn hóa - xã hội:"). */
    private static final int MAX_NAME_HEADING_WORDS = 8;
    /** A person's full name printed after a post and a body: family, middle and given names. */
    private static final int MIN_PERSON_NAME_WORDS = 3;

    private static final int MAX_PERSON_NAME_WORDS = 5;
    /** A table cell of at least this many words is prose (a task's wording), read as text. */
    private static final int MIN_PROSE_CELL_WORDS = 12;

    private final AgencyLexicon lex;
    /** Folded headings of the sections that assign the plan's work ("to chuc thuc hien"). */
    private final List<String> implementationHeadings;

    private final MentionFinder finder;
    private final ClauseRoles clauses;
    private final TableColumns tables;
    /** The last words of the phrases that end a sentence issuing the plan: a clause ending otherwise is none. */
    private final Set<String> announceLastWords;

    private final AgencyPillars pillars;
    private final AnnouncedAddressees addressees;
    /** Headings of sections that list candidates for an award (agency-scope.tsv {@code award}): no work there. */
    private final List<String> awardHeadings;
    /**
     * Headings of sections that report results (agency-scope.tsv {@code results}): no work in their own text; their
     * numbered items may still assign it ("I. ĐÁNH GIÁ CHUNG ... cần tập trung thực hiện: 1. ...").
     */
    private final List<String> resultsHeadings;
    /** Last words of a heading listing a body's parts (agency-scope.tsv {@code composition}): no work there. */
    private final List<String> compositionEnds;
    /** Where a distribution list or the addressees start (models/document-parts.tsv): told, not assigned work. */
    private final Pattern recipientsStart;

    private final NoWorkLines noWork;
    private final WrappedLines wrapped;
    /** A cell opening with the plural word ("các", agency-scope.tsv) names a collective, not one body. */
    private final String pluralOpening;

    public AgencyExtractor(ModelData models) {
        this.lex = new AgencyLexicon(models);
        this.implementationHeadings =
                lex.words("implementation").stream().map(Fold::key).toList();
        this.awardHeadings = lex.words("award").stream().map(Fold::key).toList();
        this.resultsHeadings = lex.words("results").stream().map(Fold::key).toList();
        this.compositionEnds = lex.words("composition").stream().map(Fold::key).toList();
        this.announceLastWords = lex.words("announce").stream()
                .map(a -> a.substring(a.lastIndexOf(' ') + 1))
                .collect(Collectors.toSet());
        this.finder = new MentionFinder(lex);
        this.clauses = new ClauseRoles(lex, finder);
        this.addressees = new AnnouncedAddressees(lex, finder);
        this.tables = new TableColumns(lex);
        this.pillars = new AgencyPillars(models);
        this.noWork = new NoWorkLines(models, lex);
        this.wrapped = new WrappedLines(lex);
        this.recipientsStart = noWork.recipientsStart();
        this.pluralOpening = " " + lex.word("plural") + " ";
    }

    /** {@code issuer} (from the metadata) tells which wordings name the plan's own unit, to merge them. */
    public List<Agency> extract(String text, SectionTree sections, List<Task> tasks, Issuer issuer) {
        AgencyBook book = new AgencyBook(new AgencyKeys(lex, issuer), issuer);
        int end = text.length();
        List<int[]> recipients = noWork.recipientLists(text);
        // a section's default bodies and whether it lists an award's candidates hold for all its lines: worked out
        // once a section, not once a line
        Map<Section, List<Found>> defaultsBySection = new IdentityHashMap<>();
        Map<Section, Boolean> awardBySection = new IdentityHashMap<>();
        int offset = 0;
        String[] lines = text.substring(0, end).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineStart = offset;
            Optional<Section> at = sections.sectionAt(lineStart);
            // a sentence the page wrapped over lines is read whole, its line breaks as spaces (offsets kept)
            int stop = lineStart + lines[i].length();
            while (i + 1 < lines.length && wrapped.goesOn(lines[i], lines[i + 1])) {
                int nextStart = stop + 1;
                if (!sections.sectionAt(nextStart).equals(at)
                        || recipients.stream().anyMatch(r -> nextStart >= r[0] && nextStart < r[1])) {
                    break;
                }
                i++;
                stop = nextStart + lines[i].length();
            }
            String line = text.substring(lineStart, stop).replace('\n', ' ');
            offset = stop + 1;
            // "Kính gửi:\t- UBND các xã, phường; ...\tThực hiện Công văn ...": a page that prints the addressees and
            // the letter's text in one table row opens the list on a line whose later cells are the text itself
            boolean opensListRow =
                    line.indexOf('\t') >= 0 && recipients.stream().anyMatch(r -> r[0] == lineStart);
            if (!opensListRow && recipients.stream().anyMatch(r -> lineStart >= r[0] && lineStart < r[1])
                    || noWork.basis(line)
                    || at.isPresent()
                            && awardBySection.computeIfAbsent(at.get(), s -> underAwardHeading(sections, s))) {
                continue;
            }
            List<Found> defaults = at.isEmpty()
                    ? List.of()
                    : defaultsBySection.computeIfAbsent(at.get(), s -> defaultsIn(text, sections, s));
            if (line.indexOf('\t') < 0) {
                readSegment(book, sections, line, lineStart, defaults);
                continue;
            }
            // a table row: its short cells are names and figures, read by column (tasks and tables below); a cell
            // of prose is read as text
            int cellStart = 0;
            boolean addressees = false;
            for (String cell : line.split("\t", -1)) {
                Matcher list = recipientsStart.matcher(cell.strip());
                boolean opensList = list.lookingAt();
                if (cell.strip().split("\\s+").length >= MIN_PROSE_CELL_WORDS && !opensList && !addressees) {
                    readSegment(book, sections, cell, lineStart + cellStart, defaults);
                }
                // a bare "Kính gửi:" cell: the next cell is the list of addressees, told and not assigned work
                addressees = opensList && list.end() == cell.strip().length();
                cellStart += cell.length() + 1;
            }
        }
        for (Task t : tasks) {
            addTableBodies(book, t.lead(), Role.LEAD);
            addTableBodies(book, t.coordinate(), Role.COORDINATE);
        }
        for (TableColumns.Cell c : tables.cells(text)) {
            addTableBodies(book, List.of(c.text()), c.role());
        }
        return book.agencies().stream()
                .map(a -> a.withPillars(pillars.of(a.mentions(), sections.sections(), text)))
                .toList();
    }

    /** One line (or a table's cell of prose): a role label's list whole, else clause by clause. */
    private void readSegment(AgencyBook book, SectionTree sections, String line, int lineStart, List<Found> defaults) {
        if (clauses.labelled(line)) {
            // "- Cơ quan phối hợp: Sở Tư pháp; các cơ quan, đơn vị ...": the list runs over its semicolons
            addAll(book, sections, clauses.read(line, lineStart, defaults));
            // "Cơ quan thực hiện: Sở Nội vụ chủ trì tham mưu ...; Sở Tư pháp và các sở, ban, ngành ... chủ động tổ
            // chức triển khai": where the label's list gives way to prose, the clauses after its semicolons name
            // their own bodies and work
            int prose = clauses.labelProse(line);
            int semicolon = prose < 0 ? -1 : line.indexOf(';', prose);
            if (semicolon > 0) {
                readSegment(book, sections, line.substring(semicolon + 1), lineStart + semicolon + 1, defaults);
            }
            return;
        }
        List<int[]> parts = new ArrayList<>();
        int from = 0;
        Matcher m = CLAUSE_END.matcher(line);
        while (from < line.length()) {
            int to = CLAUSE_END_STARTS.find(m, line, from) ? m.end() : line.length();
            // a list of bodies split by semicolons is one clause with the clause it opens or closes
            if (!parts.isEmpty()) {
                int[] last = parts.get(parts.size() - 1);
                boolean semicolon = line.charAt(last[1] - 1) == ';';
                if (semicolon
                        && (clauses.onlyBodies(line.substring(last[0], last[1] - 1))
                                || clauses.onlyBodies(line.substring(from, to)))) {
                    last[1] = to;
                    from = to;
                    continue;
                }
            }
            parts.add(new int[] {from, to});
            from = to;
        }
        // "UBND thành phố cần rà soát ...; phối hợp với Bộ Nội vụ tổng hợp": a clause after a semicolon without a
        // subject of its own goes on with the subject before it, or with the bodies that subject asked to act
        List<Found> carried = defaults;
        for (int[] part : parts) {
            String clause = line.substring(part[0], part[1]);
            List<Found> subject = clauses.subject(clause, lineStart + part[0]);
            boolean assigns = !announcesThePlan(clause)
                    && !announcesThePlan(sentenceOf(line, part[0], part[1]))
                    && !issuerActs(book, clause, lineStart + part[0], subject);
            if (assigns) {
                int base = lineStart + part[0];
                addAll(
                        book,
                        sections,
                        clauses.read(clause, base, carried).stream()
                                .filter(a -> !designatesPerson(clause, base, a.body()))
                                .toList());
                // the body results are sent to, to compile them, follows up the plan; the issuer follows its own
                addAll(
                        book,
                        sections,
                        clauses.followers(clause, base).stream()
                                .filter(f -> !book.isIssuer(f.name(), f.collective()))
                                .map(f -> new ClauseRoles.Assignment(f, Role.MONITOR))
                                .toList());
            } else {
                // "Văn phòng Chính phủ thông báo để Ủy ban nhân dân tỉnh ... biết, thực hiện": they carry it out
                addAll(book, sections, addressees.toCarryOut(clause, lineStart + part[0]));
            }
            boolean semicolon = clause.stripTrailing().endsWith(";");
            // the issuer announcing or launching its own text hands its clauses after the semicolon to no one
            carried = !semicolon || !assigns
                    ? defaults
                    : subject.isEmpty() ? carried : clauses.actors(clause, lineStart + part[0]);
        }
    }

    private static void addAll(AgencyBook book, SectionTree sections, List<ClauseRoles.Assignment> assignments) {
        for (ClauseRoles.Assignment a : assignments) {
            Found f = a.body();
            book.add(
                    f.name(),
                    f.collective(),
                    a.role(),
                    new Mention(f.start(), f.end(), sections.sectionIdAt(f.start())));
        }
    }

    /**
     * The bodies a numbered item is headed by, innermost first, up to the implementation section: an item headed by
     * names of bodies anywhere ("2. Sở Khoa học và Công nghệ", "1. Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch UBND
     * các xã, phường"), and, inside "Tổ chức thực hiện", one headed by a bare name ("3. Văn hóa - xã hội:").
     */
    private List<Found> defaultsIn(String text, SectionTree sections, Section at) {
        List<Section> lineage = sections.lineage(at);
        boolean implementation = lineage.stream().anyMatch(this::implementation);
        for (Section s : lineage) {
            if (implementation(s)) {
                break;
            }
            List<Found> heads = headingBodies(text, s, implementation);
            if (!heads.isEmpty()) {
                return heads;
            }
        }
        return List.of();
    }

    private boolean underAwardHeading(SectionTree sections, Section at) {
        String own = " " + Fold.key(at.heading()) + " ";
        if (resultsHeadings.stream().anyMatch(r -> own.contains(" " + r + " "))) {
            return true;
        }
        return sections.lineage(at).stream()
                .map(s -> " " + Fold.key(s.heading()) + " ")
                .anyMatch(h -> awardHeadings.stream().anyMatch(a -> h.contains(" " + a + " "))
                        || compositionEnds.stream().anyMatch(c -> h.endsWith(" " + c + " ")));
    }

    private boolean implementation(Section s) {
        String heading = " " + Fold.key(s.heading()) + " ";
        return implementationHeadings.stream().anyMatch(h -> heading.contains(" " + h + " "));
    }

    private List<Found> headingBodies(String text, Section s, boolean bareNames) {
        int lineEnd = text.indexOf('\n', s.start());
        String line = text.substring(s.start(), lineEnd < 0 ? text.length() : lineEnd);
        if (line.indexOf('\t') >= 0) {
            // a numbered table row ("7.\tBộ Quốc phòng\t84\t34 ..."): its body heads no text
            return List.of();
        }
        Matcher num = NUMBERING.matcher(line);
        int skip = num.find() ? num.end() : 0;
        String head = line.substring(skip);
        int cut = head.indexOf(':');
        String firstPart = cut >= 0 ? head.substring(0, cut) : head;
        if (cut >= 0 && lex.words("assign").contains(Tokens.lowerWords(firstPart))) {
            // "6. Đề nghị: Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh": the bodies follow the colon
            skip += cut + 1;
            firstPart = head.substring(cut + 1);
        }
        List<Found> bodies = clauses.subject(firstPart, s.start() + skip);
        if (!bodies.isEmpty() || !bareNames) {
            return bodies;
        }
        String name = firstPart.strip();
        boolean bare = !name.isEmpty()
                && name.split("\\s+").length <= MAX_NAME_HEADING_WORDS
                && clauses.read(name, 0, List.of()).isEmpty()
                && !hasCue(name);
        if (bare && Character.isUpperCase(name.charAt(0))) {
            int start = s.start() + skip + firstPart.indexOf(name);
            return List.of(new Found(start, start, start + name.length(), name, false, false));
        }
        return List.of();
    }

    /**
     * "UBND xã Hoài Hải ban hành Quyết định số 246/QĐ-UBND ...", "Văn phòng Chính phủ thông báo để Bộ Tư pháp
     * biết, thực hiện": the issuer issuing or announcing a document is its own act, no work assigned.
     */
    private boolean issuerActs(AgencyBook book, String clause, int base, List<Found> subject) {
        if (subject.isEmpty() || !subject.stream().allMatch(f -> book.isIssuer(f.name(), f.collective()))) {
            return false;
        }
        String after = " "
                + Tokens.lowerWords(
                        clause.substring(subject.get(subject.size() - 1).end() - base)) + " ";
        return lex.words("issueract").stream().anyMatch(a -> after.startsWith(" " + a + " "));
    }

    /**
     * "- Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà, Phó Trưởng ban thường trực": a post, its body and a person's name
     * designate the person (a member of a committee the decision sets up), not work assigned to the body.
     */
    private boolean designatesPerson(String clause, int base, Found f) {
        int end = f.end() - base;
        if (f.from() >= f.start() || end < 0 || end > clause.length()) {
            // no post before it, or a body carried from another clause
            return false;
        }
        List<Tokens.Token> after = Tokens.of(clause.substring(end), 0);
        int names = 0;
        for (int k = 0; k < after.size() && after.get(k).isWord(); k++) {
            Tokens.Token t = after.get(k);
            int at = k;
            boolean personal = t.capitalised()
                    && !t.allCaps()
                    && lex.headsStartingWith(t.lower()).stream()
                            .noneMatch(h -> Tokens.matchPrinted(after, at, h.words(), false) > 0)
                    && !lex.words("unit").contains(t.lower());
            if (!personal) {
                return false;
            }
            names++;
        }
        return names >= MIN_PERSON_NAME_WORDS && names <= MAX_PERSON_NAME_WORDS;
    }

    /** "UBND xã ban hành Kế hoạch ... như sau:": the issuer announcing the text, not work assigned to it. */
    /**
     * The sentence a clause is in: "UBND tỉnh X triển khai Đợt thi đua ...; tăng tốc, ... và ban hành Kế hoạch tổ chức
     * thực hiện như sau:" announces the plan over the semicolons of the title it quotes.
     */
    private static String sentenceOf(String line, int from, int to) {
        int start = line.lastIndexOf(". ", Math.max(0, from - 1));
        int end = line.indexOf(". ", Math.max(from, to - 1));
        return line.substring(start < 0 ? 0 : start + 2, end < 0 ? line.length() : end + 1)
                .strip();
    }

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

    /**
     * A cell that names no body the finder knows is taken as one when it reads as a name: a field's name cut from
     * its head by the table ("Tài nguyên và Môi trường"), not a figure, a collective or a sentence.
     */
    private boolean bareName(String cell) {
        String c = cell.strip();
        if (c.isEmpty() || !Character.isUpperCase(c.charAt(0)) || c.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        String words = " " + Tokens.lowerWords(c) + " ";
        return words.split(" ").length <= MAX_NAME_HEADING_WORDS + 1
                && !words.startsWith(pluralOpening)
                && lex.words("relevance").stream().noneMatch(r -> words.contains(" " + r + " "));
    }

    private void addTableBodies(AgencyBook book, List<String> cells, Role role) {
        for (String cell : cells) {
            int colon = cell.indexOf(':');
            String before = colon >= 0 ? cell.substring(0, colon) : cell;
            if (colon >= 0 && finder.find(before, 0).stream().allMatch(Found::byRelevance)) {
                // "Các cơ quan, đơn vị: Nội vụ, Tài chính - Kế hoạch": the members are the bodies.
                addTableBodies(book, List.of(cell.substring(colon + 1).split(",")), role);
                continue;
            }
            List<Found> found = finder.find(cell, 0);
            for (Found f : found) {
                if (!f.byRelevance()) {
                    book.addFromTable(f.name(), f.collective(), role);
                }
            }
            if (found.isEmpty() && bareName(cell)) {
                book.addFromTable(cell, false, role);
            }
        }
    }
}
