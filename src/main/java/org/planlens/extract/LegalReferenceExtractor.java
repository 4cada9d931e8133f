package org.planlens.extract;

import java.util.List;
import org.planlens.model.LegalReference;
import org.planlens.rules.ModelData;
import org.planlens.structure.SectionTree;

public final class LegalReferenceExtractor {
    public LegalReferenceExtractor(ModelData models) {
    }

    public List<LegalReference> extract(String text, SectionTree sections) {
        return List.of();
    }
}
