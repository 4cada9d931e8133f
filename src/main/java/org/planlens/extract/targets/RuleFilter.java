package org.planlens.extract.targets;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.planlens.extract.targets.Words.Word;
import org.planlens.model.DocumentType;
import org.planlens.model.Section;
import org.planlens.rules.NumberingGrammar;
import org.planlens.structure.SectionTree;

/**
 * Figures of a text of rules: a decree, a circular, a resolution or a decision that issues no plan, made of
 * articles ("Điều 1."). Their figures are mostly conditions, thresholds, scores, caps and rates ("từ 10% trở xuống
 * được tính 8 điểm", "không quá 03 người", "mức đóng bằng 0,5% tiền lương"); one is a commitment only where a
 * word of aim stands before it in its sentence or in a heading above it ("phấn đấu", "bảo đảm", "Mục tiêu").
 */
final class RuleFilter {
    private static final Pattern ARTICLE = NumberingGrammar.packaged().compile("^(?:$ARTICLE_WORD)\\s+\\d");

    private final TargetCues cues;

    RuleFilter(TargetCues cues) {
        this.cues = cues;
    }

    /** Whether a document of {@code type} with {@code sections} is a text of rules. */
    static boolean ofRules(DocumentType type, SectionTree sections) {
        return type == DocumentType.OTHER
                && sections.sections().stream()
                        .anyMatch(s -> ARTICLE.matcher(s.path()).find());
    }

    /** Whether the figure at {@code figureStart} is a rule's: no word of aim before it nor over it. */
    boolean isRule(String text, int sentenceStart, int figureStart, SectionTree sections) {
        if (holdsGoal(Words.of(text, sentenceStart, figureStart))) {
            return false;
        }
        Optional<Section> at = sections.sectionAt(figureStart);
        if (at.isEmpty()) {
            return true;
        }
        for (Section s : sections.lineage(at.get())) {
            if (onFirstLine(text, s, figureStart)) {
                // the unit's heading is the figure's own sentence, read above up to the figure
                continue;
            }
            String heading = s.heading() == null ? "" : s.heading();
            if (holdsGoal(Words.of(heading, 0, heading.length()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean onFirstLine(String text, Section s, int offset) {
        int lineEnd = text.indexOf('\n', s.start());
        return offset >= s.start() && (lineEnd < 0 || offset < lineEnd);
    }

    private boolean holdsGoal(List<Word> words) {
        return cues.holds(words, TargetCues.Kind.GOAL);
    }
}
