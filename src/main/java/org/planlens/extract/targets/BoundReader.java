package org.planlens.extract.targets;

import java.util.List;
import org.planlens.extract.targets.Words.Word;
import org.planlens.model.Comparator;

/**
 * Peels cue words off the end of the words before a figure: bounds ("tối thiểu"), verbs of change ("giảm"),
 * linking verbs ("đạt"), per-year cues ("mỗi năm") and fillers ("tỷ lệ"). The nearest bound counts, and a verb of
 * change decides before any bound (GOLD.md conventions).
 */
final class BoundReader {
    /** What the peeled words say; {@code kept} is how many words before them remain. */
    record Bound(Comparator comparator, boolean linked, boolean perYear, int kept) {}

    private final TargetCues cues;

    BoundReader(TargetCues cues) {
        this.cues = cues;
    }

    Bound peel(List<Word> left) {
        Comparator bound = null;
        Comparator change = null;
        boolean linked = false;
        boolean perYear = false;
        int to = left.size();
        for (boolean peeled = true; peeled && to > 0; ) {
            int n;
            if ((n = endsWith(left, to, TargetCues.Kind.BEFORE)) > 0) {
                bound = bound == null ? comparatorOf(left, to, n, TargetCues.Kind.BEFORE) : bound;
                linked = true;
            } else if ((n = endsWith(left, to, TargetCues.Kind.CHANGE)) > 0) {
                change = change == null ? comparatorOf(left, to, n, TargetCues.Kind.CHANGE) : change;
                linked = true;
            } else if ((n = endsWith(left, to, TargetCues.Kind.PER_YEAR)) > 0) {
                perYear = true;
            } else if ((n = endsWith(left, to, TargetCues.Kind.LINK)) > 0) {
                linked = true;
            } else {
                n = endsWith(left, to, TargetCues.Kind.FILLER);
            }
            to -= n;
            peeled = n > 0;
        }
        return new Bound(change != null ? change : bound, linked, perYear, to);
    }

    private int endsWith(List<Word> words, int to, TargetCues.Kind kind) {
        return Words.endsWith(words, 0, to, cues.phrases(kind));
    }

    private Comparator comparatorOf(List<Word> words, int to, int n, TargetCues.Kind kind) {
        for (TargetCues.Cue cue : cues.of(kind)) {
            if (cue.words().length == n && Words.endsWith(words, 0, to, List.<String[]>of(cue.words())) == n) {
                return cue.comparator();
            }
        }
        return null;
    }
}
