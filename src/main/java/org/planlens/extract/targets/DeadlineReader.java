package org.planlens.extract.targets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planlens.extract.patterns.TokenRules;
import org.planlens.model.Section;
import org.planlens.rules.NumberingGrammar;
import org.planlens.structure.SectionTree;

/**
 * A target's deadline with the TokensRegex rules of {@code models/targets-deadline.rules} (GOLD.md, targets.deadline):
 * the nearest one printed earlier in its sentence; else one that ends its part of the sentence after every figure of
 * it ("hoàn thành 100% ... trong năm 2025"); else the one of the lead-in line the figure's item hangs from ("- Đến năm
 * 2025:" over "+ 100% ..."); else the one of a heading above it ("1. Chỉ tiêu năm 2026"); none otherwise.
 */
final class DeadlineReader {
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
    /** Rule results that date a figure they follow: the end of a task's time, not a year that opens a clause. */
    private static final String BY_DATE = "by_date";

    private static final Set<String> TRAILING = Set.of("by_year", "period_end", BY_DATE);
    /** An item's mark at a line start: a bullet, a letter or a number ("- ", "+ ", "a) ", "2. "). */
    private static final Pattern ITEM_MARK =
            NumberingGrammar.packaged().compile("^\\s*(?:($BULLET)\\s|($LETTER)[).]\\s|($ARABIC)[.)]\\s)");
    /** How far up a figure's item looks for the lead-in line it hangs from. */
    private static final int MAX_LEAD_IN_LINES = 30;

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
        /** Lead-in lines read so far, by where they start. */
        private final Map<Integer, HeadingYear> leadIns = new HashMap<>();

        private final Map<Integer, SentencePhrases> sentences = new HashMap<>();
    }

    /** The deadline phrases of {@code text[from, to)}. */
    private record SentencePhrases(int to, List<TokenRules.Match> phrases) {}

    /** Whether a heading prints a deadline phrase, and the year it prints (null when the phrase has none). */
    private record HeadingYear(boolean found, Integer year) {
        static final HeadingYear NONE = new HeadingYear(false, null);
    }

    /** A deadline phrase printed after a figure, and its year. */
    record Trailing(int start, Integer year) {}

    /**
     * The figure's deadline: the one printed earlier in its sentence ({@code inSentence}), else {@code trailing}
     * (see {@link #trailing}, null when none), else its lead-in line's, else a heading's.
     */
    Integer deadline(
            String text,
            List<TokenRules.Match> inSentence,
            Trailing trailing,
            int figureStart,
            SectionTree sections,
            Memo memo) {
        if (!inSentence.isEmpty()) {
            return lastYear(text, inSentence.get(inSentence.size() - 1));
        }
        if (trailing != null) {
            return trailing.year();
        }
        Optional<Section> at = sections.sectionAt(figureStart);
        HeadingYear leadIn = leadIn(text, figureStart, at.map(Section::start).orElse(0), memo);
        if (leadIn.found()) {
            return leadIn.year();
        }
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

    /**
     * The deadline phrase that ends {@code text[afterFigures, to)}, the words after the last figure of a sentence's
     * part ({@code to} its end): it dates the figures before it that print none of their own. Null when none.
     */
    Trailing trailing(String text, int afterFigures, int to) {
        if (afterFigures >= to) {
            return null;
        }
        Trailing found = null;
        for (TokenRules.Match m : phrases(text, afterFigures, to)) {
            if (TRAILING.contains(m.result())) {
                found = new Trailing(m.start(), lastYear(text, m));
            }
        }
        return found;
    }

    private HeadingYear headingYear(Section s) {
        String heading = s.heading() == null ? "" : s.heading();
        return firstYear(heading, 0, heading.length());
    }

    private HeadingYear firstYear(String text, int from, int to) {
        List<TokenRules.Match> found = phrases(text, from, to);
        return found.isEmpty() ? HeadingYear.NONE : new HeadingYear(true, lastYear(text, found.get(0)));
    }

    /**
     * The deadline of the lead-in line the figure's item hangs from: going up from the figure's line over the items
     * of its own mark (its siblings), the first line that ends with ":" and whose mark differs ("- Đến năm 2025:"
     * over "+ 100% ..."), or the line above a figure's line that has no mark. Lines of another mark that lead
     * nothing end the search, as does the start of the figure's section ({@code sectionStart}).
     */
    private HeadingYear leadIn(String text, int figureStart, int sectionStart, Memo memo) {
        int lineStart = lineStartBefore(text, figureStart);
        if (lineStart < 0) {
            return HeadingYear.NONE;
        }
        int lineEnd = Clauses.indexOf(text, '\n', lineStart, lineStart + Clauses.PIECE);
        String mark = mark(
                text.substring(lineStart, lineEnd < 0 ? Math.min(text.length(), lineStart + Clauses.PIECE) : lineEnd));
        int start = lineStart;
        for (int n = 0; n < MAX_LEAD_IN_LINES && start > sectionStart; n++) {
            int prev = lineStartBefore(text, start - 1);
            if (prev < sectionStart) {
                break;
            }
            String line = text.substring(prev, start - 1).strip();
            String m = mark(line);
            if (line.endsWith(":") && (!m.equals(mark) || mark.isEmpty())) {
                int at = prev;
                int end = start - 1;
                return memo.leadIns.computeIfAbsent(at, k -> firstYear(text, at, end));
            }
            if (!m.equals(mark) || mark.isEmpty()) {
                break;
            }
            start = prev;
        }
        return HeadingYear.NONE;
    }

    /**
     * The start of the line that holds {@code at}; -1 when that line runs on further back than a sentence piece
     * ({@link Clauses#PIECE}): a line that long is no item hanging from a lead-in, and the search stays bounded.
     */
    private static int lineStartBefore(String text, int at) {
        int floor = Math.max(0, at - Clauses.PIECE);
        int newline = Clauses.lastIndexOf(text, '\n', at - 1, floor);
        if (newline >= 0) {
            return newline + 1;
        }
        return floor == 0 ? 0 : -1;
    }

    /** The kind of an item's mark: the bullet itself, "a)" for a letter, "1." for a number, "" for none. */
    private static String mark(String line) {
        Matcher m = ITEM_MARK.matcher(line);
        if (!m.lookingAt()) {
            return "";
        }
        if (m.group(1) != null) {
            return m.group(1).equals("–") ? "-" : m.group(1);
        }
        return m.group(2) != null ? "a)" : "1.";
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

    /**
     * The phrases of {@link #within} that date the figures after them: not a date a task is done by, which dates the
     * figures before it ({@link #trailing}) and before a figure often tells which things are counted ("văn bản ban
     * hành trước ngày 01/7/2025; bảo đảm ít nhất 01 lần/quý ...").
     */
    static List<TokenRules.Match> leading(String text, List<TokenRules.Match> phrases, int from, int to) {
        List<TokenRules.Match> out = new ArrayList<>();
        for (TokenRules.Match m : within(text, phrases, from, to)) {
            if (!BY_DATE.equals(m.result())) {
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
