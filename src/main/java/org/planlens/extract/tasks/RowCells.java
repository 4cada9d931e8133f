package org.planlens.extract.tasks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits the text of one table row, given as chunks (lines already joined where a cell runs on), into the five
 * cells task, output, time, lead body, coordinating bodies. Chunks that hold several cells (a row printed on one
 * line) are cut where a cell's cue opens; a dynamic programme picks the cut that reads best.
 */
public final class RowCells {
    public static final int COLUMNS = 5;
    public static final int TASK = 0;
    public static final int OUTPUT = 1;
    public static final int TIME = 2;
    public static final int LEAD = 3;
    public static final int COORDINATE = 4;
    /** The order of the seeds' tables: task, output, time, lead, coordinating bodies. */
    public static final List<Integer> USUAL_ORDER = List.of(TASK, OUTPUT, TIME, LEAD, COORDINATE);
    /** Scores of the dynamic programme: a blank cell, two chunks in one cell, a cell cut out of a chunk. */
    private static final int EMPTY_CELL = -3;

    private static final int MERGED_CHUNKS = -2;
    private static final int CUT_INSIDE_CHUNK = -1;
    /** An output cell is short and states no figure; longer text is the task's. */
    private static final int LONG_OUTPUT = 120;

    private final TableCues cues;

    public RowCells(TableCues cues) {
        this.cues = cues;
    }

    private record Atom(String text, int chunk, boolean chunkStart) {}

    /** The five cells (empty strings where a cell is blank); chunks must not be empty. */
    public List<String> split(List<String> chunks) {
        return split(chunks, USUAL_ORDER);
    }

    /**
     * The five cells, in the order task, output, time, lead, coordinating bodies, of a row printed with its
     * columns in {@code order} (the header's order; a column the table lacks stays empty).
     */
    public List<String> split(List<String> chunks, List<Integer> order) {
        List<Atom> atoms = atoms(chunks);
        int n = atoms.size();
        int columns = order.size();
        double[][] best = new double[columns + 1][n + 1];
        int[][] from = new int[columns + 1][n + 1];
        for (double[] row : best) {
            Arrays.fill(row, Double.NEGATIVE_INFINITY);
        }
        best[0][0] = 0;
        for (int k = 0; k < columns; k++) {
            int kind = order.get(k);
            for (int a = 0; a <= n; a++) {
                if (best[k][a] == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                int minEnd = kind == TASK ? a + 1 : a;
                // The last cell takes whatever is left.
                for (int b = k == columns - 1 ? n : minEnd; b <= n; b++) {
                    double s = best[k][a] + score(kind, atoms, a, b);
                    if (s > best[k + 1][b]) {
                        best[k + 1][b] = s;
                        from[k + 1][b] = a;
                    }
                }
            }
        }
        List<String> cells = new ArrayList<>(List.of("", "", "", "", ""));
        int end = n;
        for (int k = columns; k > 0; k--) {
            int start = from[k][end];
            cells.set(order.get(k - 1), join(atoms, start, end));
            end = start;
        }
        return cells;
    }

    private double score(int column, List<Atom> atoms, int a, int b) {
        if (a == b) {
            return EMPTY_CELL;
        }
        double s = atoms.get(a).chunkStart() || a == 0 ? 0 : CUT_INSIDE_CHUNK;
        if (column != TASK) {
            for (int i = a + 1; i < b; i++) {
                if (atoms.get(i).chunk() != atoms.get(i - 1).chunk()) {
                    s += MERGED_CHUNKS;
                }
            }
        }
        String text = join(atoms, a, b);
        return s
                + switch (column) {
                    case TASK -> 0;
                    case OUTPUT ->
                        (cues.opensOutput(text) ? 2 : 0)
                                + (cues.opensTimeline(text) ? -3 : 0)
                                + (cues.opensBody(text) ? -2 : 0)
                                + (text.contains("%") ? -1 : 0)
                                + (text.length() > LONG_OUTPUT ? -1 : 0);
                    case TIME -> cues.opensTimeline(text) ? 3 : cues.opensBody(text) ? -2 : -1;
                    default -> cues.opensBody(text) ? 2 : -1;
                };
    }

    private static String join(List<Atom> atoms, int a, int b) {
        StringBuilder sb = new StringBuilder();
        for (int i = a; i < b; i++) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(atoms.get(i).text());
        }
        return sb.toString().strip();
    }

    /** Chunks cut before every word that opens a cell, unless the text before it runs on. */
    private List<Atom> atoms(List<String> chunks) {
        List<Atom> atoms = new ArrayList<>();
        for (int c = 0; c < chunks.size(); c++) {
            String chunk = chunks.get(c).strip();
            List<Integer> cuts = new ArrayList<>();
            for (int i = 1; i < chunk.length(); i++) {
                if (chunk.charAt(i - 1) != ' ' || !Character.isUpperCase(chunk.charAt(i))) {
                    continue;
                }
                String rest = chunk.substring(i);
                String before = chunk.substring(0, i);
                // "Phòng Kinh tế - Các đơn vị,": no name runs on from a dash into a collective.
                boolean collectiveAfterDash =
                        before.strip().endsWith("-") && cues.opensCapitalisedCollective(rest) && cues.opensBody(rest);
                if ((!cues.dangles(before) || collectiveAfterDash)
                        && !cues.isBareHead(before)
                        && (cues.opensTimeline(rest) || cues.opensOutput(rest) || cues.opensBody(rest))) {
                    cuts.add(i);
                }
            }
            int prev = 0;
            for (int cut : cuts) {
                atoms.add(new Atom(chunk.substring(prev, cut).strip(), c, prev == 0));
                prev = cut;
            }
            atoms.add(new Atom(chunk.substring(prev).strip(), c, prev == 0));
        }
        return atoms;
    }
}
