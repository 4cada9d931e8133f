package org.planlens.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.planlens.model.Pillar;
import org.planlens.model.Section;
import org.planlens.model.Warning;

/**
 * A document's sections in document order, with look-ups from a text offset to the unit that holds it, and the
 * warnings reading them gave (a heading OCR garbled, numbered by its place).
 */
public final class SectionTree {
    private final List<Section> sections;
    private final List<Warning> warnings;

    public SectionTree(List<Section> sections) {
        this(sections, List.of());
    }

    public SectionTree(List<Section> sections, List<Warning> warnings) {
        this.sections = List.copyOf(sections);
        this.warnings = List.copyOf(warnings);
    }

    public List<Section> sections() {
        return sections;
    }

    public List<Warning> warnings() {
        return warnings;
    }

    /** The deepest section whose span holds {@code offset}. */
    public Optional<Section> sectionAt(int offset) {
        Section best = null;
        for (Section s : sections) {
            if (s.start() <= offset && offset < s.end() && (best == null || s.level() >= best.level())) {
                best = s;
            }
        }
        return Optional.ofNullable(best);
    }

    public String sectionIdAt(int offset) {
        return sectionAt(offset).map(Section::id).orElse(null);
    }

    public Pillar pillarAt(int offset) {
        return sectionAt(offset).map(Section::pillar).orElse(Pillar.GENERAL);
    }

    public Optional<Section> byId(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The section and its ancestors, innermost first. */
    public List<Section> lineage(Section section) {
        List<Section> out = new ArrayList<>();
        Section s = section;
        while (s != null) {
            out.add(s);
            s = s.parentId() == null ? null : byId(s.parentId()).orElse(null);
        }
        return out;
    }
}
