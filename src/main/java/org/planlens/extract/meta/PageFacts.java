package org.planlens.extract.meta;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.planlens.rules.Fold;
import org.planlens.rules.ModelData;

/**
 * The facts table a legal-document website prints above a document it carries ({@code Số hiệu | 186/KH-UBND},
 * {@code Người ký: Mai Sơn}), labels from {@code models/page-facts.tsv} (columns: label, fact). A label is a cell of
 * a table row (tabs or pipes between cells, the value in the next cell) or opens a cell with a colon.
 */
public final class PageFacts {
    /** The facts such a table gives. */
    public enum Fact {
        NUMBER,
        DATE,
        SIGNER,
        KIND,
        ISSUER,
        /** A label whose value is not read: it ends the value before it. */
        OTHER
    }

    /** The table's facts: only those printed. */
    public record Facts(Map<Fact, String> values) {
        public static final Facts NONE = new Facts(Map.of());

        public Optional<String> get(Fact fact) {
            return Optional.ofNullable(values.get(fact));
        }
    }

    /** Such a table sits in the page's opening lines. */
    private static final int SEARCH_LINES = 60;

    /** A label and its value printed as a line of their own ("Người ký Lê Ngọc Châu") are a few words. */
    private static final int MAX_LABELLED_LINE_WORDS = 16;

    private static final Pattern CELLS = Pattern.compile("\\t|\\|");

    private final Map<String, Fact> labels = new HashMap<>();

    public PageFacts(ModelData models) {
        for (String[] row : models.tsv("page-facts.tsv")) {
            if (row.length < 2) {
                throw new IllegalArgumentException(
                        "models/page-facts.tsv: row needs a label and a fact: " + String.join("\t", row));
            }
            labels.put(Fold.key(row[0]), Fact.valueOf(row[1].toUpperCase(Locale.ROOT)));
        }
    }

    public Facts read(List<String> lines) {
        Map<Fact, String> out = new EnumMap<>(Fact.class);
        for (int i = 0; i < lines.size() && i < SEARCH_LINES; i++) {
            List<String> cells = cells(lines.get(i));
            for (int c = 0; c < cells.size(); c++) {
                String cell = cells.get(c);
                Fact whole = labels.get(Fold.key(cell));
                if (whole != null && c + 1 < cells.size() && cell.strip().length() < 40) {
                    out.putIfAbsent(whole, cells.get(c + 1));
                    continue;
                }
                if (cell.indexOf(':') > 0) {
                    readPairs(cell, out);
                } else if (cells.size() == 1 && cell.split("\\s+").length <= MAX_LABELLED_LINE_WORDS) {
                    readLabelledLine(cell, out);
                }
            }
        }
        return out.isEmpty() ? Facts.NONE : new Facts(out);
    }

    /**
     * "Nơi ban hành: Tỉnh Nghệ An Người ký: Phan Đình Trạc": each label closes what stands before its colon
     * ("Đang tải văn bản... # Số hiệu: 220/CĐ-TTg"), and its value runs to the next label.
     */
    private void readPairs(String cell, Map<Fact, String> out) {
        List<int[]> found = new ArrayList<>();
        for (int colon = cell.indexOf(':'); colon > 0; colon = cell.indexOf(':', colon + 1)) {
            String before = cell.substring(0, colon);
            for (Map.Entry<String, Fact> e : labels.entrySet()) {
                int start = labelStart(before, e.getKey());
                if (start >= 0 && (found.isEmpty() || found.get(found.size() - 1)[1] < start)) {
                    found.add(new int[] {start, colon, e.getValue().ordinal()});
                    break;
                }
            }
        }
        for (int k = 0; k < found.size(); k++) {
            int to = k + 1 < found.size() ? found.get(k + 1)[0] : cell.length();
            String value = cell.substring(found.get(k)[1] + 1, to).strip();
            if (!value.isEmpty()) {
                out.putIfAbsent(Fact.values()[found.get(k)[2]], value);
            }
        }
    }

    /**
     * "Người ký Lê Ngọc Châu", "Cơ quan ban hành Tỉnh Hà Tĩnh Người ký Lê Ngọc Châu": a short line that opens with a
     * label and prints each value after its label with no sign between (the website's table run into lines).
     */
    private void readLabelledLine(String line, Map<Fact, String> out) {
        List<String> words = List.of(line.strip().split("\\s+"));
        List<int[]> found = new ArrayList<>();
        for (int w = 0; w < words.size(); w++) {
            for (Map.Entry<String, Fact> e : labels.entrySet()) {
                int n = e.getKey().split(" ").length;
                if (w + n <= words.size()
                        && Fold.key(String.join(" ", words.subList(w, w + n))).equals(e.getKey())) {
                    found.add(new int[] {w, w + n, e.getValue().ordinal()});
                    w += n - 1;
                    break;
                }
            }
        }
        if (found.isEmpty() || found.get(0)[0] != 0) {
            return;
        }
        for (int k = 0; k < found.size(); k++) {
            int to = k + 1 < found.size() ? found.get(k + 1)[0] : words.size();
            if (to > found.get(k)[1]) {
                out.putIfAbsent(Fact.values()[found.get(k)[2]], String.join(" ", words.subList(found.get(k)[1], to)));
            }
        }
    }

    /**
     * Where {@code label} (folded) ends {@code before}, or -1: as its last words, or run into the value before it
     * with no space, its first letter a capital ("Loại văn bản:Kế hoạchNgười ký", "02-KH/BCĐTWNgày đăng công báo").
     */
    private static int labelStart(String before, String label) {
        int start = startOfLastWords(before, label.split(" ").length);
        if (start < 0) {
            return -1;
        }
        String tail = before.substring(start);
        if (Fold.key(tail).equals(label)) {
            return start;
        }
        String folded = Fold.fold(tail);
        int glued = tail.length() - label.length();
        return glued > 0
                        && folded.substring(glued).equals(label)
                        && Character.isUpperCase(tail.charAt(glued))
                        && Character.isLetterOrDigit(tail.charAt(glued - 1))
                ? start + glued
                : -1;
    }

    /** Where the last {@code n} words of {@code s} start, or -1 when it holds fewer. */
    private static int startOfLastWords(String s, int n) {
        int i = s.length();
        for (int w = 0; w < n; w++) {
            while (i > 0 && Character.isWhitespace(s.charAt(i - 1))) {
                i--;
            }
            if (i == 0) {
                return -1;
            }
            while (i > 0 && !Character.isWhitespace(s.charAt(i - 1))) {
                i--;
            }
        }
        return i;
    }

    private static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        for (String c : CELLS.split(line)) {
            String t = c.replace("**", "").strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}
