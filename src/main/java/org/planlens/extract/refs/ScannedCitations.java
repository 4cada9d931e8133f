package org.planlens.extract.refs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planlens.model.Warning;
import org.planlens.model.WarningCode;
import org.planlens.structure.DigitMisreadings;
import org.planlens.structure.ScanDoubts;

/**
 * The citations of an OCRed document checked as a careful reader checks them: a cited document cannot be dated after
 * the document that cites it, so a year in a cited number later than the citing document's ({@code 108/2029/NĐ-CP}
 * in a plan of 2021) is a misread. It is mended only with evidence that names one year: the date printed beside the
 * number ({@code ngày 14/9/2020}) when that year is plausible and the number's could be it with one digit misread
 * ({@code models/ocr-digit-misreads.tsv}); when the date is as late, the one plausible year both could be misreads
 * of (two readings of one year that agree); else the same document cited elsewhere in the text with a plausible
 * year the misread could be. Otherwise the citation stays as read. Either way a warning says so, as it does for a
 * number Tesseract read with low confidence or weighed another digit for one of the digits of (its {@code 107}
 * also a {@code 197}; kept as read): never silently wrong, never invented.
 */
public final class ScannedCitations {
    private static final Pattern YEAR_PART = Pattern.compile("/(\\d{4})/");
    private static final int FIRST_YEAR = 1945;

    private final DigitMisreadings misreadings;

    public ScannedCitations(DigitMisreadings misreadings) {
        this.misreadings = misreadings;
    }

    /**
     * {@code citations} with the years mended where the evidence names one, {@code latestYear} the year no cited
     * document can be later than (null when unknown: years are not checked), {@code doubts} the words Tesseract read
     * with low confidence or was unsure of a digit of; a warning for each citation mended or unsure goes to
     * {@code warnings}.
     */
    public List<Citation> check(
            List<Citation> citations, Integer latestYear, ScanDoubts doubts, List<Warning> warnings) {
        List<Citation> out = new ArrayList<>();
        // one warning for each number, however often it is cited
        Set<String> said = new LinkedHashSet<>();
        List<Warning> found = new ArrayList<>();
        for (Citation c : citations) {
            Citation checked = latestYear == null ? c : checkYear(c, citations, latestYear, found);
            if (checked == c && c.number() != null) {
                unsure(c.number(), doubts).ifPresent(found::add);
            }
            out.add(checked);
        }
        for (Warning w : found) {
            if (said.add(w.message())) {
                warnings.add(w);
            }
        }
        return out;
    }

    private Citation checkYear(Citation c, List<Citation> all, int latest, List<Warning> warnings) {
        Matcher m = c.number() == null ? null : YEAR_PART.matcher(c.number());
        if (m == null || !m.find()) {
            return c;
        }
        String read = m.group(1);
        if (Integer.parseInt(read) <= latest) {
            return c;
        }
        String dateYear = c.date() == null ? null : c.date().substring(0, 4);
        String year = null;
        String evidence = null;
        if (dateYear != null && plausible(dateYear, latest) && misreadings.couldBe(read, dateYear)) {
            year = dateYear;
            evidence = "the date printed beside it, " + c.date();
        } else if (dateYear != null && !plausible(dateYear, latest)) {
            Set<String> both = new TreeSet<>();
            for (int y = FIRST_YEAR; y <= latest; y++) {
                String candidate = Integer.toString(y);
                if (misreadings.couldBe(read, candidate) && misreadings.couldBe(dateYear, candidate)) {
                    both.add(candidate);
                }
            }
            if (both.size() == 1) {
                year = both.iterator().next();
                evidence = "the date printed beside it, read " + c.date() + " and as late, could be the same year";
            }
        }
        if (year == null) {
            year = sameDocumentElsewhere(c, read, all, latest);
            evidence = year == null ? null : "the same document cited elsewhere in the text as of " + year;
        }
        if (year == null) {
            warnings.add(Warning.of(
                    WarningCode.OCR_REFERENCE_UNSURE,
                    "cited number '" + c.number() + "' is dated " + read + ", after the citing document (" + latest
                            + "): a misread year that nothing in the document mends; kept as read, year unsure"));
            return c;
        }
        String number = c.number().substring(0, m.start(1)) + year + c.number().substring(m.end(1));
        String date = c.date() == null || c.date().startsWith(year)
                ? c.date()
                : year + c.date().substring(4);
        warnings.add(Warning.of(
                WarningCode.OCR_REFERENCE_UNSURE,
                "OCR read the cited number '" + c.number() + "', dated after the citing document (" + latest
                        + "); mended to '" + number + "' from " + evidence));
        return new Citation(c.type(), number, date, c.issuer(), c.name(), c.key(), c.start(), c.end());
    }

    /** The one plausible year the document is cited with elsewhere that {@code read} could be; null otherwise. */
    private String sameDocumentElsewhere(Citation c, String read, List<Citation> all, int latest) {
        Set<String> years = new TreeSet<>();
        String bare = CitationScanner.numberKey(c.number()).replace("/" + read + "/", "/");
        for (Citation o : all) {
            Matcher m = o.number() == null ? null : YEAR_PART.matcher(o.number());
            if (m == null || !m.find() || o == c) {
                continue;
            }
            String y = m.group(1);
            if (plausible(y, latest)
                    && misreadings.couldBe(read, y)
                    && CitationScanner.numberKey(o.number())
                            .replace("/" + y + "/", "/")
                            .equals(bare)) {
                years.add(y);
            }
        }
        return years.size() == 1 ? years.iterator().next() : null;
    }

    private static boolean plausible(String year, int latest) {
        int y = Integer.parseInt(year);
        return y >= FIRST_YEAR && y <= latest;
    }

    /** The warning for a cited number OCR read unsure, kept as read; empty when it was sure of it. */
    private static Optional<Warning> unsure(String number, ScanDoubts doubts) {
        if (isDoubtful(number, doubts.lowConfidence())) {
            return Optional.of(Warning.of(
                    WarningCode.OCR_REFERENCE_UNSURE,
                    "cited number '" + number + "' read by OCR with low confidence: kept as read, unchecked"));
        }
        return doubts.otherReading(number)
                .map(other -> Warning.of(
                        WarningCode.OCR_REFERENCE_UNSURE,
                        "cited number '" + number + "' read by OCR weighing another digit for one of its digits: it"
                                + " may as well be '" + other + "'; kept as read, unchecked"));
    }

    /** Whether Tesseract read the number's own part and year ({@code 197/2020}) with low confidence. */
    private static boolean isDoubtful(String number, Set<String> doubtful) {
        String[] parts = number.split("/");
        String head = parts.length > 1 ? parts[0] + "/" + parts[1] : parts[0];
        for (String word : doubtful) {
            String w = word.replaceAll("^[^\\p{L}\\p{N}]+", "");
            if (w.startsWith(head) && (w.length() == head.length() || !Character.isDigit(w.charAt(head.length())))) {
                return true;
            }
        }
        return false;
    }
}
