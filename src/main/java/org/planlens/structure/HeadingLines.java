package org.planlens.structure;

import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.planlens.rules.LetterCase;
import org.planlens.rules.NumberingGrammar;

/**
 * A unit's heading where a hard wrap broke it over lines (web pages and Markdown saved with lines broken by width):
 * "I. MỤC" / "ĐÍCH, YÊU CẦU", "Điều 3. Chánh" / "Văn phòng Ủy ban nhân dân ...", "4. Trong giai đoạn 2026" /
 * "- 2030 phấn đấu ...", "Điều 1." / "Ban hành kèm theo ...". The heading runs on into the next line while it has
 * not closed its clause and that line carries it on: a heading in capitals into more capitals, a lone word into
 * the words after it, a year range into its second year, any heading into words in lower case. A line that opens a
 * unit, a bullet, a lettered part ("A. ...") or a table row is never a heading's continuation.
 */
final class HeadingLines {
    /** A heading takes at most this many lines after its own. */
    private static final int MAX_MORE_LINES = 2;

    private static final Pattern BULLET = NumberingGrammar.packaged().compile("^$BULLET\\s");
    /** "- 2030 phấn đấu ...": the second year of a range broken at its dash. */
    private static final Pattern RANGE_END = Pattern.compile("^[-–]\\s?\\d{4}(?!\\d)");
    /** "A. CẢI CÁCH THỂ CHẾ": a part lettered in capitals. */
    private static final Pattern CAPITAL_LETTER_PART =
            NumberingGrammar.packaged().compile("^$CAPITAL_LETTER[.)]\\s");

    private static final String CLAUSE_ENDS = ".:;";

    private final Predicate<String> startsUnit;

    HeadingLines(Predicate<String> startsUnit) {
        this.startsUnit = startsUnit;
    }

    /** The heading {@code first} (the text after the unit's number), run on over the lines from {@code next}. */
    String complete(String first, String[] lines, int next) {
        String heading = first.strip();
        int j = nextNonBlank(lines, next);
        if (heading.isEmpty()) {
            // "Điều 1." alone on its line: the heading is the line under it
            if (j < 0 || opensSomethingElse(lines[j].strip())) {
                return heading;
            }
            heading = lines[j].strip();
            j = nextNonBlank(lines, j + 1);
        }
        for (int more = 0; more < MAX_MORE_LINES && j >= 0 && !closesClause(heading); more++) {
            String line = lines[j].strip();
            if (!carriesOn(heading, line)) {
                break;
            }
            heading = heading.endsWith("-") && Character.isLetterOrDigit(line.charAt(0))
                    ? heading + line
                    : heading + " " + line;
            j = nextNonBlank(lines, j + 1);
        }
        return heading;
    }

    private boolean carriesOn(String heading, String line) {
        if (RANGE_END.matcher(line).lookingAt()) {
            return Character.isDigit(heading.charAt(heading.length() - 1));
        }
        if (opensSomethingElse(line)) {
            return false;
        }
        if (Character.isLowerCase(line.charAt(0))) {
            return true;
        }
        if (isCapitals(heading)) {
            return isCapitals(firstWords(line));
        }
        // one word is no heading ("1. Sở" / "Tài chính (cơ quan chủ trì)", "Điều 3. Chánh" / "Văn phòng ...")
        return !heading.contains(" ") && Character.isLetter(line.charAt(0)) || heading.endsWith("-");
    }

    private boolean opensSomethingElse(String line) {
        return line.isEmpty()
                || line.indexOf('\t') >= 0
                || startsUnit.test(line)
                || BULLET.matcher(line).lookingAt()
                || CAPITAL_LETTER_PART.matcher(line).lookingAt();
    }

    private static boolean closesClause(String heading) {
        for (int i = 0; i < heading.length(); i++) {
            if (CLAUSE_ENDS.indexOf(heading.charAt(i)) >= 0 && !isNumberDot(heading, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the char at {@code i} is the dot inside a number ("1.500", "2.3"), which ends no clause. */
    static boolean isNumberDot(String s, int i) {
        return s.charAt(i) == '.'
                && i > 0
                && i + 1 < s.length()
                && Character.isDigit(s.charAt(i - 1))
                && Character.isDigit(s.charAt(i + 1));
    }

    /** The first two words of a line. */
    private static String firstWords(String line) {
        String[] words = line.split("\\s+", 3);
        return words.length >= 2 ? words[0] + " " + words[1] : words[0];
    }

    /** Letters, all of them capitals. */
    static boolean isCapitals(String s) {
        return LetterCase.capitals(s);
    }

    static int nextNonBlank(String[] lines, int from) {
        for (int j = from; j < lines.length; j++) {
            if (!lines[j].isBlank()) {
                return j;
            }
        }
        return -1;
    }
}
