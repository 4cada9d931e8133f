package org.planlens.extract.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.planlens.extract.patterns.PatternRules;
import org.planlens.extract.patterns.TokenRules;
import org.planlens.model.Target;
import org.planlens.rules.ModelData;
import org.planlens.structure.SectionTree;

/** Figures found, read in their clauses, restatements dropped, numbered t1, t2, ... */
public final class TargetReader {
    private static final Pattern PARENTHESIS_OPEN = Pattern.compile("\\s*\\(\\s*");
    private final FigureFinder finder;
    private final FigureReader figureReader;
    private final Restatements restatements;

    public TargetReader(ModelData models) {
        TargetCues cues = new TargetCues(models);
        PatternRules rules =
                new PatternRules(models, "targets.rules", Map.of("COUNT_UNIT", FigureFinder.countUnitMacro(models)));
        this.finder = new FigureFinder(rules, cues);
        this.figureReader = new FigureReader(new TokenRules(models, "targets-deadline.rules"), cues);
        this.restatements = new Restatements(models);
    }

    public List<Target> read(String text, SectionTree sections) {
        return read(text, sections, null);
    }

    /** "đạt 100% (16/16 xã, thị trấn)": a ratio in brackets right after a share counts the same commitment. */
    private static boolean restatesInParentheses(String text, List<Figure> figures, int i) {
        Figure f = figures.get(i);
        if (!f.ratio() || i == 0 || figures.get(i - 1).ratio()) {
            return false;
        }
        return PARENTHESIS_OPEN
                .matcher(text.substring(figures.get(i - 1).end(), f.start()))
                .matches();
    }

    /** {@code planStart}: the first year the plan covers, or null when the metadata did not find it. */
    public List<Target> read(String text, SectionTree sections, Integer planStart) {
        List<Figure> figures = finder.find(text);
        Restatements.Kept kept = restatements.kept();
        List<Target> out = new ArrayList<>();
        DeadlineReader.Memo memo = new DeadlineReader.Memo();
        for (int i = 0; i < figures.size(); i++) {
            if (restatesInParentheses(text, figures, i)) {
                continue;
            }
            Optional<TargetReading> r = figureReader.read(text, figures, i, sections, planStart, memo);
            if (r.isEmpty()) {
                continue;
            }
            TargetReading t = r.get();
            String clause = text.substring(t.clauseStart(), t.clauseEnd());
            if (!kept.keepUnlessRestated(t)) {
                continue;
            }
            out.add(new Target(
                    "t" + (out.size() + 1),
                    sections.sectionIdAt(t.clauseStart()),
                    sections.pillarAt(t.clauseStart()),
                    clause,
                    t.indicator(),
                    t.figure().value(),
                    t.unit(),
                    t.comparator(),
                    t.deadline(),
                    t.clauseStart(),
                    t.clauseEnd()));
        }
        return List.copyOf(out);
    }
}
