package org.planlens.extract.targets;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planlens.extract.patterns.TokenRules;
import org.planlens.model.Section;
import org.planlens.structure.SectionTree;

/**
 * A target's deadline with the TokensRegex rules of {@code models/targets-deadline.rules}: the nearest one printed
 * earlier in its sentence, else a "đến năm ..." in a heading above it; none otherwise (GOLD.md, targets.deadline).
 */
final class DeadlineReader {
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
    /** The rule result that a heading may carry for the figures under it. */
    private static final String HEADING_DEADLINE = "by_year";
    private final TokenRules rules;

    DeadlineReader(TokenRules rules) {
        this.rules = rules;
    }

    /**
     * The year the last deadline phrase of {@code inSentence} prints (the phrases found earlier in the figure's
     * sentence by {@link #phrases}), or null.
     */
    Integer inSentence(String text, List<TokenRules.Match> inSentence) {
        return inSentence.isEmpty() ? null : lastYear(text, inSentence.get(inSentence.size() - 1));
    }

    /**
     * The deadlines of one plan's headings ("II. MỤC TIÊU ĐẾN NĂM 2025"), each read the first time a figure under
     * it asks: every figure of a section without a deadline of its own asks the same headings.
     */
    static final class Headings {
        private final Map<Section, HeadingYear> read = new IdentityHashMap<>();
    }

    /** Whether a heading prints a deadline phrase, and the year it prints (null when the phrase has none). */
    private record HeadingYear(boolean found, Integer year) {
        static final HeadingYear NONE = new HeadingYear(false, null);
    }

    /** The figure's deadline: the one printed earlier in its sentence ({@code inSentence}), else a heading's. */
    Integer deadline(String text, List<TokenRules.Match> inSentence, int figureStart, SectionTree sections,
                     Headings headings) {
        if (!inSentence.isEmpty()) {
            return lastYear(text, inSentence.get(inSentence.size() - 1));
        }
        Optional<Section> at = sections.sectionAt(figureStart);
        if (at.isEmpty()) {
            return null;
        }
        for (Section s : sections.lineage(at.get())) {
            HeadingYear h = headings.read.computeIfAbsent(s, this::headingYear);
            if (h.found()) {
                return h.year();
            }
        }
        return null;
    }

    private HeadingYear headingYear(Section s) {
        String heading = s.heading() == null ? "" : s.heading();
        for (TokenRules.Match m : phrases(heading, 0, heading.length())) {
            if (HEADING_DEADLINE.equals(m.result())) {
                return new HeadingYear(true, lastYear(heading, m));
            }
        }
        return HeadingYear.NONE;
    }

    /**
     * Deadline phrases within {@code text[from, to)}, so they can be left out of an indicator. A deadline is a year
     * ({@link #lastYear} reads it from the phrase), so a stretch that prints no year has none and the TokensRegex
     * pass, the costliest step of reading a figure, is not run on it.
     */
    List<TokenRules.Match> phrases(String text, int from, int to) {
        if (!YEAR.matcher(text).region(from, to).find()) {
            return List.of();
        }
        return rules.find(text, from, to);
    }

    private static Integer lastYear(String text, TokenRules.Match m) {
        Matcher y = YEAR.matcher(text).region(m.start(), m.end());
        Integer year = null;
        while (y.find()) {
            year = Integer.valueOf(y.group());
        }
        return year;
    }
}
