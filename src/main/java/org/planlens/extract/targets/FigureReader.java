package org.planlens.extract.targets;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planlens.extract.patterns.TokenRules;
import org.planlens.extract.targets.Words.Word;
import org.planlens.model.Comparator;
import org.planlens.model.Section;
import org.planlens.structure.SectionTree;

/**
 * Reads a figure in its clause: the words just before it give the comparator (a verb of change before a bound),
 * the measured thing is the words before a linking verb or, failing that, the words after the figure; the deadline
 * is the nearest one printed earlier in the sentence, else one in the headings above.
 */
final class FigureReader {
    private static final int MIN_INDICATOR_WORDS = 3;
    private static final Pattern LIST_GAP = Pattern.compile("\\s*,\\s*");
    private final TargetCues cues;
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
    private static final String HEADING_DEADLINE = "by_year";
    private final TokenRules deadlines;

    FigureReader(TokenRules deadlines, TargetCues cues) {
        this.cues = cues;
        this.deadlines = deadlines;
    }

    /** The reading of {@code figures[i]}, or empty when it is not a target (a past result, a count without bound). */
    Optional<TargetReading> read(String text, List<Figure> figures, int i, SectionTree sections) {
        Figure f = figures.get(i);
        if (i > 0 && LIST_GAP.matcher(text.substring(figures.get(i - 1).end(), f.start())).matches()) {
            // "đạt tỷ lệ tối thiểu tương ứng là 20%, 10%": a listed figure shares the first one's reading.
            return read(text, figures, i - 1, sections).map(r -> new TargetReading(f, r.sentenceStart(), r.clauseStart(),
                    r.clauseEnd(), r.indicator(), r.comparator(), r.unit(), r.deadline()));
        }
        int clauseStart = Clauses.clauseStart(text, f.start(), true);
        int clauseEnd = Clauses.clauseEnd(text, f.end(), true);
        int leftFrom = clauseStart;
        if (i > 0 && figures.get(i - 1).end() > leftFrom) {
            // "A% X, ít nhất B% Y": X belongs to A, so B's words start after the last comma between them.
            leftFrom = figures.get(i - 1).end();
            int comma = text.lastIndexOf(',', f.start());
            if (comma >= leftFrom && lastSplit(Words.of(text, leftFrom, f.start())) < 0) {
                leftFrom = comma + 1;
            }
        }
        int paren = text.lastIndexOf('(', f.start());
        int closing = paren < 0 ? -1 : text.indexOf(')', paren);
        if (paren >= leftFrom && (closing < 0 || closing > f.start())) {
            leftFrom = paren + 1;
        }
        List<Word> left = Words.of(text, leftFrom, f.start());
        int splitAt = lastSplit(left);
        if (splitAt >= 0) {
            left = left.subList(splitAt, left.size());
        }
        if (underPastHeading(f, sections)) {
            return Optional.empty();
        }
        // A result reported earlier in the sentence makes its other figures results too ("đã đạt 98,5%, ... 92%").
        if (hasPast(Words.of(text, Clauses.clauseStart(text, f.start(), false), f.start()))) {
            return Optional.empty();
        }
        // Peel cue words off the end of the words before the figure.
        Comparator comparator = null;
        Comparator change = null;
        boolean linked = false;
        boolean perYear = f.unit().endsWith("/năm");
        int to = left.size();
        for (boolean peeled = true; peeled && to > 0; ) {
            peeled = false;
            int n;
            if ((n = longest(left, to, TargetCues.Kind.BEFORE)) > 0) {
                comparator = comparator == null ? comparatorOf(left, to, n, TargetCues.Kind.BEFORE) : comparator;
                linked = true;
            } else if ((n = longest(left, to, TargetCues.Kind.CHANGE)) > 0) {
                change = change == null ? comparatorOf(left, to, n, TargetCues.Kind.CHANGE) : change;
                linked = true;
            } else if ((n = longest(left, to, TargetCues.Kind.PER_YEAR)) > 0) {
                perYear = true;
            } else if ((n = longest(left, to, TargetCues.Kind.LINK)) > 0) {
                linked = true;
            } else if ((n = longest(left, to, TargetCues.Kind.FILLER)) > 0) {
                // filler: dropped
            }
            if (n > 0) {
                to -= n;
                peeled = true;
            }
        }
        if (f.count() && comparator == null && change == null) {
            return Optional.empty();
        }
        Comparator chosen = change != null ? change
                : comparator != null ? comparator
                : f.after() != null ? Comparator.fromCode(f.after()) : Comparator.REACH;
        String unit = perYear && f.unit().equals("%") ? "%/năm" : f.unit();

        String before = span(text, trimLead(text, left, to));
        int rightTo = clauseEnd;
        if (i + 1 < figures.size() && figures.get(i + 1).start() < clauseEnd) {
            rightTo = figures.get(i + 1).start();
            int comma = text.lastIndexOf(',', rightTo);
            rightTo = comma >= f.end() ? comma : rightTo;
        }
        List<Word> right = Words.of(text, f.end(), Math.max(f.end(), rightTo));
        int split = firstSplit(right);
        String after = span(text, trimTail(split >= 0 ? right.subList(0, split) : right));
        int beforeWords = before.isEmpty() ? 0 : before.split("\\s+").length;
        int afterWords = after.isEmpty() ? 0 : after.split("\\s+").length;
        String indicator = beforeWords >= MIN_INDICATOR_WORDS && (linked || afterWords < MIN_INDICATOR_WORDS) ? before
                : !after.isEmpty() ? after : before;
        int[] clause = Clauses.fit(text, clauseStart, clauseEnd, f.start(), f.end());
        int[] trimmed = trimBullet(text, clause[0], clause[1]);
        if (indicator.isEmpty()) {
            // Nothing names the measured thing beside the figure: the clause without its figure is the best we have.
            indicator = (text.substring(trimmed[0], Math.max(trimmed[0], f.start())) + " "
                    + text.substring(Math.min(f.end(), trimmed[1]), trimmed[1])).replaceAll("\\s+", " ").strip();
        }
        return Optional.of(new TargetReading(f, Clauses.clauseStart(text, f.start(), false), trimmed[0], trimmed[1], indicator, chosen, unit,
                deadline(text, f, sections)));
    }

    private Integer deadline(String text, Figure f, SectionTree sections) {
        List<TokenRules.Match> inSentence = deadlines.find(text, Clauses.clauseStart(text, f.start(), false), f.start());
        if (!inSentence.isEmpty()) {
            return lastYear(text, inSentence.get(inSentence.size() - 1));
        }
        Optional<Section> at = sections.sectionAt(f.start());
        if (at.isPresent()) {
            for (Section s : sections.lineage(at.get())) {
                String heading = s.heading() == null ? "" : s.heading();
                for (TokenRules.Match m : deadlines.find(heading, 0, heading.length())) {
                    if (HEADING_DEADLINE.equals(m.result())) {
                        return lastYear(heading, m);
                    }
                }
            }
        }
        return null;
    }

    private static Integer lastYear(String text, TokenRules.Match m) {
        Matcher y = YEAR.matcher(text).region(m.start(), m.end());
        Integer year = null;
        while (y.find()) {
            year = Integer.valueOf(y.group());
        }
        return year;
    }

    private List<Word> trimLead(String text, List<Word> left, int to) {
        int from = 0;
        List<TokenRules.Match> dated = to == 0 ? List.of() : deadlines.find(text, left.get(0).start(), left.get(to - 1).end());
        for (boolean peeled = true; peeled && from < to; ) {
            peeled = false;
            int n = Words.startsWith(left, from, to, cues.phrases(TargetCues.Kind.LEAD));
            if (n == 0 && left.get(from).folded().chars().allMatch(Character::isDigit)) {
                n = 1;
            }
            if (n == 0) {
                for (TokenRules.Match d : dated) {
                    if (d.start() == left.get(from).start()) {
                        while (n < to - from && left.get(from + n).start() < d.end()) {
                            n++;
                        }
                    }
                }
            }
            if (n > 0) {
                from += n;
                peeled = true;
            }
        }
        return left.subList(from, to);
    }

    private List<Word> trimTail(List<Word> right) {
        int to = right.size();
        for (boolean peeled = true; peeled && to > 0; ) {
            int n = Math.max(Words.endsWith(right, 0, to, cues.phrases(TargetCues.Kind.LEAD)),
                    Words.endsWith(right, 0, to, cues.phrases(TargetCues.Kind.BEFORE)));
            to -= n;
            peeled = n > 0;
        }
        return right.subList(0, to);
    }

    private int longest(List<Word> words, int to, TargetCues.Kind kind) {
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

    private boolean underPastHeading(Figure f, SectionTree sections) {
        Optional<Section> at = sections.sectionAt(f.start());
        if (at.isEmpty()) {
            return false;
        }
        for (Section s : sections.lineage(at.get())) {
            String heading = s.heading() == null ? "" : s.heading();
            List<Word> words = Words.of(heading, 0, heading.length());
            for (String[] p : cues.phrases(TargetCues.Kind.PAST_HEADING)) {
                if (Words.indexOf(words, 0, words.size(), p) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean hasPast(List<Word> words) {
        for (String[] p : cues.phrases(TargetCues.Kind.PAST)) {
            if (Words.indexOf(words, 0, words.size(), p) >= 0) {
                return true;
            }
        }
        return false;
    }

    private int lastSplit(List<Word> words) {
        int at = -1;
        for (String[] p : cues.phrases(TargetCues.Kind.SPLIT)) {
            int from = 0;
            int k;
            while ((k = Words.indexOf(words, from, words.size(), p)) >= 0) {
                at = Math.max(at, k + p.length);
                from = k + 1;
            }
        }
        return at;
    }

    private int firstSplit(List<Word> words) {
        int at = -1;
        for (String[] p : cues.phrases(TargetCues.Kind.SPLIT)) {
            int k = Words.indexOf(words, 0, words.size(), p);
            if (k >= 0 && (at < 0 || k < at)) {
                at = k;
            }
        }
        return at;
    }

    private static String span(String text, List<Word> words) {
        if (words.isEmpty()) {
            return "";
        }
        String s = text.substring(words.get(0).start(), words.get(words.size() - 1).end());
        return s.replaceAll("\\s+", " ").strip();
    }

    private static int[] trimBullet(String text, int s, int e) {
        int i = s;
        while (i < e && (Character.isWhitespace(text.charAt(i)) || "-+•–*".indexOf(text.charAt(i)) >= 0)) {
            i++;
        }
        int j = i;
        while (j < e && (Character.isDigit(text.charAt(j)) || text.charAt(j) == '.')) {
            j++;
        }
        if (j > i && j < e && text.charAt(j - 1) == '.' && Character.isWhitespace(text.charAt(j))) {
            i = j;
            while (i < e && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
        }
        return new int[] {i, e};
    }
}
