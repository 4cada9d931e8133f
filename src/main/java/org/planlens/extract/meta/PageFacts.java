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
        ISSUER
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
                int colon = cell.indexOf(':');
                if (colon > 0) {
                    // "Đang tải văn bản... # Số hiệu: 220/CĐ-TTg": the label closes what stands before the colon
                    Optional<Fact> fact = endingLabel(Fold.key(cell.substring(0, colon)));
                    String value = cell.substring(colon + 1).strip();
                    if (fact.isPresent() && !value.isEmpty()) {
                        out.putIfAbsent(fact.get(), value);
                    }
                }
            }
        }
        return out.isEmpty() ? Facts.NONE : new Facts(out);
    }

    private Optional<Fact> endingLabel(String key) {
        for (Map.Entry<String, Fact> e : labels.entrySet()) {
            if (key.equals(e.getKey()) || key.endsWith(" " + e.getKey())) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
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
