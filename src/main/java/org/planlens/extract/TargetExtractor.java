package org.planlens.extract;

import java.util.List;
import org.planlens.extract.targets.TargetReader;
import org.planlens.model.DocumentType;
import org.planlens.model.Period;
import org.planlens.model.Target;
import org.planlens.rules.ModelData;
import org.planlens.structure.SectionTree;

/**
 * Quantified commitments (GOLD.md, targets): each figure a plan sets to reach, read in its clause, once at its
 * first statement. Built once from the models; thread-safe.
 */
public final class TargetExtractor {
    private final TargetReader reader;

    public TargetExtractor(ModelData models) {
        this.reader = new TargetReader(models);
    }

    public List<Target> extract(String text, SectionTree sections) {
        return reader.read(text, sections);
    }

    /** With the plan's period: a figure printed for a year before it reports the past and is no target. */
    public List<Target> extract(String text, SectionTree sections, Period period) {
        return extract(text, sections, period, null);
    }

    /**
     * With the document's kind too: in a text of rules (a decree, a decision that issues no plan, made of articles)
     * a figure is a commitment only under a word of aim.
     */
    public List<Target> extract(String text, SectionTree sections, Period period, DocumentType type) {
        return reader.read(text, sections, period == null ? null : period.from(), type);
    }
}
