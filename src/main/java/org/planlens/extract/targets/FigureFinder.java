package org.planlens.extract.targets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planlens.extract.patterns.PatternRules;
import org.planlens.extract.patterns.RuleStarts;
import org.planlens.rules.ModelData;

/** Percentages, ratios and counts in a text, with the rules of {@code models/targets.rules}. */
final class FigureFinder {
    private final Pattern percent;
    private final Pattern ratio;
    private final Pattern count;
    private final List<TargetCues.Cue> afterBounds;
    /** Where each rule can start: the rules declare their first char (a digit). */
    private final RuleStarts percentStarts;

    private final RuleStarts ratioStarts;
    private final RuleStarts countStarts;

    FigureFinder(PatternRules rules, TargetCues cues) {
        this.percent = rules.pattern("percent");
        this.ratio = rules.pattern("ratio");
        this.count = rules.pattern("count");
        this.percentStarts = RuleStarts.declaredBy(percent);
        this.ratioStarts = RuleStarts.declaredBy(ratio);
        this.countStarts = RuleStarts.declaredBy(count);
        this.afterBounds = cues.of(TargetCues.Kind.AFTER);
    }

    static String countUnitMacro(ModelData models) {
        List<String> units = new ArrayList<>();
        for (String[] row : models.tsv("target-count-units.tsv")) {
            units.add(row[0]);
        }
        return PatternRules.alternation(units);
    }

    /** Every figure, in text order, none overlapping. */
    List<Figure> find(String text) {
        List<Figure> out = new ArrayList<>();
        Matcher m = percent.matcher(text);
        for (int from = 0; percentStarts.find(m, text, from); from = m.end()) {
            String unit = m.group("perYear") != null ? "%/năm" : "%";
            out.add(new Figure(
                    number(m.group("value")), unit, false, false, afterBound(m.group("after")), m.start(), m.end()));
        }
        Matcher r = ratio.matcher(text);
        for (int from = 0; ratioStarts.find(r, text, from); from = r.end()) {
            out.add(new Figure(
                    number(r.group("value")), oneLine(r.group("unit")), true, false, null, r.start(), r.end()));
        }
        Matcher c = count.matcher(text);
        for (int from = 0; countStarts.find(c, text, from); from = c.end()) {
            out.add(new Figure(
                    number(c.group("value")),
                    oneLine(c.group("unit")).replaceAll("\\s*/\\s*", "/"),
                    false,
                    true,
                    null,
                    c.start(),
                    c.end()));
        }
        out.sort(Comparator.comparingInt(Figure::start));
        List<Figure> kept = new ArrayList<>();
        for (Figure f : out) {
            if (kept.isEmpty() || f.start() >= kept.get(kept.size() - 1).end()) {
                kept.add(f);
            }
        }
        return kept;
    }

    private String afterBound(String after) {
        if (after == null) {
            return null;
        }
        String folded = Words.lower(after).strip().replaceAll("\\s+", " ");
        for (TargetCues.Cue cue : afterBounds) {
            if (String.join(" ", cue.words()).equals(folded)) {
                return cue.comparator().code();
            }
        }
        return null;
    }

    private static double number(String s) {
        return Double.parseDouble(s.replace(',', '.'));
    }

    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
