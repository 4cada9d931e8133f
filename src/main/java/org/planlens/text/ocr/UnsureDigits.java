package org.planlens.text.ocr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planlens.model.Warning;
import org.planlens.model.WarningCode;
import org.planlens.rules.ModelData;
import org.planlens.text.DigitChoices;

/**
 * Mends the numbers of OCRed pages whose digits Tesseract was unsure of ({@link HocrChoices}: a zero it also read as
 * a 9), with the document's own other printings as evidence: among the readings its unsure digits allow, the one the
 * document prints elsewhere as a whole ({@code 108/2020/NĐ-CP}, {@code 100%}, {@code 2030}) more often than any
 * other reading, more than twice as often as the reading as read is printed elsewhere (at least twice when it is
 * not), and more often than all the other misreadings of the number together: its unsure places read as one of their
 * digits or what OCR misreads one as ({@code models/ocr-digit-misreads.tsv}). Readings OCR was sure of that disagree
 * among themselves ({@code 100%} printed seven times, read {@code 106%}, {@code 199%} and {@code 100%}) are one
 * number misread several ways, no evidence for any of them. Printings as unsure between the two readings weighed are
 * no evidence either way. Otherwise the number stays as read. Digits are replaced one for one, so the text keeps its
 * length; a warning names each mend. Text layers are never touched.
 */
public final class UnsureDigits {
    /** The text with its numbers mended, and a warning for each. */
    public record Mended(String text, List<Warning> warnings) {
        public Mended {
            warnings = List.copyOf(warnings);
        }
    }

    /** Readings of one word weighed at most: a word with more unsure digits than that is left as read. */
    static final int MAX_READINGS = 64;

    /** How many times the other reading must be printed for each printing of the reading as read, this one too. */
    static final int MARGIN = 2;

    /** Characters a number needs to be mended: a lone digit or two is too common to be told by its printings. */
    static final int MIN_LENGTH = 3;

    /**
     * An unsure number where it stands: page (0-based), offset of its first character in the page and in the whole
     * text, as read, its readings, and for each character the digits it may be ({@code "09"}; the character itself
     * when sure).
     */
    private record Located(int page, int at, int textAt, String read, Set<String> readings, List<String> glyphs) {}

    private final DigitMeanings meanings;

    public UnsureDigits(ModelData models) {
        this.meanings = new DigitMeanings(models);
    }

    /**
     * {@code text}'s pages (separated by form feeds) with the numbers mended on those {@code ocrPage} says were
     * OCRed, {@code choices} the unsure words of each page in reading order; the evidence is read from every page.
     */
    public Mended mend(String text, List<Boolean> ocrPage, List<List<DigitChoices>> choices) {
        String[] pages = text.split("\f", -1);
        List<Located> unsure = new ArrayList<>();
        int pageStart = 0;
        for (int p = 0; p < pages.length; p++) {
            if (p < choices.size() && p < ocrPage.size() && ocrPage.get(p)) {
                locate(pages[p], p, pageStart, choices.get(p), unsure);
            }
            pageStart += pages[p].length() + 1;
        }
        Map<String, Integer> printed = new HashMap<>();
        List<Warning> warnings = new ArrayList<>();
        char[][] out = new char[pages.length][];
        for (int p = 0; p < pages.length; p++) {
            out[p] = pages[p].toCharArray();
        }
        for (Located u : unsure) {
            DigitReadings.Best best = DigitReadings.best(
                    u.readings(), r -> !r.equals(u.read()), r -> evidence(r, u.read(), text, printed, unsure));
            int bestCount = best.count();
            if (best.standingOut() == null) {
                continue;
            }
            // a wrong reading Tesseract was sure of can be printed too: the other reading must outnumber the reading
            // as read (printed elsewhere) more than twice over, and every other misreading of the number together
            int readElsewhere = evidence(u.read(), best.reading(), text, printed, unsure);
            int rivals = rivals(u, best.reading(), text, unsure) - readElsewhere;
            if (bestCount < (readElsewhere == 0 ? MARGIN : MARGIN * readElsewhere + 1) || bestCount <= rivals) {
                continue;
            }
            best.reading().getChars(0, best.reading().length(), out[u.page()], u.at());
            warnings.add(new Warning(
                    WarningCode.OCR_NUMBER_REPAIRED,
                    "OCR read '" + u.read() + "', unsure of a digit; mended to '" + best.reading()
                            + "', which the document"
                            + " prints " + bestCount + " time" + (bestCount == 1 ? "" : "s") + " where it is not"
                            + " as unsure (the reading as read " + readElsewhere + " elsewhere, other misreadings "
                            + rivals + ")",
                    u.page() + 1));
        }
        List<String> mended = new ArrayList<>();
        for (char[] page : out) {
            mended.add(new String(page));
        }
        return new Mended(String.join("\f", mended), warnings);
    }

    /**
     * The printings of {@code reading} in {@code text} that tell it from {@code other}: every one but the unsure
     * ones that could as well be {@code other} (two scans of one number, each unsure, prove nothing of each other).
     */
    private static int evidence(
            String reading, String other, String text, Map<String, Integer> printed, List<Located> unsure) {
        int n = printed.computeIfAbsent(reading, k -> count(text, k));
        for (Located u : unsure) {
            if (u.read().equals(reading) && other != null && u.readings().contains(other)) {
                n--;
            }
        }
        return Math.max(0, n);
    }

    /**
     * The printings elsewhere in {@code text} that {@code u}'s number could have become through OCR, other than
     * {@code reading} (the reading as read among them): at each unsure place one of its digits or what OCR misreads
     * one as. Printings themselves unsure between {@code reading} and another are passed over.
     */
    private int rivals(Located u, String reading, String text, List<Located> unsure) {
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
        for (int i = 0; i < u.read().length(); i++) {
            String g = u.glyphs().get(i);
            if (g.length() > 1) {
                regex.append('[');
                for (char c : meanings.printingsOf(g).toCharArray()) {
                    // a sign escaped, a letter or digit not (escaped, some are classes: \\D)
                    regex.append(Character.isLetterOrDigit(c) ? "" : "\\").append(c);
                }
                regex.append(']');
            } else {
                regex.append(Pattern.quote(g));
            }
        }
        regex.append("(?![\\p{L}\\p{N}])");
        Matcher m = Pattern.compile(regex.toString()).matcher(text);
        int n = 0;
        while (m.find()) {
            if (m.start() == u.textAt() || m.group().equals(reading) || unsureBetween(m.start(), reading, unsure)) {
                continue;
            }
            n++;
        }
        return n;
    }

    /** Whether the unsure number at {@code textAt} could as well be {@code reading}. */
    private static boolean unsureBetween(int textAt, String reading, List<Located> unsure) {
        return unsure.stream()
                .anyMatch(o -> o.textAt() == textAt && o.readings().contains(reading));
    }

    /** The unsure numbers of one page, found in its text in reading order; one not found (mended since) passed over. */
    private static void locate(String page, int pageNo, int pageStart, List<DigitChoices> words, List<Located> out) {
        for (PlacedChoices placed : PlacedChoices.on(page, words)) {
            DigitChoices word = placed.word();
            int at = placed.at();
            int from = 0;
            int to = word.word().length();
            while (from < to && !isNumberPart(word.word().charAt(from))) {
                from++;
            }
            while (to > from && !isNumberPart(word.word().charAt(to - 1))) {
                to--;
            }
            String read = word.word().substring(from, to);
            if (read.length() < MIN_LENGTH || read.chars().noneMatch(Character::isDigit)) {
                continue;
            }
            List<String> glyphs = word.glyphs().subList(from, to);
            Set<String> readings = DigitReadings.all(glyphs, MAX_READINGS);
            if (readings.size() > 1) {
                out.add(new Located(pageNo, at + from, pageStart + at + from, read, readings, glyphs));
            }
        }
    }

    /** A number's own characters: letters and digits of a reference, a percent sign. */
    private static boolean isNumberPart(char c) {
        return Character.isLetterOrDigit(c) || c == '%';
    }

    /** How often {@code number} stands in {@code text} as a whole: no letter or digit just before or after. */
    private static int count(String text, String number) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(number) + "(?![\\p{L}\\p{N}])")
                .matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
