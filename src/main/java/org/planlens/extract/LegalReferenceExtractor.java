package org.planlens.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planlens.extract.refs.Citation;
import org.planlens.extract.refs.CitationRelations;
import org.planlens.extract.refs.CitationScanner;
import org.planlens.extract.refs.ScannedCitations;
import org.planlens.model.LegalReference;
import org.planlens.model.Mention;
import org.planlens.model.Warning;
import org.planlens.rules.Fold;
import org.planlens.rules.ModelData;
import org.planlens.structure.DigitMisreadings;
import org.planlens.structure.ScanDoubts;
import org.planlens.structure.SectionTree;

/**
 * The legal and policy documents a plan cites, once per document with every place it is cited (GOLD.md,
 * legalReferences). Citations of one number merge; the date, issuer and year come from the first citation that
 * prints them. Built once from the models; thread-safe.
 */
public final class LegalReferenceExtractor {
    private static final Pattern YEAR_PART = Pattern.compile("/((?:19|20)\\d{2})/");
    private final CitationScanner scanner;
    private final CitationRelations relations;
    private final ScannedCitations scanned;

    public LegalReferenceExtractor(ModelData models) {
        this.scanner = new CitationScanner(models);
        this.relations = new CitationRelations(models);
        this.scanned = new ScannedCitations(new DigitMisreadings(models));
    }

    public List<LegalReference> extract(String text, SectionTree sections) {
        return extract(text, sections, null);
    }

    /**
     * As {@link #extract(String, SectionTree)}, knowing the document's own number ({@code ownNumber}, from its
     * metadata; null when unknown): a page that reports the document ("đã ban hành Kế hoạch số 1888/KH-VPUBND về
     * ...") does not cite it.
     */
    public List<LegalReference> extract(String text, SectionTree sections, String ownNumber) {
        return references(text, sections, ownNumber, scanner.scan(text));
    }

    /**
     * As {@link #extract(String, SectionTree, String)} for an OCRed document: its citations checked first ({@link
     * ScannedCitations}: a year OCR made later than {@code latestYear}, the citing document's, mended with evidence
     * or flagged; numbers OCR had {@code doubts} of flagged), warnings to {@code warnings}.
     */
    public List<LegalReference> extractScanned(
            String text,
            SectionTree sections,
            String ownNumber,
            Integer latestYear,
            ScanDoubts doubts,
            List<Warning> warnings) {
        List<Citation> checked = scanned.check(scanner.scan(text), latestYear, doubts, warnings);
        return references(text, sections, ownNumber, checked);
    }

    private List<LegalReference> references(String text, SectionTree sections, String ownNumber, List<Citation> found) {
        String own = ownNumber == null ? null : CitationScanner.numberKey(ownNumber);
        Map<String, List<Citation>> byDocument = new LinkedHashMap<>();
        for (Citation c : found) {
            if (own != null
                    && c.number() != null
                    && CitationScanner.numberKey(c.number()).equals(own)) {
                continue;
            }
            String key = cutOffAtTheEnd(text, c)
                    ? longerNumber(c, byDocument).orElse(documentKey(c, byDocument))
                    : documentKey(c, byDocument);
            byDocument.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        }
        List<LegalReference> out = new ArrayList<>();
        for (List<Citation> citations : byDocument.values()) {
            out.add(reference("r" + (out.size() + 1), citations, sections, text));
        }
        return List.copyOf(out);
    }

    /** A numbered citation that the end of the text cuts off (a web page's opening stops inside its symbol). */
    private static boolean cutOffAtTheEnd(String text, Citation c) {
        return c.number() != null && text.substring(c.end()).isBlank();
    }

    /** The citation already read whose number {@code c}'s, cut off, begins ("2629/QĐ-T" of "2629/QĐ-TTg"). */
    private static Optional<String> longerNumber(Citation c, Map<String, List<Citation>> seen) {
        String number = CitationScanner.numberKey(c.number());
        return seen.keySet().stream()
                .filter(k -> k.startsWith(number) && !k.equals(number) && !k.startsWith(number + "@"))
                .findFirst();
    }

    /** Number (and year where printed, so that 76/NQ-CP of 2013 and of 2021 stay apart), or kind and name. */
    private String documentKey(Citation c, Map<String, List<Citation>> seen) {
        if (c.number() == null) {
            return nameKey(c);
        }
        String number = CitationScanner.numberKey(c.number());
        String year = year(c);
        if (year == null) {
            return seen.keySet().stream()
                    .filter(k -> k.equals(number) || k.startsWith(number + "@"))
                    .findFirst()
                    .orElse(number);
        }
        String dated = number + "@" + year;
        // "Quyết định 25/QĐ-TTg ngày 22/7/2021" and "Quyết định số 25/2021/QĐ-TTg": the year printed in one number
        // and beside the other, one document
        String bare = withoutYear(number, year);
        Optional<String> sameYear = seen.keySet().stream()
                .filter(k -> k.endsWith("@" + year)
                        && withoutYear(k.substring(0, k.length() - year.length() - 1), year)
                                .equals(bare))
                .findFirst();
        if (sameYear.isPresent()) {
            return sameYear.get();
        }
        if (seen.containsKey(number) && !seen.containsKey(dated)) {
            boolean undated = seen.get(number).stream().allMatch(x -> year(x) == null);
            if (undated) {
                return number;
            }
        }
        return dated;
    }

    /** "25/2021/qd-ttg" read without its year part "2021": "25/qd-ttg". */
    private static String withoutYear(String number, String year) {
        return number.replace("/" + year + "/", "/");
    }

    private LegalReference reference(String id, List<Citation> citations, SectionTree sections, String text) {
        Citation first = citations.get(0);
        String date = null;
        String issuer = null;
        String year = null;
        String name = first.name();
        for (Citation c : citations) {
            date = date != null ? date : c.date();
            issuer = issuer != null ? issuer : c.issuer();
            year = year != null ? year : year(c);
            if (name != null && c.name() != null && c.name().length() > name.length()) {
                name = c.name();
            }
        }
        String key = first.number() == null
                ? nameKey(first)
                : CitationScanner.numberKey(first.number()) + (year == null ? "" : "@" + year);
        List<Mention> mentions = citations.stream()
                .map(c -> new Mention(c.start(), c.end(), sections.sectionIdAt(c.start()))
                        .withRelation(relations.at(text, c.start())))
                .toList();
        return new LegalReference(id, first.type(), first.number(), key, date, issuer, name, mentions);
    }

    private static String year(Citation c) {
        if (c.date() != null) {
            return c.date().substring(0, 4);
        }
        if (c.number() == null) {
            return null;
        }
        Matcher m = YEAR_PART.matcher(c.number());
        return m.find() ? m.group(1) : null;
    }

    /** "luat:ngan sach nha nuoc"; a standard by its code alone, so "ISO 9001:2015" and "TCVN ISO 9001-2015" merge. */
    private static String nameKey(Citation c) {
        return Fold.key(c.type()) + ":"
                + Fold.fold(c.key()).replaceAll("\\s+", " ").strip();
    }
}
