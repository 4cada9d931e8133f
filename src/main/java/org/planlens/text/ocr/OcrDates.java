package org.planlens.text.ocr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planlens.model.Warning;
import org.planlens.model.WarningCode;
import org.planlens.rules.ModelData;
import org.planlens.rules.NamedWords;
import org.planlens.text.DigitChoices;

/**
 * Mends the dates OCR made impossible on the pages it read: a year no plan prints ({@code 2921}, {@code 2626}: a
 * zero read as 9 or 6, common in fonts whose zero carries a dot), a day or month past its range ({@code ngày 61/8}).
 * A date is mended only with evidence: among the readings the digit misreads of {@code models/ocr-digit-misreads.tsv}
 * allow, the one the document's own other dates name most (its other years, its period; for a day, the same day and
 * month printed elsewhere), and only when one stands out. Otherwise it stays as read and is flagged. Digits are
 * replaced one for one, so the text keeps its length. Text layers are never touched.
 */
public final class OcrDates {
    /** The text with its dates mended, and a warning for each date mended or left impossible. */
    public record Mended(String text, List<Warning> warnings) {
        public Mended {
            warnings = List.copyOf(warnings);
        }
    }

    static final String FILE = DigitMeanings.FILE;
    /** Years a plan and the documents it cites can carry. */
    static final int FIRST_YEAR = 1945;

    static final int LAST_YEAR = 2099;

    private static final String NOT_DIGIT_BEFORE = "(?<![\\p{L}\\p{N}/.-])";
    private static final String NOT_DIGIT_AFTER = "(?![\\p{N}])";
    /** The words of dates, read from this file of {@code models/}. */
    static final String WORDS = "date-words.tsv";

    /** Years in date context: "năm 2021", "15/7/2021", "15-7-2021", "2021 - 2025", "giai đoạn 2021". */
    private final Pattern year;
    /** Five digits after "năm": a year one of whose zeros OCR read as two glyphs ("năm 20625"). */
    private final Pattern splitZeroYear;
    /** A day and month: "ngày 15/7", "ngày 15 tháng 7", "ngày 15-7". */
    private final Pattern dayMonth;

    /** For a character OCR printed, the digits it can stand for (itself included when a digit). */
    private final DigitMeanings meanings;
    /**
     * Years in date context read with letters for some digits ("năm Z021", "năm 2O2O"): the letters of {@link
     * #FILE}, two digits at least, a letter neither before nor after.
     */
    private final Pattern lettered;

    public OcrDates(ModelData models) {
        NamedWords words = new NamedWords(models, WORDS);
        this.year = yearPattern(words, "\\d");
        this.dayMonth = words.compile(
                "$DAY\\s{0,3}(\\d{1,2})\\s{0,3}(?:$MONTH\\s{0,3}|[/.-])(\\d{1,2})" + NOT_DIGIT_AFTER,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.splitZeroYear = words.compile(
                "(?<=$YEAR[\\s:.,]{1,4})(\\d{5})" + NOT_DIGIT_AFTER + "(?!\\p{L})",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.meanings = new DigitMeanings(models);
        String letters = meanings.letters();
        this.lettered = letters.isEmpty() ? null : yearPattern(words, "(?-i:[\\d" + letters + "])");
    }

    /** Four characters of {@code digit} in date context, a letter or digit neither before nor after. */
    private static Pattern yearPattern(NamedWords words, String digit) {
        return words.compile(
                // a speck may stand between the word and its year ("năm :" / "2024")
                "(?:(?<=$YEAR[\\s:.,]{1,4})|(?<=\\d[/.-])|(?<=\\d\\s?[-–]\\s?)" + "|(?<=$PERIOD\\s{1,3})|"
                        + NOT_DIGIT_BEFORE
                        + "(?=" + digit + "{4}\\s?[-–]\\s?\\d{4}))(" + digit + "{4})" + NOT_DIGIT_AFTER + "(?!\\p{L})",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public static OcrDates packaged() {
        return new OcrDates(ModelData.packaged());
    }

    /**
     * {@code text}'s pages (separated by form feeds) with the dates mended on those {@code ocrPage} says were OCRed;
     * the evidence is read from every page.
     */
    public Mended mend(String text, List<Boolean> ocrPage) {
        return mend(text, ocrPage, List.of());
    }

    /**
     * As {@link #mend(String, List)}; {@code choices}, the words of each page Tesseract was unsure of a digit of,
     * show which glyphs the page's face confuses ({@code 9} weighed as {@code 0}): a year no other date names is
     * mended when changing only such glyphs gives one year inside the document's own span of dates.
     */
    public Mended mend(String text, List<Boolean> ocrPage, List<List<DigitChoices>> choices) {
        Evidence evidence = Evidence.of(text, year, dayMonth);
        String[] pages = text.split("\f", -1);
        List<Warning> warnings = new ArrayList<>();
        for (int p = 0; p < pages.length; p++) {
            if (p < ocrPage.size() && ocrPage.get(p)) {
                Map<Character, String> confused = confusions(p < choices.size() ? choices.get(p) : List.of());
                pages[p] = mendPage(pages[p], p + 1, evidence, confused, warnings);
            }
        }
        return new Mended(String.join("\f", pages), warnings);
    }

    private String mendPage(
            String page, int pageNo, Evidence evidence, Map<Character, String> confused, List<Warning> warnings) {
        char[] out = page.toCharArray();
        Matcher y = (lettered == null ? year : lettered).matcher(page);
        while (y.find()) {
            String token = y.group(1);
            long digits = token.chars().filter(Character::isDigit).count();
            if (digits < 2 || digits == 4 && plausibleYear(Integer.parseInt(token))) {
                continue;
            }
            String best = best(y.group(1), evidence.years, c -> plausibleYear(Integer.parseInt(c)), c -> c);
            String glyphMended = best == null && digits == 4 ? confusedGlyphs(token, confused, evidence) : null;
            if (glyphMended != null) {
                replace(out, y.start(1), glyphMended);
                warnings.add(new Warning(
                        WarningCode.OCR_DATE_REPAIRED,
                        "OCR read the year '" + token + "', which cannot be; mended to '" + glyphMended + "': this"
                                + " page's face confuses " + shownConfusions(token, glyphMended) + " (Tesseract"
                                + " weighed one for the other on it), and '" + glyphMended + "' is the one year"
                                + " that makes inside the document's dates (" + evidence.firstYear() + "-"
                                + evidence.lastYear() + ")",
                        pageNo));
                continue;
            }
            note(out, y.start(1), y.group(1), best, pageNo, "year", evidence.yearCounts(best), warnings);
        }
        Matcher split = splitZeroYear.matcher(page);
        while (split.find()) {
            String token = split.group(1);
            String mended = withoutSplitGlyph(token, confused, evidence);
            if (mended == null) {
                warnings.add(new Warning(
                        WarningCode.OCR_DATE_IMPLAUSIBLE,
                        "OCR read the year '" + token + "', which cannot be; left as read: no glyph beside a zero that"
                                + " this page's face confuses with one gives a single year inside the document's dates",
                        pageNo));
                continue;
            }
            // the year, then a space where the glyph was: the text keeps its length
            replace(out, split.start(1), mended + " ");
            warnings.add(new Warning(
                    WarningCode.OCR_DATE_REPAIRED,
                    "OCR read the year '" + token + "', which cannot be; mended to '" + mended + "': a zero read as"
                            + " two glyphs (this page's face confuses the one beside it with 0), and '" + mended
                            + "' the one year that leaves inside the document's dates (" + evidence.firstYear() + "-"
                            + evidence.lastYear() + ")",
                    pageNo));
        }
        Matcher d = dayMonth.matcher(page);
        while (d.find()) {
            int day = Integer.parseInt(d.group(1));
            int month = Integer.parseInt(d.group(2));
            if (day >= 1 && day <= 31 && month >= 1 && month <= 12) {
                continue;
            }
            String read = d.group(1) + "/" + d.group(2);
            String best = best(read, evidence.dayMonths, OcrDates::plausibleDayMonth, OcrDates::dayMonthKey);
            note(out, d.start(1), read, best, pageNo, "day and month", evidence.dayMonthCounts(best), warnings);
            if (best != null) {
                String[] parts = best.split("/");
                replace(out, d.start(1), parts[0]);
                replace(out, d.start(2), parts[1]);
            }
        }
        return new String(out);
    }

    /**
     * For each digit this page's unsure words read, the other digits Tesseract weighed for it ({@code 9} -> {@code
     * "0"}): the glyphs the page's face confuses.
     */
    private static Map<Character, String> confusions(List<DigitChoices> words) {
        Map<Character, String> out = new HashMap<>();
        for (DigitChoices w : words) {
            for (String g : w.glyphs()) {
                if (g.length() > 1 && Character.isDigit(g.charAt(0))) {
                    for (char other : g.substring(1).toCharArray()) {
                        out.merge(g.charAt(0), String.valueOf(other), (a, b) -> a.indexOf(other) >= 0 ? a : a + b);
                    }
                }
            }
        }
        return out;
    }

    /**
     * The one year inside the document's span of plausible dates that {@code token} becomes when only glyphs the page
     * confuses are read as what they are confused with; null when none or several.
     */
    private static String confusedGlyphs(String token, Map<Character, String> confused, Evidence evidence) {
        if (evidence.years.isEmpty()) {
            return null;
        }
        List<String> places = new ArrayList<>();
        for (char c : token.toCharArray()) {
            places.add(c + confused.getOrDefault(c, ""));
        }
        List<String> inside = DigitReadings.all(places, UnsureDigits.MAX_READINGS).stream()
                .filter(r -> !r.equals(token))
                .filter(r -> Integer.parseInt(r) >= evidence.firstYear() && Integer.parseInt(r) <= evidence.lastYear())
                .toList();
        return inside.size() == 1 ? inside.get(0) : null;
    }

    /**
     * The one year inside the document's span of dates that {@code token} (five digits) leaves without a glyph that
     * stands beside a 0 and that the page's face confuses with 0 (a dotted zero read as {@code 06}); null when none or
     * several.
     */
    private static String withoutSplitGlyph(String token, Map<Character, String> confused, Evidence evidence) {
        if (evidence.years.isEmpty()) {
            return null;
        }
        List<String> inside = new ArrayList<>();
        for (int i = 0; i < token.length(); i++) {
            boolean besideZero =
                    i > 0 && token.charAt(i - 1) == '0' || i + 1 < token.length() && token.charAt(i + 1) == '0';
            if (!besideZero || confused.getOrDefault(token.charAt(i), "").indexOf('0') < 0) {
                continue;
            }
            String year = token.substring(0, i) + token.substring(i + 1);
            int y = Integer.parseInt(year);
            if (y >= evidence.firstYear() && y <= evidence.lastYear() && !inside.contains(year)) {
                inside.add(year);
            }
        }
        return inside.size() == 1 ? inside.get(0) : null;
    }

    /** "9 and 0": the digits read and mended, each pair once. */
    private static String shownConfusions(String read, String mended) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < read.length(); i++) {
            String pair = read.charAt(i) + " and " + mended.charAt(i);
            if (read.charAt(i) != mended.charAt(i) && !pairs.contains(pair)) {
                pairs.add(pair);
            }
        }
        return String.join(", ", pairs);
    }

    private static void note(
            char[] out, int at, String read, String best, int page, String what, int count, List<Warning> warnings) {
        if (best == null) {
            warnings.add(new Warning(
                    WarningCode.OCR_DATE_IMPLAUSIBLE,
                    "OCR read the " + what + " '" + read + "', which cannot be; left as read: no other date of the"
                            + " document says which it is",
                    page));
            return;
        }
        if (!read.contains("/")) {
            replace(out, at, best);
        }
        warnings.add(new Warning(
                WarningCode.OCR_DATE_REPAIRED,
                "OCR read the " + what + " '" + read + "', which cannot be; mended to '" + best
                        + "', which the document prints " + count + " time" + (count == 1 ? "" : "s")
                        + " elsewhere",
                page));
    }

    private static void replace(char[] out, int at, String digits) {
        digits.getChars(0, digits.length(), out, at);
    }

    /**
     * The reading of {@code read} (each character as a digit it can stand for) that is plausible and that the
     * evidence names most, when one names more than any other; null otherwise.
     */
    private String best(
            String read, Map<String, Integer> seen, Predicate<String> plausible, UnaryOperator<String> key) {
        List<String> choices = new ArrayList<>();
        for (char c : read.toCharArray()) {
            choices.add(c == '/' ? "/" : meanings.of(c));
        }
        return DigitReadings.best(
                        DigitReadings.all(choices, Integer.MAX_VALUE),
                        r -> !r.equals(read) && plausible.test(r),
                        r -> seen.getOrDefault(key.apply(r), 0))
                .standingOut();
    }

    private static boolean plausibleYear(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** "01/8" and "1/08" as one key. */
    private static String dayMonthKey(String dayMonth) {
        String[] p = dayMonth.split("/");
        return Integer.parseInt(p[0]) + "/" + Integer.parseInt(p[1]);
    }

    private static boolean plausibleDayMonth(String dayMonth) {
        String[] p = dayMonth.split("/");
        int day = Integer.parseInt(p[0]);
        int month = Integer.parseInt(p[1]);
        return day >= 1 && day <= 31 && month >= 1 && month <= 12;
    }

    /** The plausible years and days-and-months the document prints, with how often. */
    private record Evidence(Map<String, Integer> years, Map<String, Integer> dayMonths) {
        static Evidence of(String text, Pattern year, Pattern dayMonth) {
            Map<String, Integer> years = new HashMap<>();
            Matcher y = year.matcher(text);
            while (y.find()) {
                if (plausibleYear(Integer.parseInt(y.group(1)))) {
                    years.merge(y.group(1), 1, Integer::sum);
                }
            }
            Map<String, Integer> dayMonths = new HashMap<>();
            Matcher d = dayMonth.matcher(text);
            while (d.find()) {
                // "ngày 01/8" and "ngày 1 tháng 8" are one day
                String key = dayMonthKey(d.group(1) + "/" + d.group(2));
                if (plausibleDayMonth(key)) {
                    dayMonths.merge(key, 1, Integer::sum);
                }
            }
            return new Evidence(years, dayMonths);
        }

        /** The earliest plausible year the document's dates name. */
        int firstYear() {
            return years.keySet().stream().mapToInt(Integer::parseInt).min().orElse(0);
        }

        /** The latest plausible year the document's dates name. */
        int lastYear() {
            return years.keySet().stream().mapToInt(Integer::parseInt).max().orElse(0);
        }

        int yearCounts(String year) {
            return year == null ? 0 : years.getOrDefault(year, 0);
        }

        int dayMonthCounts(String dayMonth) {
            return dayMonth == null ? 0 : dayMonths.getOrDefault(dayMonthKey(dayMonth), 0);
        }
    }
}
