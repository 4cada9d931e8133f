package org.planlens.extract.tasks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.planlens.rules.Fold;
import org.planlens.rules.ModelData;
import org.planlens.rules.NumberingGrammar;
import org.planlens.rules.RegexSpace;

/**
 * The cues of {@code models/task-table.tsv} (columns: cue kind, value; kinds: header, headstart, timeline, output,
 * join, open, column) and the body head nouns of {@code models/agency-kinds.tsv} (columns: head noun, note).
 */
public final class TableCues {
    /** A group numeral with its dot ("II.", "IV"), as a scan may misread it ("IL"). */
    private static final Pattern GROUP_NUMERAL = NumberingGrammar.packaged().compile("$ROMAN_OCR\\.?");

    private final Set<String> headerWords = new HashSet<>();
    private final List<HeadStart> headStarts = new ArrayList<>();
    private final List<Pattern> timelines = new ArrayList<>();
    private final List<String> outputs = new ArrayList<>();
    private final Set<String> joins = new HashSet<>();
    private final Set<String> opens = new HashSet<>();
    private final Set<String> numberJoins = new HashSet<>();
    private final List<String> bodyHeads = new ArrayList<>();
    /** The head nouns by their first char: a cell is compared only with those it can start with. */
    private final Map<Character, List<String>> bodyHeadsByFirst = new HashMap<>();
    /** Header phrases that name a column, with the column (RowCells.TASK ...). */
    private final List<Map.Entry<String, Integer>> columns = new ArrayList<>();
    /** Header phrases of the row-number column ("STT") and of an indicator column ("Chỉ tiêu"). */
    private final List<String> numberColumns = new ArrayList<>();

    private final List<String> indicatorColumns = new ArrayList<>();
    /** Header phrases of columns no cell of a task takes ("Văn bản giao nhiệm vụ", "Nguồn kinh phí"). */
    private final List<String> otherColumns = new ArrayList<>();
    /** Head nouns of bodies named in a table's body cells beyond those of agency-kinds.tsv ("Bộ Xây dựng"). */
    private final List<String> cellBodyHeads = new ArrayList<>();
    /** The word before a collective's head with its space, in lower case and capitalised ("các ", "Các "). */
    private String plural;

    private String pluralCapitalised;

    /** Letters OCR reads in place of another in capitals, to the letter they stand for (kind {@code misread}). */
    private final Map<Character, Character> misread = new HashMap<>();

    /** A header's opening words, folded as OCR confuses them and folded only of accents and case. */
    private record HeadStart(String loose, String folded) {}

    public TableCues(ModelData models) {
        List<String> starts = new ArrayList<>();
        for (String[] row : models.tsv("task-table.tsv")) {
            if (row.length < 2) {
                throw new IllegalArgumentException(
                        "models/task-table.tsv: row needs a kind and a value: " + String.join("\t", row));
            }
            switch (row[0]) {
                case "header" ->
                    List.of(row[1].split("\\s+"))
                            .forEach(w -> headerWords.add(Fold.fold(w).replaceAll("[,.:]$", "")));
                case "numberjoin" -> numberJoins.add(row[1]);
                case "headstart" -> starts.add(row[1]);
                case "misread" -> misread(row);
                case "timeline" -> timelines.add(Pattern.compile(row[1], Pattern.UNICODE_CHARACTER_CLASS));
                case "output" -> outputs.add(row[1]);
                case "join" -> joins.add(row[1]);
                case "open" -> opens.add(row[1]);
                case "column" -> column(row);
                case "bodyhead" -> cellBodyHeads.add(row[1]);
                case "plural" -> plural(row[1]);
                default -> throw new IllegalArgumentException("models/task-table.tsv: unknown cue kind " + row[0]);
            }
        }
        if (plural == null) {
            throw new IllegalArgumentException("models/task-table.tsv: no plural row (plural <TAB> word)");
        }
        // after the whole file: the misread letters are needed to fold the header starts
        starts.forEach(h -> headStarts.add(new HeadStart(loose(h), Fold.fold(h))));
        for (String[] row : models.tsv("agency-kinds.tsv")) {
            bodyHeads.add(row[0]);
        }
        bodyHeads.sort(Comparator.comparingInt(String::length).reversed());
        for (String head : bodyHeads) {
            if (head.isEmpty()) {
                throw new IllegalArgumentException("models/agency-kinds.tsv: a row has no head noun");
            }
            bodyHeadsByFirst
                    .computeIfAbsent(head.charAt(0), k -> new ArrayList<>())
                    .add(head);
        }
    }

    private void plural(String word) {
        if (plural != null || word.isEmpty()) {
            throw new IllegalArgumentException("models/task-table.tsv: one plural row with its word: " + word);
        }
        plural = word + " ";
        pluralCapitalised = Character.toUpperCase(word.charAt(0)) + word.substring(1) + " ";
    }

    private void misread(String[] row) {
        if (row.length < 3 || row[2].strip().length() != 1) {
            throw new IllegalArgumentException(
                    "models/task-table.tsv: a misread cue needs letters and the one letter they stand for: "
                            + String.join("\t", row));
        }
        for (char c : row[1].strip().toCharArray()) {
            misread.put(c, row[2].strip().charAt(0));
        }
    }

    private void column(String[] row) {
        if (row.length < 3) {
            throw new IllegalArgumentException(
                    "models/task-table.tsv: a column cue needs a phrase and a column: " + String.join("\t", row));
        }
        String phrase = upper(row[1]);
        switch (row[2].strip()) {
            case "task" -> columns.add(Map.entry(phrase, RowCells.TASK));
            case "output" -> columns.add(Map.entry(phrase, RowCells.OUTPUT));
            case "time" -> columns.add(Map.entry(phrase, RowCells.TIME));
            case "lead" -> columns.add(Map.entry(phrase, RowCells.LEAD));
            case "coordinate" -> columns.add(Map.entry(phrase, RowCells.COORDINATE));
            case "number" -> numberColumns.add(phrase);
            case "indicator" -> indicatorColumns.add(phrase);
            case "other" -> otherColumns.add(phrase);
            default -> throw new IllegalArgumentException("models/task-table.tsv: unknown column " + row[2]);
        }
    }

    /** What one header cell of a tab-separated table names. */
    public enum HeaderCell {
        NUMBER,
        TASK,
        OUTPUT,
        TIME,
        LEAD,
        COORDINATE,
        INDICATOR,
        OTHER;

        static HeaderCell of(int cell) {
            return switch (cell) {
                case RowCells.TASK -> TASK;
                case RowCells.OUTPUT -> OUTPUT;
                case RowCells.TIME -> TIME;
                case RowCells.LEAD -> LEAD;
                case RowCells.COORDINATE -> COORDINATE;
                default -> throw new IllegalArgumentException("no table cell " + cell);
            };
        }

        /** The cell of {@link RowCells} this column fills (RowCells.TASK ...), or -1 for a column that fills none. */
        public int cell() {
            return switch (this) {
                case TASK -> RowCells.TASK;
                case OUTPUT -> RowCells.OUTPUT;
                case TIME -> RowCells.TIME;
                case LEAD -> RowCells.LEAD;
                case COORDINATE -> RowCells.COORDINATE;
                default -> -1;
            };
        }
    }

    /**
     * What a header cell names ("Tên nhiệm vụ/dự án" a task, "Cơ quan chủ trì" the lead, "Thời gian dự kiến hoàn
     * thành" the time): the column phrase printed first in it, an indicator phrase before all ("Nội dung chỉ tiêu"
     * heads a column of indicators, not of tasks), a phrase of another column before the ones it holds ("Văn bản giao
     * nhiệm vụ" is no task). Capitals or sentence case; "/", commas and brackets part words.
     */
    public HeaderCell headerCell(String cell) {
        String h = " "
                + upper(cell)
                        .replaceAll("[/,.;:()\\-]", " ")
                        .replaceAll("\\s+", " ")
                        .strip() + " ";
        if (indicatorColumns.stream().anyMatch(p -> h.contains(" " + p + " "))) {
            return HeaderCell.INDICATOR;
        }
        int best = Integer.MAX_VALUE;
        HeaderCell kind = HeaderCell.OTHER;
        for (String other : otherColumns) {
            int i = h.indexOf(" " + other + " ");
            if (i >= 0 && i < best) {
                best = i;
            }
        }
        for (Map.Entry<String, Integer> c : columns) {
            int i = h.indexOf(" " + c.getKey() + " ");
            if (i >= 0 && i < best) {
                best = i;
                kind = HeaderCell.of(c.getValue());
            }
        }
        if (kind == HeaderCell.OTHER
                && numberColumns.stream().anyMatch(p -> h.strip().equals(p))) {
            return HeaderCell.NUMBER;
        }
        return kind;
    }

    /** Upper case that keeps every index (headers are printed in capitals or in sentence case). */
    private static String upper(String s) {
        String u = s.toUpperCase(Locale.ROOT);
        return u.length() == s.length() ? u : s;
    }

    /**
     * The columns of a table in the order its header ({@code header}: the header row's words) prints them; the
     * seeds' order when the header names too few of them to tell.
     */
    public List<Integer> columnOrder(String header) {
        String h = " " + upper(header).replaceAll("\\s+", " ") + " ";
        Map<Integer, Integer> first = new HashMap<>();
        for (Map.Entry<String, Integer> c : columns) {
            int i = h.indexOf(" " + c.getKey() + " ");
            if (i < 0) {
                i = h.indexOf(" " + c.getKey() + ",");
            }
            if (i >= 0) {
                first.merge(c.getValue(), i, Math::min);
            }
        }
        if (!first.containsKey(RowCells.TASK) || first.size() < 3) {
            return RowCells.USUAL_ORDER;
        }
        return first.keySet().stream()
                .sorted(Comparator.comparingInt(first::get))
                .toList();
    }

    /**
     * Where a header row starts in the line ("STT NHIỆM VỤ ..."), or -1. With one cell a line, the number column's
     * word stands alone ("TT" over "Nhiệm vụ"): {@code next} is the line under it.
     */
    public int headerStart(String line, String next) {
        int i = headerStart(line);
        if (i >= 0 || next == null) {
            return i;
        }
        String bare = loose(line.strip());
        for (HeadStart h : headStarts) {
            if (h.loose().startsWith(bare + " ") && headerStart(line.strip() + " " + next.strip()) == 0) {
                return 0;
            }
        }
        return -1;
    }

    /**
     * A header's start as matched: accents and case folded, and the letters OCR confuses in capitals made one
     * ({@code SIT} for {@code STT}, {@code CỤ THE} for {@code CỤ THỂ}); it must still be in capitals.
     */
    String loose(String s) {
        String f = Fold.fold(s);
        StringBuilder out = new StringBuilder(f.length());
        for (int i = 0; i < f.length(); i++) {
            out.append(misread.getOrDefault(f.charAt(i), f.charAt(i)));
        }
        return out.toString();
    }

    /** Printed in capitals (an OCR misreading allowed), or spelt right in any case ("TT Nhiệm vụ"). */
    private static boolean printedAsHeader(String printed, HeadStart h) {
        return inCapitals(printed) || Fold.fold(printed).equals(h.folded());
    }

    private static boolean inCapitals(String s) {
        return s.chars().noneMatch(Character::isLowerCase);
    }

    /** A header word, or one with a letter misread ({@code GƠ QUAN}, {@code CƠ QUẠN} folded alike). */
    private boolean isHeaderWord(String k) {
        if (headerWords.contains(k)) {
            return true;
        }
        for (String h : headerWords) {
            if (h.length() == k.length() && h.length() >= 2) {
                int diff = 0;
                for (int i = 0; i < h.length() && diff < 2; i++) {
                    diff += h.charAt(i) == k.charAt(i) ? 0 : 1;
                }
                if (diff == 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Where a header row starts in the line ("STT NHIỆM VỤ ..."), or -1. */
    public int headerStart(String line) {
        String l = loose(line);
        int best = -1;
        for (HeadStart h : headStarts) {
            int i = l.indexOf(h.loose());
            if (i >= 0
                    && (i == 0 || line.charAt(i - 1) == ' ')
                    && printedAsHeader(line.substring(i, i + h.loose().length()), h)
                    && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }

    /** How many leading characters of the line are header words (0 when it does not open with one). */
    public int headerPrefix(String line) {
        String[] words = line.strip().split("\\s+");
        int chars = 0;
        int taken = 0;
        for (String w : words) {
            String k = Fold.fold(w).replaceAll("[,.:]$", "");
            // a group numeral ("II CẢI CÁCH ...") is never a header word, however like "TT" it looks; a header in
            // sentence case must be spelt right, one in capitals may carry an OCR misreading
            if (GROUP_NUMERAL.matcher(w).matches() || !(headerWords.contains(k) || inCapitals(w) && isHeaderWord(k))) {
                break;
            }
            taken++;
            chars = line.indexOf(w, chars) + w.length();
        }
        return taken == 0 ? 0 : chars;
    }

    public boolean opensTimeline(String cell) {
        return timelines.stream().anyMatch(p -> p.matcher(cell).find());
    }

    public boolean opensOutput(String cell) {
        return outputs.stream().anyMatch(o -> startsWithWord(cell, o));
    }

    /** Whether {@code text} opens with the word before a collective's head ("các địa phương", "Các cơ quan"). */
    public boolean opensCollective(String text) {
        return text.startsWith(plural) || text.startsWith(pluralCapitalised);
    }

    /** Whether {@code text} opens with that word capitalised, as a sentence or a cell starts ("Các đơn vị"). */
    public boolean opensCapitalisedCollective(String text) {
        return text.startsWith(pluralCapitalised);
    }

    /** Whether {@code text} opens with that word in lower case, as inside a list ("các địa phương"). */
    public boolean opensLowerCaseCollective(String text) {
        return text.startsWith(plural);
    }

    /** True when the text opens with a body's head noun ("Phòng Nội vụ", "Các cơ quan", "UBND các xã"). */
    public boolean opensBody(String cell) {
        String c = opensCollective(cell) ? cell.substring(plural.length()) : cell;
        return !c.isEmpty()
                && bodyHeadsByFirst.getOrDefault(c.charAt(0), List.of()).stream()
                        .anyMatch(h -> startsWithWord(c, h));
    }

    /**
     * True when the text opens a body as a lead or partner cell names one: a head noun of agency-kinds.tsv or one
     * of the {@code bodyhead} cues ("Bộ Xây dựng", "các địa phương").
     */
    public boolean opensCellBody(String cell) {
        if (opensBody(cell)) {
            return true;
        }
        // a head in lower case ("địa phương") names a body only after "các"
        boolean collective = opensCollective(cell);
        String c = collective ? cell.substring(plural.length()) : cell;
        return cellBodyHeads.stream()
                .anyMatch(h -> (collective || Character.isUpperCase(h.charAt(0))) && startsWithWord(c, h));
    }

    /** True when the text is only a head noun ("Công chức"): the name follows. */
    public boolean isBareHead(String text) {
        return bodyHeads.contains(text.strip());
    }

    /** True when no cell ends this way: the next line carries on the same cell. */
    public boolean dangles(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return false;
        }
        if (opens.contains(t)) {
            return true;
        }
        String last = String.valueOf(t.charAt(t.length() - 1));
        if (joins.contains(last)) {
            return true;
        }
        // the last two words as t.split("\\s+") gives them, read from the end: this runs on every line of a table
        int lastStart = t.length();
        while (lastStart > 0 && !RegexSpace.is(t.charAt(lastStart - 1))) {
            lastStart--;
        }
        String lastWord = t.substring(lastStart);
        if (joins.contains(lastWord) || lastStart == 0) {
            return joins.contains(lastWord);
        }
        int before = lastStart;
        while (before > 0 && RegexSpace.is(t.charAt(before - 1))) {
            before--;
        }
        int beforeStart = before;
        while (beforeStart > 0 && !RegexSpace.is(t.charAt(beforeStart - 1))) {
            beforeStart--;
        }
        return joins.contains(t.substring(beforeStart, before) + " " + lastWord);
    }

    /** True when {@code next} opens with a number that completes {@code text} ("Quý IV năm" / "2021"). */
    public boolean numberRunsOn(String text, String next) {
        String[] words = text.strip().split("\\s+");
        return !next.isEmpty() && Character.isDigit(next.charAt(0)) && numberJoins.contains(words[words.length - 1]);
    }

    static boolean startsWithWord(String text, String word) {
        return text.startsWith(word)
                && (text.length() == word.length() || !Character.isLetterOrDigit(text.charAt(word.length())));
    }
}
