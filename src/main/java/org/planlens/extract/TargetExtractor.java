package org.planlens.extract;

import java.util.List;
import org.planlens.model.Target;
import org.planlens.rules.ModelData;
import org.planlens.structure.SectionTree;

public final class TargetExtractor {
    public TargetExtractor(ModelData models) {
    }

    public List<Target> extract(String text, SectionTree sections) {
        return List.of();
    }
}
