package org.planlens.text.ocr;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * The readings a number OCR printed may stand for, and the one the document's evidence names most: the mechanics
 * {@link OcrDates} and {@link UnsureDigits} share.
 */
final class DigitReadings {
    private DigitReadings() {}

    /** The reading the evidence names most ({@code null} when none is named), its count and the next count. */
    record Best(String reading, int count, int second) {
        /** The reading when the evidence names it more than any other; null otherwise. */
        String standingOut() {
            return count > second ? reading : null;
        }
    }

    /**
     * Every string with, at each place, one of the characters {@code choices} gives that place, in order; none when
     * there are more than {@code max} (or a place has no character).
     */
    static Set<String> all(List<String> choices, int max) {
        Set<String> readings = new LinkedHashSet<>();
        readings.add("");
        for (String can : choices) {
            Set<String> next = new LinkedHashSet<>();
            for (String prefix : readings) {
                for (char c : can.toCharArray()) {
                    next.add(prefix + c);
                }
            }
            if (next.size() > max) {
                return Set.of();
            }
            readings = next;
        }
        return readings;
    }

    /** Among the {@code readings} that are {@code candidates}, the one {@code count} gives most. */
    static Best best(Iterable<String> readings, Predicate<String> candidate, ToIntFunction<String> count) {
        String best = null;
        int bestCount = 0;
        int second = 0;
        for (String r : readings) {
            if (!candidate.test(r)) {
                continue;
            }
            int n = count.applyAsInt(r);
            if (n > bestCount) {
                second = bestCount;
                bestCount = n;
                best = r;
            } else if (n > second) {
                second = n;
            }
        }
        return new Best(best, bestCount, second);
    }
}
