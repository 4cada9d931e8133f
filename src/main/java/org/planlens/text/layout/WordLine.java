package org.planlens.text.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Words sharing a baseline, left to right. */
public record WordLine(List<PositionedWord> words) {
    /** Words within this share of the smaller word height of a line's baseline sit on that line. */
    private static final float SAME_LINE = 0.45f;

    public WordLine {
        words = List.copyOf(words);
    }

    public float baseline() {
        return words.get(0).y1();
    }

    public String text() {
        return String.join(" ", words.stream().map(PositionedWord::text).toList());
    }

    /** The page's words grouped into lines, top to bottom. */
    public static List<WordLine> of(List<PositionedWord> words) {
        List<PositionedWord> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingDouble(PositionedWord::y1).thenComparingDouble(PositionedWord::x0));
        List<WordLine> lines = new ArrayList<>();
        List<PositionedWord> current = new ArrayList<>();
        float base = 0;
        float height = 0;
        for (PositionedWord w : sorted) {
            if (!current.isEmpty()
                    && Math.abs(w.y1() - base) > SAME_LINE * Math.max(1f, Math.min(height, w.height()))) {
                lines.add(line(current));
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                base = w.y1();
                height = w.height();
            }
            current.add(w);
        }
        if (!current.isEmpty()) {
            lines.add(line(current));
        }
        return lines;
    }

    private static WordLine line(List<PositionedWord> words) {
        words.sort(Comparator.comparingDouble(PositionedWord::x0));
        return new WordLine(words);
    }
}
