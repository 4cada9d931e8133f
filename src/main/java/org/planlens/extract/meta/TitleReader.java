package org.planlens.extract.meta;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planlens.model.DocumentType;
import org.planlens.rules.Fold;
import org.planlens.rules.NumberingGrammar;

/**
 * The document's kind and title (GOLD.md: the kind and its subject as printed, in sentence case). Read, in this
 * order, from the header's type line and the subject under it (in capitals over several lines, or in sentence case),
 * a type word opening a line of capitals ({@code KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025}), an official letter's
 * {@code V/v} line, the title a website prints over the document, the first type line anywhere, and a header that
 * prints a subject without a type word. A decision's own subject may come from its {@code Điều 1}.
 */
public final class TitleReader {
    /** What was read: the kind (null when none is printed), the title (may be null) and the document type. */
    public record Reading(DocumentTypes.Kind kind, String title, DocumentType type, String authority) {
        Reading(DocumentTypes.Kind kind, String title, DocumentType type) {
            this(kind, title, type, null);
        }
    }

    /** A subject, and the deciding authority cut from its end ("ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG"), if any. */
    private record Subject(String text, String authority) {}

    /** A type line's subject is within this many lines of the text's start when no header holds it. */
    private static final int PAGE_TITLE_LINES = 3;

    /** "Điều 1." and the text after it; the mark alone. */
    private static final Pattern ARTICLE_ONE =
            NumberingGrammar.packaged().compile("(?i)^$ARTICLE_WORD\\s+1\\s*[.:]?(?:\\s.*)?$");

    private static final Pattern ARTICLE_ONE_MARK =
            NumberingGrammar.packaged().compile("(?i)^$ARTICLE_WORD\\s+1\\s*[.:]?");

    private final DocumentTypes types;
    private final IssuerBodies bodies;
    private final SignerFinder posts;
    private final NamedPatterns patterns;
    /** What a title writes out, and the words a subject goes on after (models/title-words.tsv). */
    private final TitleWords words;

    public TitleReader(
            DocumentTypes types, IssuerBodies bodies, SignerFinder posts, NamedPatterns patterns, TitleWords words) {
        this.types = types;
        this.bodies = bodies;
        this.posts = posts;
        this.patterns = patterns;
        this.words = words;
    }

    /**
     * @param symbolKind the kind the document's number tells ("KH" in "12/KH-UBND"), if any
     * @param placeNames names as running text prints them ("Bắc Giang", "Phạm Thị Thanh Trà"), to restore their
     *     capitals in a title printed in capitals
     */
    public Reading read(
            DocumentHeader header,
            List<String> lines,
            Optional<DocumentTypes.Kind> symbolKind,
            Collection<String> placeNames) {
        // a header whose type line a page lost keeps its subject under the number that tells the kind: the
        // document's own header goes before the title the site prints over it
        Reading r = fromHeader(header, placeNames)
                .or(() -> symbolKind.isPresent() ? untyped(header, symbolKind, placeNames) : Optional.empty())
                .or(() -> pageTitle(lines, header.startLine()))
                .or(() -> typeLineAnywhere(lines, placeNames))
                .or(() -> untyped(header, symbolKind, placeNames))
                .or(() -> leadSentence(header, lines, symbolKind))
                .or(() -> groundsOfKind(lines))
                .orElseGet(() -> new Reading(
                        symbolKind.orElse(null),
                        null,
                        symbolKind.map(DocumentTypes.Kind::type).orElse(DocumentType.OTHER)));
        if (r.type() == DocumentType.QUYET_DINH) {
            return decision(r, lines, DocumentType.QUYET_DINH);
        }
        // a resolution that issues a plan is quyet_dinh as a decision is; one whose subject and Điều 1 say
        // nothing of a plan keeps its kind's type
        return r.kind() != null && types.isAct(r.kind()) ? decision(r, lines, r.type()) : r;
    }

    private Optional<Reading> fromHeader(DocumentHeader header, Collection<String> placeNames) {
        List<DocumentHeader.Cell> cells = header.cells();
        Pattern letter = patterns.get("letterSubject");
        for (int i = header.issuerCells(); i < cells.size(); i++) {
            String cell = cells.get(i).text();
            // an official letter prints no type word: its subject on a "V/v" line beside or under its number
            Matcher v = letter.matcher(cell);
            if (v.find()) {
                Subject about = new Subject("V/v " + v.group("subject"), null);
                return Optional.of(titled(types.letter(), about, placeNames));
            }
            Optional<DocumentTypes.Kind> line = types.ofTypeLine(cell);
            int next = i + 1;
            if (line.isEmpty() && next < cells.size()) {
                // "QUYẾT" / "ĐỊNH": a type word a narrow page broke over two lines
                line = types.ofTypeLine(cell + " " + cells.get(next).text());
                next++;
            }
            if (line.isPresent()) {
                return Optional.of(titled(line.get(), subject(cells, next, null), placeNames));
            }
            Optional<DocumentTypes.Opening> opening = types.ofOpening(cell);
            if (opening.isPresent()) {
                Subject subject = subject(cells, i + 1, opening.get().subject());
                return Optional.of(titled(opening.get().kind(), subject, placeNames));
            }
        }
        // a header a page ran into one line ("... ngày 04 tháng 12 năm 2021 QUYẾT ĐỊNH VỀ VIỆC ... BỘ TRƯỞNG BỘ Y TẾ
        // Căn cứ ..."): the type word inside it, the capitals after it up to the deciding authority
        for (int i = header.issuerCells(); i < cells.size(); i++) {
            Optional<DocumentTypes.Opening> runIn = types.ofRunIn(cells.get(i).text());
            if (runIn.isPresent()) {
                return Optional.of(
                        titled(runIn.get().kind(), withoutAuthority(runIn.get().subject()), placeNames));
            }
        }
        return Optional.empty();
    }

    /** "Kế hoạch 186/KH-UBND năm 2025 phát triển ...", "Kế hoạch cải cách hành chính năm 2026" above the header. */
    private Optional<Reading> pageTitle(List<String> lines, int headerStart) {
        for (int i = 0; i < lines.size() && i < Math.max(headerStart, PAGE_TITLE_LINES); i++) {
            String line = lines.get(i).strip();
            if (VietCase.isUpper(line)) {
                continue;
            }
            Optional<DocumentTypes.Kind> kind = types.ofTitle(line);
            if (kind.isEmpty()) {
                continue;
            }
            Matcher m = patterns.get("pageTitle").matcher(line);
            String subject = m.matches() && types.ofTitle(m.group("kind")).equals(kind)
                    ? m.group("subject")
                    : line.substring(kindLength(line, kind.get()));
            Matcher note = patterns.get("ownNumberNote").matcher(subject);
            subject = note.find() ? subject.substring(0, note.start()) : subject;
            return Optional.of(new Reading(
                    kind.get(),
                    kind.get().display() + " " + VietCase.continuing(stripEnd(subject)),
                    kind.get().type()));
        }
        return Optional.empty();
    }

    /** How many chars of {@code line} the kind's words take. */
    private static int kindLength(String line, DocumentTypes.Kind kind) {
        int words = kind.folded().split(" ").length;
        String[] printed = line.split("\\s+", words + 1);
        return printed.length > words ? line.indexOf(printed[words]) : line.length();
    }

    /** The first type line anywhere ("QUYẾT ĐỊNH:" before a decision's articles), and the line under it. */
    private Optional<Reading> typeLineAnywhere(List<String> lines, Collection<String> placeNames) {
        for (int i = 0; i < lines.size(); i++) {
            Optional<DocumentTypes.Kind> kind = types.ofTypeLine(lines.get(i).strip());
            if (kind.isPresent()) {
                String next = i + 1 < lines.size() ? lines.get(i + 1).strip() : "";
                boolean subject = !next.isEmpty()
                        && types.ofTypeLine(next).isEmpty()
                        && !patterns.get("bodyOpener").matcher(next).lookingAt();
                return Optional.of(titled(kind.get(), new Subject(subject ? next : null, null), placeNames));
            }
        }
        return Optional.empty();
    }

    /**
     * A header that prints its subject without a type word: with a kind the number's symbol tells ("Số: 0155/KH-UBND"
     * over "CHUYỂN ĐỔI SỐ TỈNH ĐẮK LẮK NĂM 2026"), that kind and the subject; without one (a results report:
     * "Kết quả giải quyết thủ tục hành chính ... 9 tháng đầu năm 2022"), the subject as printed, its kind told by how
     * it opens.
     */
    private Optional<Reading> untyped(
            DocumentHeader header, Optional<DocumentTypes.Kind> symbolKind, Collection<String> placeNames) {
        if (header.issuerCells() == 0 && symbolKind.isEmpty()) {
            return Optional.empty();
        }
        List<DocumentHeader.Cell> cells = header.cells();
        for (int i = header.issuerCells(); i < cells.size(); i++) {
            String cell = cells.get(i).text();
            if (patterns.get("number").matcher(cell).lookingAt()
                    || patterns.get("headerDate").matcher(Fold.fold(cell)).find()) {
                continue;
            }
            if (patterns.get("bodyOpener").matcher(cell).lookingAt()
                    || bodies.opensWithBody(cell)
                    || posts.opensWithPost(cell)) {
                return Optional.empty();
            }
            if (symbolKind.isPresent()) {
                return Optional.of(titled(symbolKind.get(), subject(cells, i, null), placeNames));
            }
            if (VietCase.isUpper(cell)) {
                return Optional.empty();
            }
            StringBuilder title = new StringBuilder(stripEnd(cell));
            for (int j = i + 1; j < cells.size() && j <= i + 2; j++) {
                String more = cells.get(j).text();
                if (!Character.isDigit(more.charAt(0)) && !Character.isLowerCase(more.charAt(0))) {
                    break;
                }
                title.append(' ').append(stripEnd(more));
            }
            return Optional.of(new Reading(null, title.toString(), types.ofUntitled(cell)));
        }
        return Optional.empty();
    }

    /** Lines from the text's start in which a page that lost the header opens its first unit. */
    private static final int FIRST_UNIT_LINES = 6;

    /** "I. CĂN CỨ LẬP KẾ HOẠCH - Quyết định số ...": a text without header or title whose first unit names its kind. */
    private Optional<Reading> groundsOfKind(List<String> lines) {
        Pattern grounds = patterns.get("groundsOfKind");
        for (int i = 0; i < lines.size() && i < FIRST_UNIT_LINES; i++) {
            Matcher m = grounds.matcher(lines.get(i).strip());
            if (m.find()) {
                Optional<DocumentTypes.Kind> kind = types.ofTitle(m.group("kind"));
                if (kind.isPresent()) {
                    return Optional.of(new Reading(kind.get(), null, kind.get().type()));
                }
            }
        }
        return Optional.empty();
    }

    /** Lines under the header in which a lead sentence says what the document issues. */
    private static final int LEAD_LINES = 6;

    /**
     * A document printed without its title, the kind its number tells: the lead sentence under the header that issues
     * that kind ("Ủy ban nhân dân tỉnh ban hành kế hoạch triển khai xác định Chỉ số CCHC ..., cụ thể như sau:").
     */
    private Optional<Reading> leadSentence(
            DocumentHeader header, List<String> lines, Optional<DocumentTypes.Kind> symbolKind) {
        if (symbolKind.isEmpty()) {
            return Optional.empty();
        }
        Pattern lead = patterns.get("leadIssues");
        Pattern aside = patterns.get("leadAside");
        Pattern grounds = patterns.get("leadGrounds");
        int from = Math.max(0, header.endLine());
        int seen = 0;
        for (int i = from; i < lines.size() && seen < LEAD_LINES; i++) {
            // a circular's grounds run many lines before "Bộ trưởng ... ban hành Thông tư ...": they do not count
            if (!grounds.matcher(lines.get(i).strip()).lookingAt()) {
                seen++;
            }
            Matcher m = lead.matcher(aside.matcher(lines.get(i)).replaceAll(""));
            if (m.find() && types.ofTitle(m.group("kind")).equals(symbolKind)) {
                DocumentTypes.Kind kind = symbolKind.get();
                String subject = VietCase.continuing(stripEnd(m.group("subject")));
                return Optional.of(new Reading(kind, kind.display() + " " + subject, kind.type()));
            }
        }
        return Optional.empty();
    }

    /**
     * The subject from cell {@code from} (or {@code opening}, the rest of a type word's cell): capitals run over
     * the cells that follow in capitals, up to the authority that decides ("THỦ TƯỚNG CHÍNH PHỦ", "CHỦ TỊCH ỦY BAN
     * NHÂN DÂN ...") or a parenthesis; a sentence-case subject takes the cells that carry it on in lower case.
     */
    private Subject subject(List<DocumentHeader.Cell> cells, int from, String opening) {
        List<String> parts = new ArrayList<>();
        int i = from;
        if (opening != null) {
            parts.add(opening);
        } else if (i < cells.size() && !cells.get(i).text().startsWith("(")) {
            parts.add(cells.get(i).text());
            i++;
        }
        if (parts.isEmpty()) {
            return new Subject(null, null);
        }
        boolean capitals = VietCase.isUpper(parts.get(0));
        if (opening == null && capitals && authority(parts.get(0))) {
            // "QUYẾT ĐỊNH" / "THỦ TƯỚNG CHÍNH PHỦ": the deciding authority under the type line, no subject printed
            return new Subject(null, parts.get(0));
        }
        for (; i < cells.size(); i++) {
            String c = cells.get(i).text();
            boolean goesOn = capitals
                    ? VietCase.isUpper(c)
                            && !bodies.opensWithBody(c)
                            && !posts.opensWithPost(c)
                            && types.ofTypeLine(c).isEmpty()
                            // "PHẦN I. KẾT QUẢ THỰC HIỆN ...": the text's first unit opens under the title
                            && !patterns.get("bodyOpener").matcher(c).lookingAt()
                    : Character.isLowerCase(c.charAt(0)) || opensWithLink(c);
            if (!goesOn || c.startsWith("(")) {
                break;
            }
            // a page that capitalises each line of a title ("Của Ban Thường vụ ...", "Đến năm 2025"): a linking
            // word carries the subject on, in lower case
            parts.add(capitals || !opensWithLink(c) ? c : c.substring(0, 1).toLowerCase(VietCase.VI) + c.substring(1));
        }
        if (opening != null && parts.size() == 1 && words.bare(opening) && i < cells.size()) {
            // "KẾ HOẠCH HÀNH ĐỘNG" / "Thực hiện Nghị quyết ...,": the subject is the sentence-case lines under it
            Subject below = subject(cells, i, null);
            if (below.text() != null && !VietCase.isUpper(below.text())) {
                return new Subject(opening.toLowerCase(VietCase.VI) + " " + VietCase.continuing(below.text()), null);
            }
        }
        String s = String.join(" ", parts);
        // "(Ban hành kèm theo Quyết định ...)" after a plan's subject is not part of it.
        s = patterns.get("attachedNote").matcher(s).replaceAll("");
        return capitals ? withoutAuthority(s) : new Subject(s, null);
    }

    /** A line in sentence case opening with a capitalised linking word ("Của ...", "Đến năm 2025, ..."). */
    private boolean opensWithLink(String line) {
        String first = line.split("\\s+", 2)[0];
        return Character.isUpperCase(first.charAt(0)) && !VietCase.isUpper(line) && words.links(first);
    }

    /** "... NĂM 2025 THỦ TƯỚNG CHÍNH PHỦ": the deciding authority run into the subject's last line is cut off. */
    private Subject withoutAuthority(String subject) {
        String[] words = subject.split(" ");
        for (int w = 3; w < words.length; w++) {
            if (this.words.links(words[w - 1])) {
                continue;
            }
            String rest = String.join(" ", List.of(words).subList(w, words.length));
            // "... THÀNH PHỐ HẢI PHÒNG NĂM 2022": no authority carries the subject's year ("PHÒNG" is a body's head)
            if (patterns.get("periodYear").matcher(rest).find()) {
                continue;
            }
            if (posts.opensWithPost(rest) && authorityToEnd(afterPost(rest)) || authorityToEnd(rest)) {
                return new Subject(String.join(" ", List.of(words).subList(0, w)), rest);
            }
        }
        return new Subject(subject, null);
    }

    /**
     * A line that is only the deciding authority: a post and the whole name of its body ("CHỦ TỊCH ỦY BAN NHÂN DÂN
     * TỈNH X"), or one body's whole short name; a post with a person's name is no authority ("PHÓ THỦ TƯỚNG CHÍNH PHỦ
     * BÙI THANH SƠN TẠI ...").
     */
    private boolean authority(String line) {
        return posts.opensWithPost(line) && authorityToEnd(afterPost(line)) || authorityToEnd(line);
    }

    /** "GIÁM ĐỐC TRUNG TÂM ...", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ..." without its post (posts in a row all cut). */
    private String afterPost(String rest) {
        String tail = rest.strip();
        for (int n = posts.postWords(tail); n > 0; n = posts.postWords(tail)) {
            String[] words = tail.split("\\s+", n + 1);
            tail = words.length > n ? words[n] : "";
        }
        return tail;
    }

    /** Whether the words are one body's whole name, running to the end ("THỦ TƯỚNG CHÍNH PHỦ", "UBND TỈNH X"). */
    private boolean authorityToEnd(String rest) {
        if (!bodies.opensWithBody(rest)) {
            return false;
        }
        List<IssuerBodies.Body> named = bodies.read(rest);
        return named.size() == 1
                && named.get(0).complete()
                && named.get(0).nameWords().split(" ").length <= 3;
    }

    private Reading titled(DocumentTypes.Kind kind, Subject subject, Collection<String> placeNames) {
        if (subject.text() == null || subject.text().isBlank()) {
            return new Reading(kind, null, kind.type());
        }
        String s = stripEnd(subject.text());
        // "Về việc ..." / "V/v ..." is printed as part of the subject and kept, written out
        Matcher about = patterns.get("subjectPrefix").matcher(s);
        String prefix = "";
        if (about.find()) {
            prefix = words.about();
            s = about.group("subject");
        }
        String cased = prefix + (VietCase.isUpper(s) ? sentence(s, placeNames) : VietCase.continuing(s));
        return new Reading(kind, kind.display() + " " + cased, kind.type(), subject.authority());
    }

    /**
     * A subject in capitals in sentence case: words lowered, except those holding digits ("214/NQ-CP") and the
     * names the text prints capitalised elsewhere ("TỈNH BẮC GIANG" reads "tỉnh Bắc Giang").
     */
    static String sentence(String capitals, Collection<String> placeNames) {
        StringBuilder out = new StringBuilder();
        for (String w : capitals.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(w.chars().anyMatch(Character::isDigit) ? w : w.toLowerCase(VietCase.VI));
        }
        String s = out.toString();
        String folded = Fold.fold(s);
        List<String> names = new ArrayList<>(placeNames);
        names.sort(Comparator.comparingInt(String::length).reversed());
        for (String name : names) {
            String key = Fold.fold(name);
            for (int at = folded.indexOf(key); at >= 0; at = folded.indexOf(key, at + key.length())) {
                boolean whole = (at == 0 || !Character.isLetter(folded.charAt(at - 1)))
                        && (at + key.length() == folded.length()
                                || !Character.isLetter(folded.charAt(at + key.length())));
                if (whole && s.substring(at, at + key.length()).equals(name.toLowerCase(VietCase.VI))) {
                    s = s.substring(0, at) + name + s.substring(at + key.length());
                }
            }
        }
        return s;
    }

    /**
     * A decision issues a plan (quyet_dinh) when its subject or its Điều 1 says so ("ban hành Kế hoạch",
     * "phê duyệt Đề án"); one that says it issues something else is other (GOLD.md); one of which neither is read
     * is {@code unread}. Its title comes from Điều 1 where the header gives no subject.
     */
    private Reading decision(Reading r, List<String> lines, DocumentType unread) {
        String article = articleOne(lines);
        String title = r.title();
        if ((title == null || Fold.key(title).equals(r.kind().folded())) && article != null) {
            Matcher issues = patterns.get("decisionIssues").matcher(article);
            Matcher acts = patterns.get("decisionActs").matcher(article);
            if (issues.find()) {
                title = r.kind().display() + " " + words.issues() + " " + stripEnd(issues.group("subject"));
            } else if (acts.find()) {
                title = r.kind().display() + " " + VietCase.continuing(stripEnd(acts.group("subject")));
            }
        }
        Pattern plan = patterns.get("decisionIssuesPlan");
        boolean seen = title != null && !Fold.key(title).equals(r.kind().folded()) || article != null;
        boolean issuesPlan = title != null && plan.matcher(title).find()
                || article != null && plan.matcher(article).find();
        DocumentType type = issuesPlan ? DocumentType.QUYET_DINH : !seen ? unread : DocumentType.OTHER;
        return new Reading(r.kind(), title, type, r.authority());
    }

    /** The first "Điều 1." line with its text (on the next line where "Điều 1." stands alone). */
    private String articleOne(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (ARTICLE_ONE.matcher(l).matches()) {
                boolean bare = ARTICLE_ONE_MARK.matcher(l).replaceAll("").isBlank();
                return bare && i + 1 < lines.size()
                        ? words.articleOne() + " " + lines.get(i + 1).strip()
                        : l;
            }
        }
        return null;
    }

    static String stripEnd(String s) {
        return s.strip().replaceAll("[.;:,]+$", "").strip();
    }
}
