package org.planlens.text.layout;

import java.util.Comparator;
import java.util.List;

/**
 * The rules drawn on a page, in points from its top-left corner: horizontal ones (row borders) top to bottom,
 * vertical ones (column borders) left to right. OCR could give the same from an image's detected lines.
 */
public record PageRules(List<Rule> horizontal, List<Rule> vertical) {
    public static final PageRules NONE = new PageRules(List.of(), List.of());

    /**
     * One rule: where it stands across its direction ({@code at}: y of a horizontal, x of a vertical) and its
     * extent.
     */
    public record Rule(float at, float from, float to) {
        public float length() {
            return to - from;
        }
    }

    public PageRules {
        horizontal =
                horizontal.stream().sorted(Comparator.comparingDouble(Rule::at)).toList();
        vertical =
                vertical.stream().sorted(Comparator.comparingDouble(Rule::at)).toList();
    }
}
