package org.planlens.extract.targets;

import java.util.ArrayList;
import java.util.HashMap;
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
     * The year the last deadline phrase of {@code inSentence} prints (the phrases printed earlier in the figure's
     * sentence: {@link #sentencePhrases} narrowed by {@link #within}), or null.
     */
    Integer inSentence(String text, List<TokenRules.Match> inSentence) {
        return inSentence.isEmpty() ? null : lastYear(text, inSentence.get(inSentence.size() - 1));
    }

    /**
     * What one plan's figures have read so far. Its headings' deadlines ("II. MỤC TIÊU ĐẾN NĂM 2025"), each read the
     * first time a figure under it asks: every figure of a section without a deadline of its own asks the same
     * headings. And its sentences' deadline phrases, read once for all the figures of a sentence: the TokensRegex
     * pass costs by the token, and a sentence listing five targets was read five times over.
     */
    static final class Memo {
        private final Map<Section, HeadingYear> headings = new IdentityHashMap<>();
        private final Map<Integer, SentencePhrases> sentences = new HashMap<>();
    }

    /** The deadline phrases of {@code text[from, to)}. */
    private record SentencePhrases(int to, List<TokenRules.Match> phrases) {}

    /** Whether a heading prints a deadline phrase, and the year it prints (null when the phrase has none). */
    private record HeadingYear(boolean found, Integer year) {
        static final HeadingYear NONE = new HeadingYear(false, null);
    }

    /** The figure's deadline: the one printed earlier in its sentence ({@code inSentence}), else a heading's. */
    Integer deadline(String text, List<TokenRules.Match> inSentence, int figureStart, SectionTree sections, Memo memo) {
        if (!inSentence.isEmpty()) {
            return lastYear(text, inSentence.get(inSentence.size() - 1));
        }
        Optional<Section> at = sections.sectionAt(figureStart);
        if (at.isEmpty()) {
            return null;
        }
        for (Section s : sections.lineage(at.get())) {
            HeadingYear h = memo.headings.computeIfAbsent(s, this::headingYear);
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
     * The deadline phrases of the sentence starting at {@code sentenceStart}, up to {@code to} at least (the start of
     * the sentence's last figure, so a year printed after every figure does not start a pass): read once a sentence,
     * again only when a figure asks beyond what was read. {@link #within} narrows them to one figure's words. The
     * phrases of a whole sentence are those of its parts: a phrase ends at a year, and no rule's phrase holds a
     * figure's first token before its own last one.
     */
    List<TokenRules.Match> sentencePhrases(String text, int sentenceStart, int to, Memo memo) {
        SentencePhrases read = memo.sentences.get(sentenceStart);
        if (read == null || read.to() < to) {
            read = new SentencePhrases(to, phrases(text, sentenceStart, to));
            memo.sentences.put(sentenceStart, read);
        }
        return read.phrases();
    }

    /**
     * The phrases of {@code phrases} that a read of {@code text[from, to)} alone finds: those starting at or after
     * {@code from} whose last token starts before {@code to}. That token may run on past {@code to} ("2025," read up
     * to the comma is "2025"), as a read cut at {@code to} cuts it.
     */
    static List<TokenRules.Match> within(String text, List<TokenRules.Match> phrases, int from, int to) {
        List<TokenRules.Match> out = new ArrayList<>(phrases.size());
        for (TokenRules.Match m : phrases) {
            if (m.start() >= from && (m.end() <= to || runsOnPast(text, m, to))) {
                out.add(m);
            }
        }
        return out;
    }

    /** Whether {@code to} falls inside the phrase's last token: after its first char, before its end. */
    private static boolean runsOnPast(String text, TokenRules.Match m, int to) {
        if (to <= m.start() || Character.isWhitespace(text.charAt(to - 1))) {
            return false;
        }
        for (int i = to; i < m.end(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
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
