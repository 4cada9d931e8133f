package org.planlens.extract;

import java.util.List;
import org.planlens.model.Agency;
import org.planlens.model.Task;
import org.planlens.rules.ModelData;
import org.planlens.structure.SectionTree;

/** Bodies the plan assigns work to, with roles from the implementation section, task sentences and tables. */
public final class AgencyExtractor {
    public AgencyExtractor(ModelData models) {
    }

    public List<Agency> extract(String text, SectionTree sections, List<Task> tasks) {
        return List.of();
    }
}
