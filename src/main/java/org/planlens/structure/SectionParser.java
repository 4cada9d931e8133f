package org.planlens.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planlens.model.Pillar;
import org.planlens.model.Section;
import org.planlens.model.Warning;
import org.planlens.model.WarningCode;
import org.planlens.rules.LetterCase;
import org.planlens.rules.ModelData;
import org.planlens.rules.NumberingGrammar;
import org.planlens.rules.RomanNumerals;

/**
 * Splits normalised text (one paragraph a line) into the tree of numbered units of GOLD.md: Roman ({@code I.}),
 * Arabic ({@code 1.}), decimal ({@code 1.1.}, which names its parent), letter ({@code a)}), articles
 * ({@code Điều 1.}) and appendices ({@code PHỤ LỤC}).
 */
public final class SectionParser {
    private static final NumberingGrammar GRAMMAR = NumberingGrammar.packaged();
    /** "Điều 3. ...": the article word as printed names the article's path ("Điều 3"). */
    private static final Pattern ARTICLE = GRAMMAR.compile("^($ARTICLE_WORD)\\s+($ARABIC_ROW)\\s*[.:]?\\s*(.*)$");
    /** "PHỤ LỤC II", "Phụ lục số 01": the appendix word as printed (group 1), its number and the rest. */
    private static final Pattern APPENDIX = GRAMMAR.compile(
            "^((?iu:$APPENDIX_WORD))(?:\\s+(?:$NUMBER_WORD\\s+)?($APPENDIX_NUMBER))?\\s*[.:]?\\s*(.*)$");

    private static final Pattern ROMAN = GRAMMAR.compile("^($ROMAN)\\s*[.)/:-]\\s*(\\S.*)$");
    private static final Pattern DECIMAL = GRAMMAR.compile("^($DECIMAL)\\.?\\s+(\\S.*)$");
    /**
     * An Arabic unit's heading opens with a word (a term defined in quotes: "1. “Ý kiến điện tử” là ..."), or with
     * a share or ratio ("4. 7/7 khu phố", "2. 100% hồ sơ").
     */
    private static final Pattern ARABIC =
            GRAMMAR.compile("^($ARABIC)\\s*[.)]\\s*((?:[“\"]?\\p{L}|\\d[\\d.,]*\\s*(?:%|/\\d+(?![\\d/]))).*)$");

    private static final Pattern LETTER = GRAMMAR.compile("^($LETTER)\\s*[).]\\s+(\\S.*)$");
    /** "3." or "IV." alone on its line: the number of a unit whose heading a hard wrap put on the next line. */
    private static final Pattern BARE_NUMBER = GRAMMAR.compile("^($ROMAN|$ARABIC)\\s*[.)]$");
    /** "2.1." alone on its line under a unit: a decimal unit whose heading a hard wrap put on the next line. */
    private static final Pattern BARE_DECIMAL = GRAMMAR.compile("^($DECIMAL)\\.$");

    private static final Set<String> FIRST_NUMBERS = Set.of("1", "I");
    /** "1.\tBộ Tư pháp\t19": a table's numbered row (cells between tabs), not a unit. */
    private static final Pattern TABLE_ROW = GRAMMAR.compile("^\\s*(?:$ROMAN|$ARABIC_ROW|$LETTER)\\s*[.)]?\\t");
    /** A numeral alone after a unit word ("Phần I" on its line). */
    private static final Pattern BARE_NUMERAL = GRAMMAR.compile("$ROMAN|$ARABIC");
    /** A Roman unit and its heading in capitals at the end of a part's line ("... I. THỦ TỤC HÀNH CHÍNH"). */
    private static final Pattern UNIT_IN_PART = GRAMMAR.compile("\\s((?:$ROMAN)\\s*\\.\\s+\\p{Lu}[^\\p{Ll}]*)$");
    /** What closes a sentence at a line's end: a unit after it starts a paragraph. */
    private static final String SENTENCE_ENDS = ".:;!?)]\"”…";

    private static final int MAX_HEADING = 120;
    /**
     * A numbered heading (words with no sentence mark, number or bracket) with its list's first letter item run on
     * after one space: "2. Đối tượng áp dụng a) Trẻ em đang học ...".
     */
    private static final Pattern GLUED_FIRST_ITEM =
            GRAMMAR.compile("^((?:$ROMAN|$DECIMAL|$ARABIC)\\s*[.)]\\s+\\p{Lu}[^.;:!?()\\d“”\"]{0,100}?[\\p{L}]) "
                    + "($FIRST_LETTER\\)\\s+\\p{Lu}.*)$");

    private static final char OPEN_QUOTE = '“';
    private static final char CLOSE_QUOTE = '”';

    /** A line starting with a one- or two-character token and a dot: an Arabic number, maybe misread. */
    private static final Pattern NUMBER_LIKE = Pattern.compile("^(\\S{1,2})\\s*[.)]\\s*(\\p{Lu}.*)$");

    private final PillarClassifier pillars;
    /** {@code Phần I.}, {@code Mục 2.}: a unit word in front of the numeral (models/numbering.tsv). */
    private static final Pattern UNIT_WORD =
            GRAMMAR.compile("^(?iu:$UNIT_WORD)\\s+(?=(?:$ROMAN|$ARABIC)(?:\\s*[.):-]|\\s*$))");

    private final DigitMisreadings misreadings;
    private final HeadingLines headingLines = new HeadingLines(this::startsUnit);

    public SectionParser(ModelData models) {
        this.pillars = new PillarClassifier(models);
        this.misreadings = new DigitMisreadings(models);
    }

    private enum Kind {
        APPENDIX,
        ARTICLE,
        ROMAN,
        ARABIC,
        DECIMAL,
        LETTER
    }

    private record Open(String id, String path, int level, Kind kind, Pillar pillar) {}

    public SectionTree parse(String text) {
        return parse(text, false);
    }

    /**
     * With {@code ocr}, a Roman numeral that OCR garbled ({@code L.}, {@code _.IE}) or read as the one before
     * ({@code II} again after {@code II}) in front of a heading in capitals is taken as the next numeral: speckle
     * and blur eat the strokes of I; a warning names each heading so numbered. Text read from a text layer keeps its
     * numbers as printed, misprints included.
     */
    public SectionTree parse(String text, boolean ocr) {
        List<Section> sections = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        List<Open> stack = new ArrayList<>();
        int appendixCount = 0;
        int lastRoman = 0;
        int lastArticle = 0;
        int offset = 0;
        String[] lines = firstItemsApart(text.split("\n", -1));
        Set<String> partWords = partWordsAboveUnits(lines);
        int quotedTo = -1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int lineStart = offset;
            offset += line.length() + 1;
            if (i > quotedTo) {
                quotedTo = quotationEnd(lines, i);
            }
            if (i <= quotedTo) {
                // a letter quoting another document's articles ("..., quy định:" / "“Điều 49. ...") prints their
                // numbered units inside the quotation marks: they are the quoted document's, not this one's
                continue;
            }
            String afterWord = afterUnitWord(line);
            if (afterWord != null && partWords.contains(unitWord(line))) {
                // "Chương I" over articles, "Phần I" over Roman parts: the part is a level above the units GOLD.md
                // paths; its own numbering would repeat theirs. A crawler may run the first unit's heading into the
                // part's line ("PHẦN II. NỘI DUNG ... I. THỦ TỤC HÀNH CHÍNH CẤP TRUNG ƯƠNG"): that unit is read.
                Matcher inner = UNIT_IN_PART.matcher(afterWord);
                if (!inner.find()) {
                    continue;
                }
                line = inner.group(1);
                afterWord = null;
            }
            Unit unit = afterWord != null && BARE_NUMERAL.matcher(afterWord).matches()
                    // "Phần I" alone on its line: the heading is printed on the next line
                    ? new Unit(isRoman(afterWord) ? Kind.ROMAN : Kind.ARABIC, afterWord, "")
                    : recognise(afterWord != null ? afterWord : line, stack);
            String renumbered = null;
            if (ocr && appendixCount == 0) {
                // appendix tables have group rows ("II CẢI CÁCH ...") that are not sections
                Unit read = unit;
                unit = repairRoman(line, unit, lastRoman);
                if (unit != null && (read == null || !read.number.equals(unit.number))) {
                    renumbered = "OCR read the heading '" + line.strip() + "': numbered " + unit.number + ", "
                            + (lastRoman == 0 ? "the first numeral" : "the numeral after " + toRoman(lastRoman));
                }
                unit = repairArabic(line, unit, stack);
            }
            if (unit != null && unit.kind == Kind.ROMAN) {
                lastRoman = romanValue(unit.number);
            }
            if (unit == null
                    || appendixCount > 0 && unit.kind != Kind.APPENDIX
                    || unit.kind == Kind.APPENDIX && !isAppendixLine(line)
                    || TABLE_ROW.matcher(line).lookingAt()
                    || !inSequence(unit, stack, lastArticle) && continuesSentence(lines, i)) {
                // inside an appendix, its tables' group rows and its own parts belong to it (GOLD.md paths an
                // appendix's content under nothing but PL); a table's numbered row is a row; a number out of its
                // list's order at the start of a line that carries a sentence on ("Căn cứ Nghị quyết số" /
                // "66.2/2025/NQ-CP ...") is a line broken by the page's width
                continue;
            }
            if (unit.kind == Kind.APPENDIX && unit.heading.isBlank()) {
                // the appendix's title is printed on the line under "PHỤ LỤC", maybe broken over lines
                unit = new Unit(Kind.APPENDIX, unit.number, headingLines.complete("", lines, i + 1));
            } else if (unit.kind != Kind.APPENDIX) {
                // a heading broken over lines by a hard wrap ("I. MỤC" / "ĐÍCH, YÊU CẦU", "Điều 1." / "Ban hành ...")
                unit = new Unit(unit.kind, unit.word, unit.number, headingLines.complete(unit.heading, lines, i + 1));
                if (unit.heading.isEmpty() && unit.kind == Kind.ARTICLE) {
                    unit = new Unit(unit.kind, unit.word, unit.number, firstClauseHeading(lines, i + 1));
                }
                if (unit.heading.isEmpty() && unit.kind != Kind.ARTICLE) {
                    // a number with no heading on its line or under it is no unit ("3." over a table)
                    continue;
                }
            }
            if (unit.kind == Kind.APPENDIX) {
                appendixCount++;
            }
            if (unit.kind == Kind.ARTICLE) {
                lastArticle = Integer.parseInt(unit.number);
            }
            popTo(stack, unit);
            Open parent = stack.isEmpty() ? null : stack.get(stack.size() - 1);
            String path = switch (unit.kind) {
                case APPENDIX -> "PL" + appendixNumber(unit.number);
                case ARTICLE -> unit.word + " " + unit.number;
                case ROMAN -> unit.number;
                case DECIMAL -> {
                    Open top = topLevel(stack);
                    yield (top == null ? "" : top.path() + ".") + unit.number;
                }
                default -> parent == null ? unit.number : parent.path() + "." + unit.number;
            };
            String heading = heading(unit.heading);
            Pillar pillar = pillars.classify(heading).orElse(parent == null ? Pillar.GENERAL : parent.pillar());
            String id = "s" + (sections.size() + 1);
            int level = parent == null ? 1 : parent.level() + 1;
            sections.add(new Section(
                    id, path, heading, level, parent == null ? null : parent.id(), pillar, lineStart, text.length()));
            stack.add(new Open(id, path, level, unit.kind, pillar));
            if (renumbered != null && unit.kind == Kind.ROMAN) {
                warnings.add(Warning.of(WarningCode.OCR_HEADING_RENUMBERED, renumbered));
            }
        }
        return new SectionTree(closeSpans(sections, text.length()), warnings);
    }

    /**
     * The heading of an article printed with none ("Điều 2." / "1. Các cơ quan được giao ..."): its first line of
     * text is its first clause's, read without the clause's number; empty when no numbered clause follows.
     */
    private String firstClauseHeading(String[] lines, int next) {
        int j = HeadingLines.nextNonBlank(lines, next);
        Matcher m = j < 0 ? null : ARABIC.matcher(lines[j].strip());
        return m != null && m.matches() ? headingLines.complete(m.group(2), lines, j + 1) : "";
    }

    /** A unit's kind, number and heading; {@code word} is the unit word it is printed with (an article's). */
    private record Unit(Kind kind, String word, String number, String heading) {
        Unit(Kind kind, String number, String heading) {
            this(kind, "", number, heading);
        }
    }

    /**
     * Whether a unit's number follows its list: the first of a list, or one more than the sibling before it. Letters
     * and appendices are not checked.
     */
    private static boolean inSequence(Unit unit, List<Open> stack, int lastArticle) {
        return switch (unit.kind) {
            case ARTICLE -> {
                int n = Integer.parseInt(unit.number);
                yield n == 1 || n == lastArticle + 1 || n == lastArticle;
            }
            case ROMAN -> {
                int n = romanValue(unit.number);
                Open top = topLevel(stack);
                int last = top != null && top.kind() == Kind.ROMAN ? romanValue(top.path()) : 0;
                yield n == 1 || n == last + 1;
            }
            case ARABIC -> {
                int n = Integer.parseInt(unit.number);
                yield n == 1 || n == lastArabic(stack) + 1;
            }
            case DECIMAL -> {
                int first = Integer.parseInt(unit.number.substring(0, unit.number.indexOf('.')));
                yield first <= lastArabic(stack) + 1;
            }
            case LETTER, APPENDIX -> true;
        };
    }

    /** The number of the Arabic unit open on the stack, 0 when none is. */
    private static int lastArabic(List<Open> stack) {
        for (int j = stack.size() - 1; j >= 0; j--) {
            Open o = stack.get(j);
            if (o.kind() == Kind.ARABIC || o.kind() == Kind.DECIMAL) {
                String last = o.path().substring(o.path().lastIndexOf('.') + 1);
                String first = o.kind() == Kind.DECIMAL ? o.path().split("\\.")[1] : last;
                return first.chars().allMatch(Character::isDigit) ? Integer.parseInt(first) : 0;
            }
        }
        return 0;
    }

    /**
     * The lines with a numbered heading that runs its list's first letter item on ("2. Đối tượng áp dụng a) Trẻ em
     * đang học tại ...") broken before that item. The space before the item becomes the line break, so every line
     * keeps its offset in the text.
     */
    static String[] firstItemsApart(String[] lines) {
        List<String> apart = new ArrayList<>(lines.length);
        for (String line : lines) {
            Matcher m = GLUED_FIRST_ITEM.matcher(line);
            if (m.matches()) {
                apart.add(m.group(1));
                apart.add(m.group(2));
            } else {
                apart.add(line);
            }
        }
        return apart.toArray(String[]::new);
    }

    /**
     * The last line of a quotation opening at line {@code i}: the line opens with an opening quotation mark after a
     * line that introduces it with a colon ("Căn cứ khoản 2 Điều 49 Luật ..., quy định:"), and the marks close
     * on a later line or this one (quotes nested inside it, "“bên liên kết”", are counted). -1 when no quotation
     * opens there or its marks never close: an unclosed mark quotes nothing that can be bounded.
     */
    static int quotationEnd(String[] lines, int i) {
        String first = lines[i].strip();
        if (first.isEmpty() || first.charAt(0) != OPEN_QUOTE) {
            return -1;
        }
        String before = previousNonBlank(lines, i);
        if (before == null || !before.endsWith(":")) {
            return -1;
        }
        int depth = 0;
        for (int j = i; j < lines.length; j++) {
            for (char c : lines[j].toCharArray()) {
                if (c == OPEN_QUOTE) {
                    depth++;
                } else if (c == CLOSE_QUOTE && depth > 0) {
                    depth--;
                }
            }
            if (depth == 0) {
                return j;
            }
        }
        return -1;
    }

    private static String previousNonBlank(String[] lines, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (!lines[j].isBlank()) {
                return lines[j].strip();
            }
        }
        return null;
    }

    /**
     * Whether the line carries on the sentence of the line before it: that line is text, not a unit, and ends
     * without closing its sentence.
     */
    private boolean continuesSentence(String[] lines, int i) {
        for (int j = i - 1; j >= 0; j--) {
            String prev = lines[j].strip();
            if (prev.isEmpty()) {
                continue;
            }
            char last = prev.charAt(prev.length() - 1);
            return SENTENCE_ENDS.indexOf(last) < 0 && !startsUnit(prev) && !HeadingLines.isCapitals(prev);
        }
        return false;
    }

    /**
     * "PHỤ LỤC II", "Phụ lục 01", "Phụ lục I: Danh mục ...": an appendix's own line, not a sentence that opens by
     * naming one ("Phụ lục I kèm theo Nghị quyết này).").
     */
    private static boolean isAppendixLine(String line) {
        Matcher m = APPENDIX.matcher(line.strip());
        if (!m.matches()) {
            return false;
        }
        String rest = m.group(3);
        return LetterCase.capitals(m.group(1).split("\\s+")[0])
                || rest.isEmpty()
                || !Character.isLowerCase(rest.charAt(0));
    }

    /**
     * The line after its leading unit word ({@code Phần I. MỤC ĐÍCH} reads as {@code I. MỤC ĐÍCH}; {@code Phần I}
     * leaves the bare numeral), or null when the line does not open with a unit word and its numeral.
     */
    private String afterUnitWord(String line) {
        Matcher m = UNIT_WORD.matcher(line.strip());
        if (!m.find()) {
            return null;
        }
        return line.strip().substring(m.end()).strip();
    }

    /** The unit words ("chương", "phần") whose parts hold articles or Roman units of their own in the text. */
    private Set<String> partWordsAboveUnits(String[] lines) {
        Set<String> words = new HashSet<>();
        for (int i = 0; i < lines.length; i++) {
            if (afterUnitWord(lines[i]) != null && holdsNumberedParts(lines, i)) {
                words.add(unitWord(lines[i]));
            }
        }
        return words;
    }

    private static String unitWord(String line) {
        return line.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the part a unit word opens at line {@code at} ("Chương I", "Phần I") holds articles or Roman units
     * of its own before the next unit word's line.
     */
    private boolean holdsNumberedParts(String[] lines, int at) {
        for (int j = at + 1; j < lines.length && afterUnitWord(lines[j]) == null; j++) {
            Unit u = recognise(lines[j], List.of());
            if (u != null && u.kind == Kind.APPENDIX) {
                return false;
            }
            if (u != null && (u.kind == Kind.ARTICLE || u.kind == Kind.ROMAN)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a line opens a unit of its own (or a unit word's numeral): a heading does not run on into it. */
    private boolean startsUnit(String line) {
        return afterUnitWord(line) != null || recognise(line, List.of(new Open("", "", 0, Kind.ROMAN, null))) != null;
    }

    private static Unit recognise(String line, List<Open> stack) {
        String l = line.strip();
        if (l.isEmpty()) {
            return null;
        }
        Matcher m;
        if ((m = APPENDIX.matcher(l)).matches()) {
            return new Unit(Kind.APPENDIX, m.group(2) == null ? "" : m.group(2), m.group(3));
        }
        if ((m = ARTICLE.matcher(l)).matches()) {
            return new Unit(Kind.ARTICLE, m.group(1), m.group(2), m.group(3));
        }
        if ((m = ROMAN.matcher(l)).matches() && isRoman(m.group(1))) {
            return new Unit(Kind.ROMAN, m.group(1), m.group(2));
        }
        if ((m = DECIMAL.matcher(l)).matches()) {
            String[] parts = m.group(1).split("\\.");
            return new Unit(Kind.DECIMAL, String.join(".", parts), m.group(2));
        }
        if ((m = BARE_NUMBER.matcher(l)).matches() && (!stack.isEmpty() || FIRST_NUMBERS.contains(m.group(1)))) {
            // a number alone on its line, its heading on the next ("1." / "Các cơ quan ..."); before any unit, only
            // the first of a list opens one
            return new Unit(isRoman(m.group(1)) ? Kind.ROMAN : Kind.ARABIC, m.group(1), "");
        }
        if ((m = BARE_DECIMAL.matcher(l)).matches() && !stack.isEmpty()) {
            return new Unit(Kind.DECIMAL, m.group(1), "");
        }
        if ((m = ARABIC.matcher(l)).matches()) {
            return new Unit(Kind.ARABIC, m.group(1), m.group(2));
        }
        if ((m = LETTER.matcher(l)).matches() && !stack.isEmpty()) {
            return new Unit(Kind.LETTER, m.group(1), m.group(2));
        }
        return null;
    }

    private static void popTo(List<Open> stack, Unit unit) {
        switch (unit.kind) {
            case APPENDIX, ARTICLE, ROMAN -> stack.clear();
            case ARABIC -> {
                while (!stack.isEmpty()
                        && !isArabicParent(stack.get(stack.size() - 1).kind())) {
                    stack.remove(stack.size() - 1);
                }
            }
            case DECIMAL -> {
                Open top = topLevel(stack);
                String path = (top == null ? "" : top.path() + ".") + unit.number;
                while (!stack.isEmpty()
                        && !isArabicParent(stack.get(stack.size() - 1).kind())
                        && !path.startsWith(stack.get(stack.size() - 1).path() + ".")) {
                    stack.remove(stack.size() - 1);
                }
            }
            case LETTER -> {
                while (!stack.isEmpty() && stack.get(stack.size() - 1).kind() == Kind.LETTER) {
                    stack.remove(stack.size() - 1);
                }
            }
        }
    }

    private static boolean isArabicParent(Kind kind) {
        return kind == Kind.ROMAN || kind == Kind.APPENDIX || kind == Kind.ARTICLE;
    }

    private static List<Section> closeSpans(List<Section> open, int textEnd) {
        List<Section> out = new ArrayList<>(open.size());
        for (int i = 0; i < open.size(); i++) {
            Section s = open.get(i);
            int end = textEnd;
            for (int j = i + 1; j < open.size(); j++) {
                if (open.get(j).level() <= s.level()) {
                    end = open.get(j).start();
                    break;
                }
            }
            out.add(new Section(s.id(), s.path(), s.heading(), s.level(), s.parentId(), s.pillar(), s.start(), end));
        }
        return out;
    }

    static String heading(String rest) {
        // a heading never runs past its table cell
        int tab = rest.indexOf('\t');
        String h = (tab >= 0 ? rest.substring(0, tab) : rest).strip();
        for (int i = 0; i < h.length(); i++) {
            char c = h.charAt(i);
            if ((c == '.' || c == ':' || c == ';') && !HeadingLines.isNumberDot(h, i)) {
                h = h.substring(0, i);
                break;
            }
        }
        h = h.strip();
        if (h.length() > MAX_HEADING) {
            int cut = h.lastIndexOf(' ', MAX_HEADING);
            h = h.substring(0, cut > 0 ? cut : MAX_HEADING).replaceAll("[\\s,;:.\\-–]+$", "");
        }
        return h;
    }

    private static boolean isRoman(String s) {
        return RomanNumerals.isNumeral(s);
    }

    private static Unit repairRoman(String line, Unit unit, int lastRoman) {
        String l = line.strip();
        if (unit != null && unit.kind == Kind.ROMAN) {
            String mended = RomanNumerals.mended(unit.number, lastRoman);
            return inCapitals(unit.heading) ? new Unit(Kind.ROMAN, mended, unit.heading) : unit;
        }
        if (unit != null) {
            return unit;
        }
        Optional<String> heading = RomanNumerals.garbledHeading(l);
        if (heading.isPresent() && inCapitals(heading.get()) && lastRoman < 20) {
            return new Unit(Kind.ROMAN, toRoman(lastRoman + 1), heading.get());
        }
        return null;
    }

    /**
     * An Arabic number that breaks its list's sequence where the expected one, misread, fits ({@code 9.} or
     * {@code o.} after {@code 4.}): the expected number. Only after a sibling, so the sequence is known.
     */
    private Unit repairArabic(String line, Unit unit, List<Open> stack) {
        Open previous = null;
        for (int j = stack.size() - 1; j >= 0; j--) {
            Kind k = stack.get(j).kind();
            if (k == Kind.ARABIC) {
                previous = stack.get(j);
                break;
            }
            if (k != Kind.LETTER && k != Kind.DECIMAL) {
                break;
            }
        }
        if (previous == null || unit != null && unit.kind != Kind.ARABIC && unit.kind != Kind.LETTER) {
            return unit;
        }
        String path = previous.path();
        String last = path.substring(path.lastIndexOf('.') + 1);
        if (!last.chars().allMatch(Character::isDigit)) {
            return unit;
        }
        String expected = Integer.toString(Integer.parseInt(last) + 1);
        if (unit != null && unit.kind == Kind.ARABIC) {
            return misreadings.couldBe(unit.number, expected) ? new Unit(Kind.ARABIC, expected, unit.heading) : unit;
        }
        boolean letterListOpen = stack.get(stack.size() - 1).kind() == Kind.LETTER;
        Matcher m = NUMBER_LIKE.matcher(line.strip());
        if (!letterListOpen && m.matches() && misreadings.couldBe(m.group(1), expected)) {
            return new Unit(Kind.ARABIC, expected, m.group(2));
        }
        return unit;
    }

    /** A heading printed in capitals: its first words have letters and no lower-case letter. */
    private static boolean inCapitals(String heading) {
        String head = heading.length() > 40 ? heading.substring(0, 40) : heading;
        return head.chars().anyMatch(Character::isLetter)
                && head.chars().noneMatch(Character::isLowerCase)
                && head.strip().contains(" ");
    }

    static int romanValue(String roman) {
        return RomanNumerals.value(roman);
    }

    static String toRoman(int n) {
        return RomanNumerals.of(n);
    }

    /** "PHỤ LỤC II" and "PHỤ LỤC 02" are the appendix PL2 (GOLD.md paths number appendices in Arabic). */
    private static String appendixNumber(String printed) {
        if (printed.isEmpty()) {
            return "";
        }
        return String.valueOf(isRoman(printed) ? romanValue(printed) : Integer.parseInt(printed));
    }

    private static Open topLevel(List<Open> stack) {
        return stack.isEmpty() || !isArabicParent(stack.get(0).kind()) ? null : stack.get(0);
    }
}
