package org.planlens.extract;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planlens.extract.meta.AdminUnits;
import org.planlens.extract.meta.DocumentHeader;
import org.planlens.extract.meta.DocumentTypes;
import org.planlens.extract.meta.IssuerBodies;
import org.planlens.extract.meta.IssuerReader;
import org.planlens.extract.meta.NamedPatterns;
import org.planlens.extract.meta.PageFacts;
import org.planlens.extract.meta.PeriodReader;
import org.planlens.extract.meta.SignerFinder;
import org.planlens.extract.meta.TitleReader;
import org.planlens.extract.meta.TitleWords;
import org.planlens.extract.patterns.GluedWord;
import org.planlens.model.Issuer;
import org.planlens.model.Metadata;
import org.planlens.model.PartialDate;
import org.planlens.model.Signer;
import org.planlens.rules.Fold;
import org.planlens.rules.ModelData;
import org.planlens.structure.SectionTree;

/**
 * Document type, number, date, issuer, period, signer and title from the document's header and signature
 * ({@link DocumentHeader}), with what a website prints around a document it carries (its facts table, a news
 * lead) where the document's own header does not say. Where no header names the issuer, it is inferred from the
 * places the text names most ("UBND xã", "Đảng bộ xã Định Tân", "UBND huyện Yên Định").
 */
public final class MetadataExtractor {
    private static final Pattern PROPER = Pattern.compile(
            "(?<![\\p{L}\\p{M}])\\p{Lu}[\\p{Ll}\\p{M}]+(?:[ ]\\p{Lu}[\\p{Ll}\\p{M}]+)+(?![\\p{L}\\p{M}])");

    private final NamedPatterns patterns;
    private final DocumentHeader.Finder headers;
    private final DocumentTypes types;
    private final AdminUnits units;
    private final PageFacts pageFacts;
    private final TitleReader titles;
    private final IssuerReader issuers;
    private final PeriodReader periods;
    private final SignerFinder signers;
    /** A word a site ran into the number's symbol ("02-KH/BCĐTWNgày đăng công báo"). */
    private final GluedWord glued;

    public MetadataExtractor(ModelData models) {
        this.patterns = new NamedPatterns(models, "metadata-patterns.tsv");
        this.types = new DocumentTypes(models);
        this.units = new AdminUnits(models);
        IssuerBodies bodies = new IssuerBodies(models, units);
        this.signers = new SignerFinder(models);
        this.headers = new DocumentHeader.Finder(patterns, bodies, types);
        this.pageFacts = new PageFacts(models);
        this.titles = new TitleReader(types, bodies, signers, patterns, new TitleWords(models));
        this.issuers = new IssuerReader(units, bodies, signers, patterns);
        this.periods = new PeriodReader(patterns);
        this.glued = new GluedWord(models);
    }

    /** The longest line metadata reads whole. */
    static final int MAX_LINE = 20_000;

    public Metadata extract(String text, SectionTree sections) {
        // a saved page may run its whole opening on one line, header included, but no document's line is this
        // long: a longer one is junk and read cut, so that no scan of the header grows with it
        List<String> lines = Arrays.stream(text.split("\n"))
                .map(l -> l.length() > MAX_LINE ? l.substring(0, MAX_LINE) : l)
                .map(String::strip)
                .toList();
        DocumentHeader header = headers.find(lines);
        PageFacts.Facts facts = pageFacts.read(lines);
        Optional<Matcher> lead = newsLead(lines, header);
        String number = number(header, facts, lines);
        TitleReader.Reading reading =
                titles.read(header, lines, Optional.ofNullable(number).flatMap(types::ofSymbol), properPhrases(text));
        Optional<Matcher> ownAct = Optional.empty();
        if (number == null && !header.hasNumberLine(patterns.get("number"))) {
            number = leadNumber(lead, reading);
            ownAct = number == null ? ownActNote(lines, reading.kind()) : Optional.empty();
            number = ownAct.map(m -> numberOrNull(m.group("num"))).orElse(number);
        }
        Optional<Matcher> dated = lead.isPresent() ? lead : ownAct;
        Optional<String> leadBody = lead.map(m -> m.group("body"));
        Issuer issuer = issuers.read(
                text, header, Optional.ofNullable(reading.authority()), facts.get(PageFacts.Fact.ISSUER), leadBody);
        Signer signer = signers.find(lines);
        if (signer.name() == null) {
            signer = facts.get(PageFacts.Fact.SIGNER)
                    .map(n -> new Signer(n, null))
                    .orElse(Signer.UNKNOWN);
        }
        PartialDate issued = issueDate(header, facts, dated, lines);
        return new Metadata(
                reading.title(),
                reading.type(),
                number,
                issued,
                issuer,
                periods.read(reading.title(), lines, issued.year()),
                signer);
    }

    /**
     * What the header prints in the place of its number when that place is not blank ("ƒ 2 Ể" of "Số: ƒ 2
     * Ể/KH-UBND"): on a scan, the marks OCR made of a number it could not read; empty when the header has no number
     * line or leaves it blank.
     */
    public Optional<String> numberSlot(String text) {
        List<String> lines = Arrays.stream(text.split("\n"))
                .map(l -> l.length() > MAX_LINE ? l.substring(0, MAX_LINE) : l)
                .map(String::strip)
                .toList();
        Matcher m = patterns.get("numberSlot").matcher(headers.find(lines).stream());
        if (!m.find()) {
            return Optional.empty();
        }
        // the header's own number line only: a blank place there is no number, whatever is cited below it
        String slot = m.group("slot").strip();
        return slot.chars().anyMatch(Character::isLetterOrDigit) ? Optional.of(slot) : Optional.empty();
    }

    /**
     * The header's "Số: ..." (null when left blank for signing: a number written in by hand is not guessed); without
     * one, the website's "Số hiệu" or the number in its title over the document.
     */
    private String number(DocumentHeader header, PageFacts.Facts facts, List<String> lines) {
        Pattern p = patterns.get("number");
        List<DocumentHeader.Cell> cells = header.cells();
        for (int i = 0; i < cells.size(); i++) {
            Matcher m = p.matcher(cells.get(i).text());
            while (m.find()) {
                if (m.start() != 0 && m.group("colon") == null) {
                    continue;
                }
                if (m.group("num") == null && i + 1 < cells.size()) {
                    // "Số:" / "125/KH-UBND": the number in the cell under its label
                    Matcher under = p.matcher(cells.get(i).text().substring(m.start()) + " "
                            + cells.get(i + 1).text());
                    return under.lookingAt() ? numberOrNull(brokenAtHyphen(under.group("num"), cells, i + 2)) : null;
                }
                return numberOrNull(brokenAtHyphen(m.group("num"), cells, i + 1));
            }
        }
        // a number broken over cells ("Số:" / "/KH-UBND"): read in the cells joined
        Matcher joined = p.matcher(header.stream());
        if (joined.find()) {
            return numberOrNull(joined.group("num"));
        }
        return facts.get(PageFacts.Fact.NUMBER)
                .map(this::numberOrNull)
                .or(() -> Optional.ofNullable(pageTitleNumber(lines, header)))
                .orElseGet(() -> noteNumber(lines, header));
    }

    /** Lines a page may break an act's note over ("(Ban hành kèm theo Quyết định số: 59/QĐ-UBND" / "Ngày 22 ..."). */
    private static final int NOTE_SPAN = 4;

    /**
     * "(Ban hành kèm theo Nghị quyết số 1339/NQ-UBTVQH15 ngày 28 tháng 12 năm 2024 ...)": the first note opening a line
     * that names the act a plan is issued with, when that act is of the document's own kind: a page that prints a
     * resolution without its header gives its number and date there. A plan's note naming the decision that issues
     * it gives the plan no number (the decision's is not the plan's).
     */
    private Optional<Matcher> ownActNote(List<String> lines, DocumentTypes.Kind kind) {
        if (kind == null) {
            return Optional.empty();
        }
        Pattern note = patterns.get("annexNote");
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).indexOf('(') < 0) {
                continue;
            }
            Matcher m = note.matcher(String.join(" ", lines.subList(i, Math.min(lines.size(), i + NOTE_SPAN))));
            if (m.lookingAt()) {
                return types.ofTitle(m.group("kind")).filter(kind::equals).map(k -> m);
            }
        }
        return Optional.empty();
    }

    /** Lines from the top in which a portal prints its note of the number under the document's title. */
    private static final int NOTE_LINES = 8;

    /** "(Số 255/BC-UBND, ngày 16/12/2022 của UBND ...)" under the title: the number a portal's note gives. */
    private String noteNumber(List<String> lines, DocumentHeader header) {
        Pattern note = patterns.get("ownNumberNote");
        for (int i = 0; i < lines.size() && i < Math.max(header.startLine(), NOTE_LINES); i++) {
            Matcher m = note.matcher(lines.get(i));
            if (m.find()) {
                return numberOrNull(m.group("num"));
            }
        }
        return null;
    }

    /** "Kế hoạch 186/KH-UBND năm 2025 phát triển ...": the number a website's title over the document gives. */
    private String pageTitleNumber(List<String> lines, DocumentHeader header) {
        Pattern title = patterns.get("pageTitle");
        for (int i = 0; i < lines.size() && i < Math.max(header.startLine(), 3); i++) {
            Matcher m = title.matcher(lines.get(i));
            if (m.matches() && types.ofTitle(m.group("kind")).isPresent()) {
                return numberOrNull(m.group("num"));
            }
        }
        return null;
    }

    /** "Số: 6709/UBND-" / "NC": a number a line end broke after its hyphen reads on in the next cell. */
    private static String brokenAtHyphen(String num, List<DocumentHeader.Cell> cells, int next) {
        if (num == null || !num.endsWith("-") || next >= cells.size()) {
            return num;
        }
        String rest = cells.get(next).text().split("\\s+", 2)[0];
        return rest.matches("[\\p{Lu}\\d][\\p{Lu}\\d&.-]*") ? num + rest : num;
    }

    /** The number a news lead gives, when what it says was issued is this document's kind. */
    private String leadNumber(Optional<Matcher> lead, TitleReader.Reading reading) {
        if (lead.isEmpty() || lead.get().group("num") == null || reading.kind() == null) {
            return null;
        }
        Optional<DocumentTypes.Kind> issued = types.ofTitle(lead.get().group("kind"));
        return issued.isPresent() && issued.get().equals(reading.kind())
                ? numberOrNull(lead.get().group("num"))
                : null;
    }

    /**
     * Runs of two or more capitalised words the text prints ("Phạm Thị Thanh Trà", "Bắc Giang", "Luật Bảo"): a title
     * printed in capitals gets their capitals back.
     */
    private static Set<String> properPhrases(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = PROPER.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** "Số:   /KH-UBND": the number is written in at signing. */
    private String numberOrNull(String num) {
        if (num == null) {
            return null;
        }
        String n = glued.cut(num.replaceAll("\\s", "").replaceAll("[.]+$", ""));
        int slash = n.indexOf('/');
        return slash > 0 && n.substring(0, slash).chars().anyMatch(Character::isDigit) ? n : null;
    }

    /**
     * "Ngày 30/12/2025, Văn phòng UBND tỉnh Lai Châu đã ban hành Kế hoạch số 1888/KH-VPUBND ...": a news page's lead
     * in its first lines, above where a header would be; else a portal's line restating the document ("Báo cáo số
     * 228/ BC-UBND ngày 05/12/2023 của UBND phường Hà Phong về ...").
     */
    private Optional<Matcher> newsLead(List<String> lines, DocumentHeader header) {
        int limit = Math.max(header.startLine(), 3);
        for (String name : List.of("newsLead", "ownLead")) {
            Pattern p = patterns.get(name);
            for (int i = 0; i < lines.size() && i < limit; i++) {
                Matcher m = p.matcher(lines.get(i));
                if (m.find()) {
                    return Optional.of(m);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The header's place and date ("Bắc Giang, ngày" / "29 tháng 4 năm 2021", blank parts null); without one, the
     * website's "Ngày ban hành", a news lead's date (or that of the note naming the act the document is), or the
     * issuing act's date an appendix prints.
     */
    private PartialDate issueDate(
            DocumentHeader header, PageFacts.Facts facts, Optional<Matcher> lead, List<String> lines) {
        String folded = Fold.fold(header.stream());
        for (String name : List.of("headerDate", "headerDateSlash", "headerMonth")) {
            Matcher m = patterns.get(name).matcher(folded);
            if (m.find()) {
                return date(m);
            }
        }
        Matcher noComma = patterns.get("headerDateNoComma").matcher(Fold.fold(aboveTypeLine(header)));
        if (noComma.find()) {
            return date(noComma);
        }
        Optional<PartialDate> fact = facts.get(PageFacts.Fact.DATE).flatMap(MetadataExtractor::slashDate);
        if (fact.isPresent()) {
            return fact.get();
        }
        if (lead.isPresent()) {
            return date(lead.get());
        }
        Pattern annex = patterns.get("annexDate");
        for (String line : lines.subList(0, Math.min(lines.size(), header.endLine() + 25))) {
            Matcher a = annex.matcher(line);
            if (a.find() && (a.group("num") == null || numberOrNull(a.group("num")) == null)) {
                return date(a);
            }
        }
        return PartialDate.UNKNOWN;
    }

    /** The header's cells above its type line, joined: where a place and date stand. */
    private String aboveTypeLine(DocumentHeader header) {
        StringBuilder out = new StringBuilder();
        for (DocumentHeader.Cell c :
                header.cells().subList(header.issuerCells(), header.cells().size())) {
            if (types.ofTypeLine(c.text()).isPresent()
                    || types.ofOpening(c.text()).isPresent()) {
                break;
            }
            out.append(' ').append(c.text());
        }
        return out.toString();
    }

    private static PartialDate date(Matcher m) {
        Integer day = m.pattern().pattern().contains("<day>") ? intOrNull(m.group("day")) : null;
        return new PartialDate(intOrNull(m.group("year")), intOrNull(m.group("month")), day);
    }

    /** "18/11/2025" as a website prints its dates. */
    private static Optional<PartialDate> slashDate(String s) {
        Matcher m = Pattern.compile("^(\\d{1,2})/(\\d{1,2})/(\\d{4})").matcher(s.strip());
        return m.find()
                ? Optional.of(new PartialDate(
                        Integer.valueOf(m.group(3)), Integer.valueOf(m.group(2)), Integer.valueOf(m.group(1))))
                : Optional.empty();
    }

    private static Integer intOrNull(String s) {
        return s == null ? null : Integer.valueOf(s);
    }
}
