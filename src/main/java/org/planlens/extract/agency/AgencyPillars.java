package org.planlens.extract.agency;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.planlens.model.Mention;
import org.planlens.model.Pillar;
import org.planlens.model.Section;
import org.planlens.rules.ModelData;
import org.planlens.structure.PillarClassifier;

/**
 * A body's reform areas: those of the sections it is named in, then those the paragraphs naming it speak of (the
 * implementation section, "Phòng Văn hóa: chủ trì triển khai chuyển đổi số", sits under no reform area of its own),
 * with the keyword list of {@code models/pillars.tsv}.
 */
public final class AgencyPillars {
    private final PillarClassifier words;

    public AgencyPillars(ModelData models) {
        this.words = new PillarClassifier(models);
    }

    /** The pillars of a body named at {@code mentions} in {@code text}, each once, in the order they were found. */
    public List<Pillar> of(List<Mention> mentions, List<Section> sections, String text) {
        Map<String, Section> byId = new HashMap<>();
        sections.forEach(s -> byId.put(s.id(), s));
        Set<Pillar> pillars = new LinkedHashSet<>();
        for (Mention mention : mentions) {
            Section s = mention.sectionId() == null ? null : byId.get(mention.sectionId());
            if (s != null && s.pillar() != null) {
                pillars.add(s.pillar());
            }
        }
        for (Mention mention : mentions) {
            pillars.addAll(words.classifyAll(paragraphAt(text, mention.start())));
        }
        return List.copyOf(pillars);
    }

    /** The line holding {@code offset}; empty past the text. */
    private static String paragraphAt(String text, int offset) {
        if (text == null || offset < 0 || offset >= text.length()) {
            return "";
        }
        int start = text.lastIndexOf('\n', offset) + 1;
        int end = text.indexOf('\n', offset);
        return text.substring(start, end < 0 ? text.length() : end);
    }
}
