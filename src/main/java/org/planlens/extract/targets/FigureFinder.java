package org.planlens.extract.targets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planlens.extract.patterns.PatternRules;
import org.planlens.extract.patterns.RuleStarts;
import org.planlens.rules.ModelData;

/** Percentages, ratios, rates, multiples and counts in a text, with the rules of {@code models/targets.rules}. */
final class FigureFinder {
    private static final Pattern SPACED_SLASH = Pattern.compile("\\s*/\\s*");

    /** How far apart the ends of a range of percentages may lie (the upper end at most this times the lower). */
    private static final double MAX_RANGE_SPREAD = 3;

    private final Pattern percent;
    private final Pattern ratio;
    private final Pattern count;
    private final Pattern countWord;
    private final Pattern rate;
    private final Pattern times;
    /** Numbers written in words, to their values (target-number-words.tsv). */
    private final Map<String, Double> numberWords;

    private final List<TargetCues.Cue> afterBounds;
    /** The unit a yearly rate in percent is written with (targets-cues.tsv: "%/năm"). */
    private final String yearlyUnit;
    /** Where each rule can start: the rules declare their first char (a digit). */
    private final RuleStarts percentStarts;

    private final RuleStarts ratioStarts;
    private final RuleStarts countStarts;
    private final RuleStarts countWordStarts;
    private final RuleStarts rateStarts;
    private final RuleStarts timesStarts;

    /** A finder with the rules of {@code models/targets.rules} and the gazetteers its macros come from. */
    static FigureFinder of(ModelData models, TargetCues cues) {
        Map<String, Double> numberWords = numberWords(models);
        PatternRules rules = new PatternRules(
                models,
                "targets.rules",
                Map.of(
                        "COUNT_UNIT",
                        countUnitMacro(models),
                        "NUMBER_WORD",
                        PatternRules.alternation(numberWords.keySet())));
        return new FigureFinder(rules, cues, numberWords);
    }

    private FigureFinder(PatternRules rules, TargetCues cues, Map<String, Double> numberWords) {
        this.percent = rules.pattern("percent");
        this.ratio = rules.pattern("ratio");
        this.count = rules.pattern("count");
        this.countWord = rules.pattern("count_word");
        this.countWordStarts = RuleStarts.declaredBy(countWord);
        this.rate = rules.pattern("rate");
        this.times = rules.pattern("times");
        this.rateStarts = RuleStarts.declaredBy(rate);
        this.timesStarts = RuleStarts.declaredBy(times);
        this.numberWords = Map.copyOf(numberWords);
        this.percentStarts = RuleStarts.declaredBy(percent);
        this.ratioStarts = RuleStarts.declaredBy(ratio);
        this.countStarts = RuleStarts.declaredBy(count);
        this.afterBounds = cues.of(TargetCues.Kind.AFTER);
        this.yearlyUnit = cues.yearlyUnit();
    }

    private static Map<String, Double> numberWords(ModelData models) {
        Map<String, Double> out = new HashMap<>();
        for (String[] row : models.tsv("target-number-words.tsv")) {
            if (row.length < 2) {
                throw new IllegalArgumentException(
                        "models/target-number-words.tsv: row needs a word and its value: " + String.join("\t", row));
            }
            out.put(row[0].strip(), Double.valueOf(row[1].strip()));
        }
        return out;
    }

    private static String countUnitMacro(ModelData models) {
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
            String unit = m.group("perYear") != null ? yearlyUnit : "%";
            double value = number(m.group("value"));
            String after = afterBound(m.group("after"));
            int start = m.start();
            if (m.group("low") != null) {
                double low = number(m.group("low"));
                if (isRange(low, value)) {
                    // "10 - 13%/năm": the plan commits to the lower end at least
                    value = low;
                    after = after != null ? after : org.planlens.model.Comparator.AT_LEAST.code();
                } else {
                    start = m.start("value");
                }
            }
            out.add(new Figure(value, unit, false, false, false, after, start, m.end()));
        }
        Matcher r = ratio.matcher(text);
        for (int from = 0; ratioStarts.find(r, text, from); from = r.end()) {
            out.add(new Figure(
                    number(r.group("value")), oneLine(r.group("unit")), true, false, false, null, r.start(), r.end()));
        }
        Matcher c = count.matcher(text);
        for (int from = 0; countStarts.find(c, text, from); from = c.end()) {
            out.add(new Figure(
                    number(c.group("value")), perUnit(c.group("unit")), false, true, false, null, c.start(), c.end()));
        }
        Matcher w = countWord.matcher(text);
        for (int from = 0; countWordStarts.find(w, text, from); from = w.end()) {
            Double value = numberWords.get(Words.lower(w.group("value")));
            out.add(new Figure(value, perUnit(w.group("unit")), false, true, false, null, w.start(), w.end()));
        }
        // rates and multiples after the others: a count or ratio read at the same place stays as it was
        Matcher rt = rate.matcher(text);
        for (int from = 0; rateStarts.find(rt, text, from); from = rt.end()) {
            String unit = rt.group("unit") != null ? rt.group("unit") : rt.group("perNumber");
            out.add(new Figure(
                    number(rt.group("value")), perUnit(unit), false, false, true, null, rt.start(), rt.end()));
        }
        Matcher x = times.matcher(text);
        for (int from = 0; timesStarts.find(x, text, from); from = x.end()) {
            out.add(new Figure(
                    number(x.group("value")), x.group("unit"), false, false, true, null, x.start(), x.end()));
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

    /**
     * Whether "low - high%" prints a range: its ends close to each other ("10 - 13%", "1%-1,5%"), not a number of an
     * item before a dash and a share ("Chỉ tiêu 2 - 80%").
     */
    private static boolean isRange(double low, double high) {
        return low > 0 && low < high && high <= MAX_RANGE_SPREAD * low;
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

    /** "85", "1,5" (a comma before decimals), "2.049" (a dot before thousands, three digits after it). */
    private static double number(String s) {
        String plain = s.matches("\\d{1,3}(?:\\.\\d{3})+") ? s.replace(".", "") : s;
        return Double.parseDouble(plain.replace(',', '.'));
    }

    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    /** A unit on one line with its per-slash closed up ("tấn / năm" is "tấn/năm"). */
    private static String perUnit(String s) {
        return SPACED_SLASH.matcher(oneLine(s)).replaceAll("/");
    }
}
