package org.planlens.extract.targets;

import java.util.List;
import java.util.Optional;
import org.planlens.extract.targets.Words.Word;
import org.planlens.model.Section;
import org.planlens.structure.SectionTree;

/**
 * Figures that report results already reached or the present state, estimate an effect (GOLD.md: "figures that
 * only report the past are not targets"), set a vote's threshold in a rule or a criterion an award is given by,
 * or stand alone on a line above the text's first unit (a page's zoom "100%").
 */
final class PastFilter {
    /** How many words after a figure its comparison with the past may start within ("tăng gần 29% so với ..."). */
    private static final int AFTER_REACH = 6;

    private final TargetCues cues;

    PastFilter(TargetCues cues) {
        this.cues = cues;
    }

    /**
     * A past cue earlier in the sentence ("đã đạt 98,5%, ... 92%"), an estimate's ("ước tính ... giảm được khoảng 6
     * lần"), a vote's ("tỷ lệ phiếu đồng ý ... từ 90% trở lên"), a report of what was done, or a heading of results or
     * of the present state above the figure.
     */
    boolean isPast(String text, int sentenceStart, int figureStart, SectionTree sections) {
        List<Word> before = Words.of(text, sentenceStart, figureStart);
        if (holds(before, TargetCues.Kind.PAST)
                || holds(before, TargetCues.Kind.ESTIMATE)
                || holds(before, TargetCues.Kind.VOTE)
                || reportsWhatWasDone(before)) {
            return true;
        }
        Optional<Section> at = sections.sectionAt(figureStart);
        if (at.isEmpty()) {
            // "100%" alone on a line above the text's first unit: a page's zoom, nothing measured
            return aloneOnItsLine(text, figureStart);
        }
        for (Section s : sections.lineage(at.get())) {
            String heading = s.heading() == null ? "" : s.heading();
            List<Word> words = Words.of(heading, 0, heading.length());
            if (holds(words, TargetCues.Kind.PAST_HEADING) || holds(words, TargetCues.Kind.CRITERIA_HEADING)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A figure measured, in the words just after it, against a time gone by or the plan it was to reach ("tăng 7,96%
     * so với cùng kỳ năm trước", "đạt 59,6% so với chỉ tiêu"): a result reported.
     */
    boolean isMeasuredAgainstPast(String text, int figureEnd) {
        List<Word> after = Words.of(text, figureEnd, Clauses.clauseEnd(text, figureEnd, true));
        List<Word> near = after.subList(0, Math.min(AFTER_REACH, after.size()));
        return holds(near, TargetCues.Kind.PAST_AFTER);
    }

    /** Whether the figure at {@code start} is all its line holds ("100%"). */
    private static boolean aloneOnItsLine(String text, int start) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', start);
        String line =
                text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip();
        return line.matches("[\\d.,]+\\s*%");
    }

    /** "08 bộ, cơ quan đã sửa đổi ... phương án đơn giản hóa 87 TTHC": done, and nothing aimed at since. */
    private boolean reportsWhatWasDone(List<Word> before) {
        int done = -1;
        for (String[] p : cues.phrases(TargetCues.Kind.DONE)) {
            for (int k = Words.indexOf(before, 0, before.size(), p);
                    k >= 0;
                    k = Words.indexOf(before, k + 1, before.size(), p)) {
                done = Math.max(done, k);
            }
        }
        return done >= 0 && !holds(before.subList(done, before.size()), TargetCues.Kind.AIM);
    }

    private boolean holds(List<Word> words, TargetCues.Kind kind) {
        return cues.holds(words, kind);
    }
}
