package org.planlens.text.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planlens.model.Warning;
import org.planlens.model.WarningCode;
import org.planlens.text.DigitChoices;

/**
 * The number of a numbered line OCR misread ({@code 2.}, {@code 4.}, {@code 4.} for {@code 2.}, {@code 3.}, {@code
 * 4.}: blur makes a 3 of the monospace face a 4 to Tesseract) takes the number the sequence implies, with evidence
 * from both sides: the number read breaks the sequence, the next numbered line goes on from the implied one (or a
 * Roman heading closes the list), and Tesseract itself weighed the implied digit for the glyph ({@link
 * HocrChoices}). A warning names each line so numbered. One digit for one, so the text keeps its length; text layers
 * are never touched.
 */
public final class OcrListNumbers {
    /** The text with its list numbers mended, and a warning for each. */
    public record Mended(String text, List<Warning> warnings) {
        public Mended {
            warnings = List.copyOf(warnings);
        }
    }

    /** A line numbered by one digit: "3. Cải cách tổ chức bộ máy" (not "3.1." nor "30/12"). */
    private static final Pattern NUMBERED = Pattern.compile("^(\\d)\\.[ \\t]+\\p{Lu}");

    /** A heading in capitals behind a short mark that is no Arabic number: a Roman heading, its numeral garbled. */
    private static final Pattern HEADING = Pattern.compile("^[^\\d\\s]\\S{0,4}[.,:]?[ \\t]+[\\p{Lu}][^\\p{Ll}]{8}");

    private record Line(int page, int at, int number, String text) {}

    /**
     * {@code text}'s pages (separated by form feeds) with the list numbers mended on those {@code ocrPage} says were
     * OCRed, {@code choices} the unsure words of each page in reading order; the sequence is read over every page.
     */
    public Mended mend(String text, List<Boolean> ocrPage, List<List<DigitChoices>> choices) {
        String[] pages = text.split("\f", -1);
        // numbered lines in order, a Roman heading as number 0 (it closes the list above it)
        List<Line> lines = new ArrayList<>();
        for (int p = 0; p < pages.length; p++) {
            int at = 0;
            for (String line : pages[p].split("\n", -1)) {
                Matcher n = NUMBERED.matcher(line);
                if (n.find()) {
                    lines.add(new Line(p, at, n.group(1).charAt(0) - '0', line));
                } else if (HEADING.matcher(line).find()) {
                    lines.add(new Line(p, at, 0, line));
                }
                at += line.length() + 1;
            }
        }
        char[][] out = new char[pages.length][];
        for (int p = 0; p < pages.length; p++) {
            out[p] = pages[p].toCharArray();
        }
        List<Warning> warnings = new ArrayList<>();
        int previous = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            int read = line.number();
            int implied = previous + 1;
            boolean ocr = line.page() < ocrPage.size() && ocrPage.get(line.page());
            if (read != 0 && read != implied && implied <= 9 && ocr && nextGoesOnFrom(lines, i, implied)) {
                List<DigitChoices> words = line.page() < choices.size() ? choices.get(line.page()) : List.of();
                if (weighed(pages[line.page()], words, line.at(), implied)) {
                    out[line.page()][line.at()] = (char) ('0' + implied);
                    warnings.add(new Warning(
                            WarningCode.OCR_HEADING_RENUMBERED,
                            "OCR read the numbered line '" + shortened(line.text()) + "': numbered " + implied
                                    + ", the number between " + previous + " and " + (implied + 1)
                                    + ", which Tesseract weighed for its digit",
                            line.page() + 1));
                    read = implied;
                }
            }
            previous = read;
        }
        List<String> mended = new ArrayList<>();
        for (char[] page : out) {
            mended.add(new String(page));
        }
        return new Mended(String.join("\f", mended), warnings);
    }

    /** Whether the numbered line after {@code i} is {@code implied + 1}, or a heading closes the list first. */
    private static boolean nextGoesOnFrom(List<Line> lines, int i, int implied) {
        return i + 1 < lines.size()
                && (lines.get(i + 1).number() == implied + 1 || lines.get(i + 1).number() == 0);
    }

    /** Whether Tesseract weighed {@code digit} for the digit that opens the line at {@code at}. */
    private static boolean weighed(String page, List<DigitChoices> words, int at, int digit) {
        return PlacedChoices.on(page, words).stream()
                .anyMatch(p -> p.at() == at && p.glyph(0).indexOf((char) ('0' + digit)) >= 0);
    }

    private static String shortened(String line) {
        return line.length() > 60 ? line.substring(0, 60) + "..." : line;
    }
}
