package org.planlens.text.normalize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.planlens.rules.NumberingGrammar;

/**
 * Rebuilds paragraphs from lines broken by page width. Two lines join when the first does not end a sentence
 * and the second continues it (starts in lower case), or when the first runs to the page's full width and the
 * second does not start a numbered unit or a bullet. A paragraph that is one parenthesis ("(Kèm theo Kế hoạch
 * số ...)") ends there. A word split by a hyphen at the line end ({@code 2021-}
 * / {@code 2026}) joins without a space. Blank lines that PDF extraction leaves inside paragraphs are dropped;
 * the output has one paragraph a line, spaces collapsed. A table row ({@link TableRowLines}) is a line of its own.
 */
public final class LineJoiner implements UnaryOperator<String> {
    private static final Pattern UNIT_START = NumberingGrammar.packaged()
            .compile("^(?:$BULLET\\s|$ROMAN_LOOSE\\s*[.)/]|$ROW_NUMBER\\s*[.)/]|$LETTER\\s*[).]\\s|"
                    + "(?iu:$ARTICLE_WORD|$UNIT_WORD|$APPENDIX_WORD)\\s+[\\dIVXLC]+|$APPENDIX_WORD(?![\\p{L}])"
                    + "|\\(?$ARABIC_ROW\\))");
    private static final Pattern LIST_ITEM = NumberingGrammar.packaged().compile("^$BULLET\\s");
    private static final Pattern DASH_CONTINUATION = Pattern.compile("^[-–]\\s\\p{Lu}[\\p{L}\\p{M}]*\\s\\p{Ll}");
    private static final String SENTENCE_END = ".:;!?";
    private static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,3}");
    /** A line of capitals holds at least this many letters ("VỀ", "KẾ HOẠCH"). */
    private static final int MIN_CAPITALS = 2;
    /** A line at least this share of the document's typical full line runs to the page edge. */
    private static final double FULL_WIDTH_SHARE = 0.72;

    @Override
    public String apply(String s) {
        String[] raw = s.split("\n", -1);
        List<String> lines = new ArrayList<>(raw.length);
        boolean rowLine = false;
        for (String line : raw) {
            boolean row = TableRowLines.isRow(line);
            // a line of fewer cells under a row is a row of the same table (cells merged down from the row above
            // reach it empty): its leading empty cells keep the others under their columns
            boolean underRow = !row && rowLine && line.indexOf('\t') >= 0;
            rowLine = row || rowLine && (line.indexOf('\t') >= 0 || line.isBlank());
            lines.add(
                    row
                            ? TableRowLines.tidy(line)
                            : underRow ? TableRowLines.tidy(line).stripTrailing() : TableRowLines.tidyText(line));
        }
        int fullWidth = typicalFullWidth(lines);
        StringBuilder out = new StringBuilder(s.length());
        StringBuilder para = new StringBuilder();
        int lastLength = 0;
        String lastLine = "";
        // where the last physical line that opened with "(" starts in the paragraph
        int parenthesis = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            boolean row = line.indexOf('\t') >= 0;
            if (row || !para.isEmpty() && para.indexOf("\t") >= 0) {
                if (!para.isEmpty()) {
                    out.append(para).append('\n');
                    para.setLength(0);
                }
            } else if (isPageNumberInsideSentence(para, line, lines, i)) {
                continue;
            }
            if (para.isEmpty()) {
                parenthesis = line.startsWith("(") ? 0 : -1;
                para.append(line);
                lastLength = line.length();
                lastLine = line;
                continue;
            }
            // a lower-case start still carries the sentence on after a parenthesis
            boolean closedParenthesis = parenthesis >= 0
                    && !Character.isLowerCase(line.charAt(0))
                    && isWholeParenthesis(para.subSequence(parenthesis, para.length()));
            if (!closedParenthesis && !changesCase(lastLine, line) && joins(para, lastLength, line, fullWidth)) {
                if (endsWithSplitWord(para, line)) {
                    para.append(line);
                } else {
                    para.append(' ').append(line);
                }
                if (line.startsWith("(")) {
                    parenthesis = para.length() - line.length();
                }
            } else {
                out.append(para).append('\n');
                para.setLength(0);
                para.append(line);
                parenthesis = line.startsWith("(") ? 0 : -1;
            }
            lastLength = line.length();
            lastLine = line;
        }
        if (!para.isEmpty()) {
            out.append(para).append('\n');
        }
        return out.toString();
    }

    /**
     * "Hà Tĩnh, ngày 29 tháng 3 năm 2024" / "KẾ HOẠCH", "CHUYỂN ĐỔI SỐ TỈNH HÀ TĨNH NĂM 2024" / "Thực hiện Nghị quyết
     * ...": a line in capitals after one that is not, or a capitalised line in running text after one in capitals,
     * starts anew (a type line, a heading, the text under a title); a line opening in lower case still goes on.
     */
    static boolean changesCase(String last, String next) {
        return capitals(last) != capitals(next) && !Character.isLowerCase(next.charAt(0));
    }

    /** A line of capitals: two letters or more, none in lower case ("VỀ", "KẾ HOẠCH", "I. MỤC"). */
    private static boolean capitals(String line) {
        int upper = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            upper += Character.isUpperCase(c) ? 1 : 0;
        }
        return upper >= MIN_CAPITALS;
    }

    /** Whether {@code next} continues the paragraph whose last physical line was {@code lastLength} long. */
    static boolean joins(CharSequence prev, int lastLength, String next, int fullWidth) {
        char last = prev.charAt(prev.length() - 1);
        if (SENTENCE_END.indexOf(last) >= 0) {
            return false;
        }
        if (UNIT_START.matcher(next).find()) {
            return continuesDashedName(prev, lastLength, next, fullWidth);
        }
        char first = next.charAt(0);
        if (Character.isLowerCase(first)) {
            return true;
        }
        return lastLength >= fullWidth * FULL_WIDTH_SHARE
                && (last == ','
                        || Character.isLetterOrDigit(last)
                        || last == ')'
                        || last == '-'
                        || last == '"'
                        || last == '”');
    }

    /**
     * "Công chức Văn hóa" / "- Xã hội chủ trì ...": a full-width line of running text (not itself a list item)
     * that stops on a capitalised field name, then "- " and a capitalised word, is a two-part name ("Văn hóa - Xã hội")
     * broken at its dash. A list item's own next item or a short line before a list stays apart.
     */
    private static boolean continuesDashedName(CharSequence prev, int lastLength, String next, int fullWidth) {
        if (!DASH_CONTINUATION.matcher(next).lookingAt()
                || lastLength < fullWidth * FULL_WIDTH_SHARE
                || LIST_ITEM.matcher(prev).lookingAt()) {
            return false;
        }
        // a field's name is one or two syllables, the first capitalised ("Văn hóa", "Kế toán", "Hộ tịch")
        String[] words = prev.subSequence(Math.max(0, prev.length() - 40), prev.length())
                .toString()
                .split(" ");
        int n = words.length;
        return n >= 2
                && (capitalisedWord(words[n - 1]) || capitalisedWord(words[n - 2]))
                && words[n - 1]
                        .chars()
                        .allMatch(c -> Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK);
    }

    private static boolean capitalisedWord(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    /**
     * A page number printed where a page broke a sentence ("đã số hóa được 65%" / "2" / "hồ sơ tiếp nhận"): a bare
     * number between a line that ends no sentence and one that carries it on in lower case is no text.
     */
    private static boolean isPageNumberInsideSentence(CharSequence para, String line, List<String> lines, int i) {
        if (para.isEmpty()
                || !BARE_NUMBER.matcher(line).matches()
                || SENTENCE_END.indexOf(para.charAt(para.length() - 1)) >= 0) {
            return false;
        }
        for (int j = i + 1; j < lines.size(); j++) {
            if (!lines.get(j).isEmpty()) {
                return Character.isLowerCase(lines.get(j).charAt(0));
            }
        }
        return false;
    }

    /** "(Kèm theo Kế hoạch số ...)" under a title: a paragraph of its own, whatever its width. */
    private static boolean isWholeParenthesis(CharSequence para) {
        if (para.charAt(0) != '(' || para.charAt(para.length() - 1) != ')') {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < para.length(); i++) {
            depth += para.charAt(i) == '(' ? 1 : para.charAt(i) == ')' ? -1 : 0;
            if (depth == 0 && i < para.length() - 1) {
                return false;
            }
        }
        return depth == 0;
    }

    private static boolean endsWithSplitWord(StringBuilder para, String next) {
        int n = para.length();
        return n >= 2
                && para.charAt(n - 1) == '-'
                && Character.isLetterOrDigit(para.charAt(n - 2))
                && Character.isLetterOrDigit(next.charAt(0));
    }

    /** The 90th percentile of line lengths: the width of a full line on this document's pages. */
    private static int typicalFullWidth(List<String> lines) {
        int[] lengths = lines.stream()
                .filter(l -> !l.isEmpty() && l.indexOf('\t') < 0)
                .mapToInt(String::length)
                .toArray();
        if (lengths.length == 0) {
            return 80;
        }
        Arrays.sort(lengths);
        return Math.max(40, lengths[(int) Math.floor(lengths.length * 0.9) - (lengths.length >= 10 ? 1 : 0)]);
    }
}
