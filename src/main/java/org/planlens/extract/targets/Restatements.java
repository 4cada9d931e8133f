package org.planlens.extract.targets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.planlens.model.Section;
import org.planlens.rules.Fold;
import org.planlens.rules.ModelData;
import org.planlens.rules.NumberingGrammar;
import org.planlens.structure.SectionTree;

/**
 * Tells a restated target (a summary repeated in the body, a row of an appendix table) from a new one: same value
 * and unit, printed in another sentence, not due by two different years, and what it measures worded nearly alike
 * (most words shared, or a short
 * wording held whole in a longer one), abbreviations of {@code models/targets-abbreviations.tsv} expanded.
 */
final class Restatements {
    private static final double SAME_WORDING = 0.7;
    private static final double HELD_WHOLE = 0.9;
    private static final int MIN_HELD_WORDS = 6;
    /** A list item's bullet at a line's start ("+ ", "- "). */
    private static final Pattern BULLET_LINE = NumberingGrammar.packaged().compile("^[\\x20\\t]*($LIST_BULLET)\\s");
    /** How many lines apart two items of one list may stand. */
    private static final int MAX_ITEM_LINES = 40;

    private final Map<String, String> expansions = new HashMap<>();
    private final Set<String> parallelWords = new HashSet<>();

    Restatements(ModelData models) {
        for (String[] row : models.tsv("targets-abbreviations.tsv")) {
            if (row.length < 2) {
                throw new IllegalArgumentException(
                        "models/targets-abbreviations.tsv: row needs abbreviation and wording: "
                                + String.join("\t", row));
            }
            expansions.put(Fold.key(row[0]), Fold.key(row[1]));
        }
        for (String[] row : models.tsv("targets-parallel-words.tsv")) {
            parallelWords.add(Fold.key(row[0]).replace(' ', '_'));
        }
    }

    /** A new plan's record of the targets it keeps; {@code text}: the plan's text, {@code sections}: its units. */
    Kept kept(String text, SectionTree sections) {
        return new Kept(text, sections);
    }

    /**
     * The targets one plan has kept so far, each with its wording's words worked out once, when first compared: each
     * new target is compared with every kept one of the same figure and unit.
     */
    final class Kept {
        private final List<TargetReading> readings = new ArrayList<>();
        private final List<Set<String>> words = new ArrayList<>();
        private final SectionTree sections;
        private final String text;

        private Kept(String text, SectionTree sections) {
            this.text = text;
            this.sections = sections;
        }

        /** Keeps {@code later} unless it restates a target kept before; true when kept. */
        boolean keepUnlessRestated(TargetReading later) {
            Set<String> a = null;
            for (int i = 0; i < readings.size(); i++) {
                TargetReading e = readings.get(i);
                if (e.sentenceStart() == later.sentenceStart()
                        || Math.abs(e.figure().value() - later.figure().value()) > 1e-9
                        || !e.unit().equals(later.unit())
                        || dueByAnotherYear(e, later)) {
                    continue;
                }
                if (a == null) {
                    a = words(later.indicator());
                }
                Set<String> b = words.get(i);
                if (b == null) {
                    b = words(e.indicator());
                    words.set(i, b);
                }
                if (alike(a, b)
                        && !parallel(a, b)
                        && (a.equals(b) || !(inSiblingUnits(e, later) || inSiblingItems(e, later)))) {
                    return false;
                }
            }
            readings.add(later);
            words.add(a);
            return true;
        }

        /**
         * Each in its own unit of one list ("a) Trong đời sống gia đình: 80% người bị bạo lực gia đình ..." and "b)
         * Phòng ngừa ... bạo lực trên cơ sở giới: 80% người bị bạo lực trên cơ sở giới ..."): worded apart, the list
         * sets one target for each of its items; worded the same, the later unit restates the earlier one.
         */
        private boolean inSiblingUnits(TargetReading a, TargetReading b) {
            Optional<Section> x = sections.sectionAt(a.clauseStart());
            Optional<Section> y = sections.sectionAt(b.clauseStart());
            return x.isPresent()
                    && y.isPresent()
                    && !x.get().id().equals(y.get().id())
                    && x.get().parentId() != null
                    && x.get().parentId().equals(y.get().parentId());
        }

        /**
         * Each on its own item of one bulleted list, every line between them an item of the same bullet ("+ Tổng sản
         * phẩm Nhãn ... tốc độ tăng bình quân 05 - 06%/năm" and "+ Tổng sản phẩm Chanh leo ... 05 - 07%/năm"), or the
         * first on the lead-in line the list hangs from ("- Các sản phẩm trái cây: ... 05 - 06%/năm. Một số sản phẩm
         * trái cây chủ yếu:"): like sibling units, a list of parallel things worded apart sets a target for each, and
         * a part's figure does not restate its whole's.
         */
        private boolean inSiblingItems(TargetReading a, TargetReading b) {
            int first = lineStart(Math.min(a.clauseStart(), b.clauseStart()));
            int second = lineStart(Math.max(a.clauseStart(), b.clauseStart()));
            String mark = bullet(second);
            int next = text.indexOf('\n', first) + 1;
            if (first == second || mark == null || next == 0) {
                return false;
            }
            int lines = 0;
            for (int at = next; at < second; at = text.indexOf('\n', at) + 1) {
                if (!mark.equals(bullet(at)) || ++lines > MAX_ITEM_LINES || text.indexOf('\n', at) < 0) {
                    return false;
                }
            }
            return mark.equals(bullet(first))
                    || text.substring(first, next).strip().endsWith(":");
        }

        private int lineStart(int at) {
            return text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        }

        /** The bullet that opens the line at {@code lineStart}, or null. */
        private String bullet(int lineStart) {
            var m = BULLET_LINE.matcher(text).region(lineStart, Math.min(text.length(), lineStart + 8));
            return m.lookingAt() ? m.group(1) : null;
        }
    }

    /**
     * Both due by a year, not the same one ("100% ... có trạm 5G" by 2026, "100% ... ứng dụng phần mềm" by 2030): a
     * later stage's target, not the earlier one restated.
     */
    private static boolean dueByAnotherYear(TargetReading a, TargetReading b) {
        return a.deadline() != null && b.deadline() != null && !a.deadline().equals(b.deadline());
    }

    static boolean alike(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        int smaller = Math.min(a.size(), b.size());
        double jaccard = (double) common.size() / (a.size() + b.size() - common.size());
        return jaccard >= SAME_WORDING || (smaller >= MIN_HELD_WORDS && (double) common.size() / smaller >= HELD_WHOLE);
    }

    /** Each wording names a level or place that the other lacks: two parallel targets, not one restated. */
    private boolean parallel(Set<String> a, Set<String> b) {
        return parallelWords.stream().anyMatch(w -> a.contains(w) && !b.contains(w))
                && parallelWords.stream().anyMatch(w -> b.contains(w) && !a.contains(w));
    }

    Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        String folded = " " + Fold.key(s) + " ";
        for (String w : parallelWords) {
            if (w.contains("_")) {
                folded = folded.replace(" " + w.replace('_', ' ') + " ", " " + w + " ");
            }
        }
        for (String w : folded.strip().split("\\s+")) {
            String full = expansions.getOrDefault(w, w);
            for (String x : full.split(" ")) {
                if (!x.isBlank()) {
                    out.add(x);
                }
            }
        }
        return out;
    }
}
