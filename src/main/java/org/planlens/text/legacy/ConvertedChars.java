package org.planlens.text.legacy;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.planlens.model.TextEncoding;

/** Tallies converted runs by encoding, so a document is reported in the encoding most of its text was in. */
final class ConvertedChars {
    private final Map<TextEncoding, Integer> chars = new EnumMap<>(TextEncoding.class);
    private int runs;

    void add(TextEncoding encoding, int length, int runCount) {
        chars.merge(encoding, length, Integer::sum);
        runs += runCount;
    }

    Optional<RunConversion> result() {
        return chars.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> new RunConversion(e.getKey(), runs));
    }
}
