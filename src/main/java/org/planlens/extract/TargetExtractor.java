package org.planlens.extract;

import java.util.List;
import org.planlens.extract.targets.TargetReader;
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
}
