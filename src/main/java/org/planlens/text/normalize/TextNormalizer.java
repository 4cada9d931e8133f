package org.planlens.text.normalize;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Turns a reader's raw text into the normalised text all offsets point into: each step is a small class doing
 * one repair, applied in order.
 */
public final class TextNormalizer {
    private final List<UnaryOperator<String>> steps;

    public TextNormalizer(List<UnaryOperator<String>> steps) {
        this.steps = List.copyOf(steps);
    }

    /** The standard chain: Unicode clean-up, page furniture, letter-spaced syllables, broken lines. */
    public static TextNormalizer standard() {
        return standard(VietnameseSyllables.packaged());
    }

    /** The standard chain, letter spacing judged against {@code syllables}. */
    public static TextNormalizer standard(VietnameseSyllables syllables) {
        return new TextNormalizer(List.of(
                new UnicodeCleaner(),
                new PageFurnitureRemover(),
                new LetterSpacingRepairer(syllables),
                new LineJoiner()));
    }

    public String normalize(String raw) {
        String text = raw;
        for (UnaryOperator<String> step : steps) {
            text = step.apply(text);
        }
        return text;
    }
}
