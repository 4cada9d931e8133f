package org.planlens.extract.targets;

import java.util.List;
import java.util.Optional;
import org.planlens.extract.targets.Words.Word;
import org.planlens.model.Section;
import org.planlens.structure.SectionTree;

/** Figures that report results already reached (GOLD.md: "figures that only report the past are not targets"). */
final class PastFilter {
    private final TargetCues cues;

    PastFilter(TargetCues cues) {
        this.cues = cues;
    }

    /** A past cue earlier in the sentence ("đã đạt 98,5%, ... 92%") or a heading of results above the figure. */
    boolean isPast(String text, int sentenceStart, int figureStart, SectionTree sections) {
        if (holds(Words.of(text, sentenceStart, figureStart), TargetCues.Kind.PAST)) {
            return true;
        }
        Optional<Section> at = sections.sectionAt(figureStart);
        if (at.isEmpty()) {
            return false;
        }
        for (Section s : sections.lineage(at.get())) {
            String heading = s.heading() == null ? "" : s.heading();
            if (holds(Words.of(heading, 0, heading.length()), TargetCues.Kind.PAST_HEADING)) {
                return true;
            }
        }
        return false;
    }

    private boolean holds(List<Word> words, TargetCues.Kind kind) {
        for (String[] p : cues.phrases(kind)) {
            if (Words.indexOf(words, 0, words.size(), p) >= 0) {
                return true;
            }
        }
        return false;
    }
}
