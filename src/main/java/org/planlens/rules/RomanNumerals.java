package org.planlens.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Roman numerals as plans number their parts and appendix table groups (I to XXXIX), and the one set of rules for
 * mending the numerals OCR misreads. Each mend is called where its evidence is: the page image ({@link
 * #withOneMoreI}, by the OCR), the numbering so far ({@link #mended}, by the section parser and the task-table
 * reader), a heading in capitals behind a garbled numeral ({@link #garbledHeading}, by the section parser).
 */
public final class RomanNumerals {
    /** A numeral as Tesseract reads it as one word, its dot included ({@code VII.}). */
    public static final Pattern WORD = NumberingGrammar.packaged().compile("($ROMAN)(\\.?)");

    private static final Pattern NUMERAL = NumberingGrammar.packaged().compile("$ROMAN_NUMERAL");

    /** A numeral OCR garbled ({@code L.}, {@code _.IE}), then a heading. */
    private static final Pattern GARBLED =
            NumberingGrammar.packaged().compile("^($ROMAN_GARBLED)\\s*(\\p{Lu}[^\\p{Ll}]{3,}.*)$");

    /** What the strokes of I, V and X are misread as: a garbled numeral holds at least one. */
    private static final Pattern STROKE = NumberingGrammar.packaged().compile("$ROMAN_STROKE");

    private RomanNumerals() {}

    /** Whether {@code s} is a numeral as plans print them (I to XXXIX). */
    public static boolean isNumeral(String s) {
        return NUMERAL.matcher(s).matches() && !s.isEmpty();
    }

    /** The heading behind a numeral OCR garbled at the start of {@code line}; empty when the line opens otherwise. */
    public static Optional<String> garbledHeading(String line) {
        Matcher m = GARBLED.matcher(line);
        if (m.matches() && STROKE.matcher(m.group(1)).find()) {
            return Optional.of(m.group(2));
        }
        return Optional.empty();
    }

    public static int value(String roman) {
        int total = 0;
        int prev = 0;
        for (int i = roman.length() - 1; i >= 0; i--) {
            int v = switch (roman.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                case 'C' -> 100;
                default -> 0;
            };
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return total;
    }

    public static String of(int n) {
        String[] tens = {"", "X", "XX", "XXX"};
        String[] ones = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
        return tens[Math.min(n / 10, 3)] + ones[n % 10];
    }

    /**
     * The numeral to take for {@code read} when it follows {@code previous}: the next one when {@code read} is
     * the next with one stroke lost ({@code II} for {@code III}, {@code VII} for {@code VIII}), as blur and
     * speckle do to scans; {@code read} itself otherwise, a numeral further off ({@code V} after {@code VI})
     * being the document's own order.
     */
    public static String mended(String read, int previous) {
        String next = of(previous + 1);
        // a lone I starts a numbering anew (a second table, a second part): it is no numeral lost strokes
        if (read.equals("I") || value(read) > previous || read.length() + 1 != next.length()) {
            return read;
        }
        for (int i = 0; i < next.length(); i++) {
            if ((next.substring(0, i) + next.substring(i + 1)).equals(read)) {
                return next;
            }
        }
        return read;
    }

    /**
     * {@code read} with one more I where a numeral can take it ({@code VII} to {@code VIII}, {@code II} to
     * {@code III}, {@code V} to {@code VI}, {@code X} to {@code XI}); null when no numeral can ({@code IV},
     * {@code VIII}).
     */
    public static String withOneMoreI(String read) {
        String more = read + "I";
        return of(value(more)).equals(more) ? more : null;
    }
}
