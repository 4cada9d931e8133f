package org.planlens.extract.targets;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.planlens.rules.Fold;

/**
 * Tells a restated target (a summary repeated in the body, a row of an appendix table) from a new one: same value
 * and unit, and a clause that shares most of its words with the earlier one's.
 */
final class Restatements {
    private static final double SAME_THING = 0.5;

    private Restatements() {
    }

    static boolean restates(TargetReading later, String laterClause, List<TargetReading> earlier, List<String> earlierClauses) {
        Set<String> a = words(later.indicator());
        for (int k = 0; k < earlier.size(); k++) {
            TargetReading e = earlier.get(k);
            if (Math.abs(e.figure().value() - later.figure().value()) > 1e-9 || !e.unit().equals(later.unit())) {
                continue;
            }
            if (similarity(a, words(e.indicator())) >= SAME_THING) {
                return true;
            }
        }
        return false;
    }

    static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return (double) common.size() / all.size();
    }

    static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : Fold.key(s).split("\\s+")) {
            if (!w.isBlank()) {
                out.add(w);
            }
        }
        return out;
    }
}
