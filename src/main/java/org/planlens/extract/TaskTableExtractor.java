package org.planlens.extract;

import java.util.List;
import org.planlens.model.Task;
import org.planlens.rules.ModelData;
import org.planlens.structure.SectionTree;

public final class TaskTableExtractor {
    public TaskTableExtractor(ModelData models) {
    }

    public List<Task> extract(String text, SectionTree sections) {
        return List.of();
    }
}
