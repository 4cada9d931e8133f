package org.planlens.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planlens.extract.tasks.BodyList;
import org.planlens.extract.tasks.RowCells;
import org.planlens.extract.tasks.TabbedTables;
import org.planlens.extract.tasks.TableCues;
import org.planlens.model.Section;
import org.planlens.model.Task;
import org.planlens.model.TaskSource;
import org.planlens.rules.LetterCase;
import org.planlens.rules.ModelData;
import org.planlens.rules.NumberingGrammar;
import org.planlens.rules.RomanNumerals;
import org.planlens.structure.SectionTree;

/**
 * Rows of the appendix task tables (STT, task, output, time, lead, coordinating bodies), rebuilt from text where
 * cells arrive one a line (PDF) or separated by tabs (DOCX through Tika), and where page breaks repeat the header.
 * Group rows ("III CẢI CÁCH THỦ TỤC HÀNH CHÍNH") give the first part of the rows' paths.
 */
public final class TaskTableExtractor {
    private static final Pattern GROUP = NumberingGrammar.packaged().compile("^($ROMAN_OCR)\\.?(?:\\s+(.*))?$");
    private static final Pattern ROW = NumberingGrammar.packaged().compile("^($ARABIC)\\.?(?:\\s+(\\S.*))?$");
    /** A row's number alone ("107"), and with its dot in a number cell ("12."). */
    private static final Pattern BARE_ROW_NUMBER = NumberingGrammar.packaged().compile("$ARABIC_ROW");

    private static final Pattern ROW_NUMBER_CELL = NumberingGrammar.packaged().compile("$ARABIC_ROW\\.?");

    private final TableCues cues;
    private final RowCells rowCells;
    private final BodyList bodies;
    private final TabbedTables tabbedTables;

    public TaskTableExtractor(ModelData models) {
        this.cues = new TableCues(models);
        this.rowCells = new RowCells(cues);
        this.bodies = new BodyList(cues);
        this.tabbedTables = new TabbedTables(cues);
    }

    /** A line of the table region with its offset in the text. */
    private record Line(String text, int start) {}

    /** One row as read: its number, group, where it starts, and its lines before and after a page break. */
    private static final class RawRow {
        final String group;
        final String number;
        final int start;
        /** The table's columns in printed order (from its header). */
        List<Integer> order = RowCells.USUAL_ORDER;

        final List<String> before = new ArrayList<>();
        final List<String> after = new ArrayList<>();
        boolean broken;
        boolean tabbed;

        RawRow(String group, String number, int start) {
            this.group = group;
            this.number = number;
            this.start = start;
        }

        void add(String text) {
            (broken ? after : before).add(text);
        }

        String path() {
            return group == null ? number : group + "." + number;
        }
    }

    /**
     * Tables whose rows come one a line with tab-separated cells are read wherever their header stands; an appendix
     * holding none is read line by line, its cells rebuilt from the text. Indicator tables give no tasks (their
     * bodies are the agency extractor's, which reads the lead and partner columns of every table).
     */
    public List<Task> extract(String text, SectionTree sections) {
        List<TabbedTables.Table> tabbed = tabbedTables.read(text);
        List<Placed> placed = new ArrayList<>();
        for (TabbedTables.Table table : tabbed) {
            if (table.indicators()) {
                continue;
            }
            for (TabbedTables.Row row : table.rows()) {
                placed.add(new Placed(row.start(), row.path(), row.cells()));
            }
        }
        for (Section s : sections.sections()) {
            boolean holdsTabbed = tabbed.stream().anyMatch(t -> t.start() < s.end() && t.end() > s.start());
            if (s.path().startsWith("PL") && s.parentId() == null && !holdsTabbed) {
                for (RawRow row : rows(lines(text, s.start(), s.end()))) {
                    placed.add(new Placed(row.start, row.path(), cells(row)));
                }
            }
        }
        placed.sort(Comparator.comparingInt(Placed::start));
        List<Task> tasks = new ArrayList<>();
        for (Placed p : placed) {
            Task task = task("k" + (tasks.size() + 1), p, sections);
            // a numbered row whose task cell is empty (an OCR misread, a stray number) names no task
            if (task.description() != null) {
                tasks.add(task);
            }
        }
        return tasks;
    }

    /** A row's path, where it starts and its five cells, however it was read. */
    private record Placed(int start, String path, List<String> cells) {}

    private static List<Line> lines(String text, int from, int to) {
        List<Line> out = new ArrayList<>();
        int pos = from;
        for (String l : text.substring(from, to).split("\n", -1)) {
            if (!l.isBlank()) {
                out.add(new Line(l.strip(), pos));
            }
            pos += l.length() + 1;
        }
        return out;
    }

    private List<RawRow> rows(List<Line> printed) {
        List<Line> lines = new ArrayList<>(printed);
        List<RawRow> rows = new ArrayList<>();
        boolean inTable = false;
        boolean inHeader = false;
        String group = null;
        RawRow row = null;
        String previous = "";
        StringBuilder header = new StringBuilder();
        List<Integer> order = RowCells.USUAL_ORDER;
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text();
            String next = i + 1 < lines.size() ? lines.get(i + 1).text() : null;
            if (t.indexOf('\t') >= 0) {
                RawRow tabbed = tabRow(t, group, lines.get(i).start());
                if (cues.headerStart(t.replace('\t', ' ')) >= 0) {
                    // a tabbed header row opens the table (the group rows under it may come as plain lines)
                    // and gives its column order
                    order = cues.columnOrder(t.replace('\t', ' '));
                    inTable = true;
                } else if (tabbed != null && inTable) {
                    // only under a header: numbered rows of figures (a report's tables) are no tasks
                    tabbed.order = order;
                    rows.add(tabbed);
                } else if (groupOf(t.replace('\t', ' ').strip()) != null) {
                    String g = groupOf(t.replace('\t', ' ').strip());
                    group = group == null ? g : RomanNumerals.mended(g, RomanNumerals.value(group));
                }
                continue;
            }
            int head = cues.headerStart(t, next);
            if (head >= 0) {
                String tail = t.substring(head);
                int words = cues.headerPrefix(tail);
                header.setLength(0);
                header.append(words > 0 ? tail.substring(0, words) : tail);
                if (words > 0 && !tail.substring(words).isBlank()) {
                    // a header and what follows it run together on one line ("... GHI CHÚ I CÔNG TÁC CHỈ ĐẠO"):
                    // the rest is read as the next line
                    lines.add(
                            i + 1,
                            new Line(tail.substring(words).strip(), lines.get(i).start() + head + words));
                }
                if (inTable && head > 0) {
                    String before = t.substring(0, head).strip();
                    Matcher r = ROW.matcher(before);
                    if (r.matches() && !cues.dangles(previous)) {
                        row = new RawRow(group, r.group(1), lines.get(i).start());
                        row.order = order;
                        rows.add(row);
                        before = r.group(2) == null ? "" : r.group(2);
                    }
                    if (row != null) {
                        row.add(before);
                    }
                }
                if (row != null) {
                    row.broken = true;
                }
                // the repeated header ends what came before it: a number after it starts a row
                previous = "";
                inTable = true;
                inHeader = true;
                continue;
            }
            if (inHeader) {
                int prefix = cues.headerPrefix(t);
                if (prefix > 0) {
                    header.append(' ').append(t, 0, prefix);
                    String rest = t.substring(prefix).strip();
                    if (!rest.isEmpty() && row != null) {
                        row.add(rest);
                    }
                    continue;
                }
                inHeader = false;
                order = cues.columnOrder(header.toString());
            }
            if (!inTable) {
                continue;
            }
            String g = groupOf(t);
            boolean pageNumber = ROW.matcher(t).matches()
                    && BARE_ROW_NUMBER.matcher(t).matches()
                    && next != null
                    && cues.headerStart(
                                    next,
                                    i + 2 < lines.size() ? lines.get(i + 2).text() : null)
                            >= 0;
            if (pageNumber) {
                continue;
            }
            Matcher r = ROW.matcher(t);
            if (g != null
                    && (t.contains(" ")
                            || i + 1 < lines.size()
                                    && isCapitals(lines.get(i + 1).text()))) {
                // groups count up: a numeral at or below the last one lost a stroke to the scan
                group = group == null ? g : RomanNumerals.mended(g, RomanNumerals.value(group));
                row = null;
            } else if (r.matches() && !cues.dangles(previous)) {
                row = new RawRow(group, r.group(1), lines.get(i).start());
                row.order = order;
                rows.add(row);
                if (r.group(2) != null) {
                    row.add(r.group(2));
                }
            } else if (row != null) {
                row.add(t);
            }
            previous = t;
        }
        return rows;
    }

    private static boolean isCapitals(String s) {
        return LetterCase.capitals(s);
    }

    /** "III CẢI CÁCH THỦ TỤC HÀNH CHÍNH" or a bare "VIII" over a capitals title: the group's numeral. */
    private static String groupOf(String t) {
        Matcher m = GROUP.matcher(t);
        if (!m.matches()) {
            return null;
        }
        String title = m.group(2);
        return title == null || isCapitals(title) ? m.group(1) : null;
    }

    private RawRow tabRow(String line, String group, int start) {
        String[] cells = line.split("\t", -1);
        if (cells.length < RowCells.COLUMNS
                || !ROW_NUMBER_CELL.matcher(cells[0].strip()).matches()) {
            return null;
        }
        RawRow row = new RawRow(group, cells[0].strip().replace(".", ""), start);
        row.tabbed = true;
        for (int c = 1; c <= RowCells.COLUMNS && c < cells.length; c++) {
            row.before.add(cells[c].strip());
        }
        return row;
    }

    private List<String> cells(RawRow row) {
        List<String> cells;
        if (row.tabbed) {
            cells = new ArrayList<>(List.of("", "", "", "", ""));
            for (int k = 0; k < row.order.size() && k < row.before.size(); k++) {
                cells.set(row.order.get(k), row.before.get(k));
            }
        } else {
            List<String> chunks = chunks(row.before);
            cells = new ArrayList<>(chunks.isEmpty() ? List.of("", "", "", "", "") : rowCells.split(chunks, row.order));
            carryOn(cells, chunks(row.after), row.order);
        }
        return cells;
    }

    private Task task(String id, Placed row, SectionTree sections) {
        List<String> cells = row.cells();
        return new Task(
                id,
                row.path(),
                sections.sectionIdAt(row.start()),
                TaskSource.TABLE,
                blankToNull(cells.get(RowCells.TASK)),
                blankToNull(cells.get(RowCells.OUTPUT)),
                blankToNull(cells.get(RowCells.TIME)),
                bodies.split(cells.get(RowCells.LEAD)),
                bodies.split(cells.get(RowCells.COORDINATE)));
    }

    /** Lines joined where a cell runs on: a dangling end, a lower-case start, or a "- " start. */
    private List<String> chunks(List<String> lines) {
        List<String> chunks = new ArrayList<>();
        for (String l : lines) {
            if (l.isBlank()) {
                continue;
            }
            if (!chunks.isEmpty()) {
                String last = chunks.get(chunks.size() - 1);
                boolean runsOn = cues.dangles(last)
                        || cues.numberRunsOn(last, l)
                        || Character.isLowerCase(l.charAt(0))
                        || l.startsWith("- ") && !last.endsWith(".");
                if (runsOn) {
                    chunks.set(chunks.size() - 1, last + " " + l);
                    continue;
                }
            }
            chunks.add(l);
        }
        return chunks;
    }

    /** Text after a page break inside a row: the task's rest first, then the rest of cells left dangling. */
    private void carryOn(List<String> cells, List<String> rest, List<Integer> order) {
        int next = 0;
        if (!rest.isEmpty() && !Character.isUpperCase(rest.get(0).charAt(0))) {
            cells.set(0, (cells.get(0) + " " + rest.get(0)).strip());
            next = 1;
        }
        for (int c = 1; c < cells.size() && next < rest.size(); c++) {
            if (cues.dangles(cells.get(c))) {
                cells.set(c, cells.get(c) + " " + rest.get(next++));
            }
        }
        // A break before the row's later cells were printed: what is left fills the blank ones, in the header's order.
        List<Integer> blank = order.stream()
                .filter(c -> c != RowCells.TASK && cells.get(c).isBlank())
                .toList();
        if (next < rest.size() && !blank.isEmpty()) {
            List<String> filled = rowCells.split(rest.subList(next, rest.size()), blank);
            for (int c : blank) {
                cells.set(c, filled.get(c));
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
