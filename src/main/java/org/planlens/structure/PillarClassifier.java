package org.planlens.structure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.planlens.model.Pillar;
import org.planlens.rules.Fold;
import org.planlens.rules.ModelData;

/** Tells a section's reform area from its heading, with the keyword list of {@code models/pillars.tsv}. */
public final class PillarClassifier {
    private record Keyword(Pillar pillar, String folded) {}

    private final List<Keyword> keywords = new ArrayList<>();

    public PillarClassifier(ModelData models) {
        for (String[] row : models.tsv("pillars.tsv")) {
            if (row.length < 2) {
                throw new IllegalArgumentException(
                        "models/pillars.tsv: row needs pillar and keyword: " + String.join("\t", row));
            }
            keywords.add(new Keyword(Pillar.fromCode(row[0]), " " + Fold.key(row[1]) + " "));
        }
    }

    /** Every pillar whose keywords occur in {@code text} (a sentence or paragraph), in the order of the list. */
    public Set<Pillar> classifyAll(String text) {
        String h = " " + Fold.key(text) + " ";
        Set<Pillar> out = new LinkedHashSet<>();
        for (Keyword k : keywords) {
            if (h.contains(k.folded())) {
                out.add(k.pillar());
            }
        }
        return out;
    }

    /** The pillar a heading names, or empty when it names none. */
    public Optional<Pillar> classify(String heading) {
        String h = " " + Fold.key(heading) + " ";
        for (Keyword k : keywords) {
            if (h.contains(k.folded())) {
                return Optional.of(k.pillar());
            }
        }
        return Optional.empty();
    }
}
