package org.planlens.text.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planlens.model.Warning;
import org.planlens.model.WarningCode;
import org.planlens.rules.ModelData;
import org.planlens.rules.NamedWords;
import org.planlens.text.DigitChoices;

/**
 * Shares OCR read over 100% ({@code 106%}, {@code 199%} of "100% thủ tục hành chính"): a share cannot pass its whole,
 * so the reading is a misread. It is mended only with Tesseract's own evidence: when the digits it weighed for the
 * number's unsure glyphs ({@link HocrChoices}) allow exactly one reading of at most 100% ({@code 1[09][60]%} is
 * 100%). Otherwise it stays as read, flagged. A percentage of growth or of a plan ({@code tăng 120%}, {@code 105% kế
 * hoạch}: the words of {@code models/ocr-share-words.tsv}) may pass 100% and is left alone. Digits are replaced one
 * for one, so the text keeps its length. Text layers are never touched.
 */
public final class OcrShares {
    /** The text with its shares mended, and a warning for each share over 100%. */
    public record Mended(String text, List<Warning> warnings) {
        public Mended {
            warnings = List.copyOf(warnings);
        }
    }

    static final String FILE = "ocr-share-words.tsv";
    private static final int WHOLE = 100;

    /** A percentage of three digits or more, no letter, digit or decimal sign before it. */
    private static final Pattern PERCENT = Pattern.compile("(?<![\\p{L}\\p{N}.,/])(\\d{3,4})[ \\t]?%");

    /** A word of growth or ratio among the three words before the percentage, on its line. */
    private final Pattern growthBefore;
    /** A word of a plan or past figure just after the percentage. */
    private final Pattern ofWhatAfter;

    public OcrShares(ModelData models) {
        NamedWords words = new NamedWords(models, FILE);
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        this.growthBefore = words.compile("(?<![\\p{L}])(?:$GROWTH)(?:[ \\t]+[^\\s\\d]+){0,2}[ \\t]+$", flags);
        this.ofWhatAfter = words.compile("^[ \\t]*(?:$OF_WHAT)(?!\\p{L})", flags);
    }

    /**
     * {@code text}'s pages (separated by form feeds) with the shares over 100% mended on those {@code ocrPage} says
     * were OCRed, {@code choices} the unsure words of each page in reading order.
     */
    public Mended mend(String text, List<Boolean> ocrPage, List<List<DigitChoices>> choices) {
        String[] pages = text.split("\f", -1);
        List<Warning> warnings = new ArrayList<>();
        for (int p = 0; p < pages.length; p++) {
            if (p < ocrPage.size() && ocrPage.get(p)) {
                List<DigitChoices> words = p < choices.size() ? choices.get(p) : List.of();
                pages[p] = mendPage(pages[p], p + 1, words, warnings);
            }
        }
        return new Mended(String.join("\f", pages), warnings);
    }

    private String mendPage(String page, int pageNo, List<DigitChoices> words, List<Warning> warnings) {
        char[] out = page.toCharArray();
        List<PlacedChoices> unsure = PlacedChoices.on(page, words);
        Matcher m = PERCENT.matcher(page);
        while (m.find()) {
            String read = m.group(1);
            if (Integer.parseInt(read) <= WHOLE || !isShare(page, m.start(), m.end())) {
                continue;
            }
            List<String> glyphs = glyphs(unsure, m.start(1), read);
            List<String> plausible = DigitReadings.all(glyphs, UnsureDigits.MAX_READINGS).stream()
                    .filter(r -> !r.equals(read) && r.charAt(0) != '0' && Integer.parseInt(r) <= WHOLE)
                    .toList();
            String where = "OCR read the share '" + read + "%', which cannot pass 100%";
            if (plausible.size() == 1) {
                plausible.get(0).getChars(0, read.length(), out, m.start(1));
                warnings.add(new Warning(
                        WarningCode.OCR_NUMBER_REPAIRED,
                        where + "; mended to '" + plausible.get(0) + "%', the one reading of at most 100% among the"
                                + " digits Tesseract weighed for it (" + shown(glyphs) + ")",
                        pageNo));
            } else {
                String why = glyphs.stream().allMatch(g -> g.length() == 1)
                        ? "Tesseract was sure of its digits"
                        : "the digits Tesseract weighed for it (" + shown(glyphs) + ") allow "
                                + (plausible.isEmpty() ? "no reading" : plausible.size() + " readings")
                                + " of at most 100%";
                warnings.add(new Warning(WarningCode.OCR_NUMBER_UNSURE, where + "; kept as read: " + why, pageNo));
            }
        }
        return new String(out);
    }

    /** Whether the percentage between {@code start} and {@code end} is a share, not growth or a ratio to a plan. */
    private boolean isShare(String page, int start, int end) {
        int lineStart = page.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = page.indexOf('\n', end);
        String before = page.substring(lineStart, start);
        String after = page.substring(end, lineEnd < 0 ? page.length() : lineEnd);
        return !growthBefore.matcher(before).find()
                && !ofWhatAfter.matcher(after).find();
    }

    /**
     * For each digit of the number read at {@code at}, the digits Tesseract weighed for it, the one read first; a
     * digit of a word it was sure of is itself.
     */
    private static List<String> glyphs(List<PlacedChoices> unsure, int at, String read) {
        for (PlacedChoices p : unsure) {
            int from = at - p.at();
            if (from >= 0
                    && from + read.length() <= p.word().word().length()
                    && p.word().word().startsWith(read, from)) {
                return p.word().glyphs().subList(from, from + read.length());
            }
        }
        List<String> sure = new ArrayList<>();
        read.chars().forEach(c -> sure.add(String.valueOf((char) c)));
        return sure;
    }

    /** "1[09][60]": each unsure place with the digits weighed for it. */
    private static String shown(List<String> glyphs) {
        StringBuilder s = new StringBuilder();
        for (String g : glyphs) {
            s.append(g.length() > 1 ? "[" + g + "]" : g);
        }
        return s.toString();
    }
}
