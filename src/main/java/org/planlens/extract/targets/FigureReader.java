package org.planlens.extract.targets;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.planlens.extract.patterns.TokenRules;
import org.planlens.extract.targets.Words.Word;
import org.planlens.model.Comparator;
import org.planlens.structure.SectionTree;

/**
 * Reads a figure in its clause. The words just before it give the comparator ({@link BoundReader}); the measured
 * thing is the words before a linking verb or bound when they name something, else the words after the figure;
 * the deadline comes from {@link DeadlineReader}; results already reached are dropped ({@link PastFilter}).
 */
final class FigureReader {
    private static final int MIN_INDICATOR_WORDS = 3;
    /** How many words before a count a verb of completion may stand ("hoàn thành sửa đổi, bổ sung 485 ..."). */
    private static final int COMMIT_REACH = 6;
    /** Enough characters after a figure to hold the cost it pays a share of ("mức phí, lệ phí"). */
    private static final int COST_WINDOW = 40;
    /** Figures listed one after another: "tương ứng là 20%, 10%". */
    private static final Pattern LIST_GAP = Pattern.compile("\\s*,\\s*");
    /** An item's letter or number at a sentence's start, as a word ("d" of "d)", "6" and "4" of "6.4."). */
    private static final Pattern ITEM_MARK = Pattern.compile("[a-zđ]|\\d{1,2}");
    /** How far into its sentence a per-year cue that dates the whole sentence may start. */
    private static final int OPENING_CHARS = 40;

    private final TargetCues cues;
    private final BoundReader bounds;
    private final DeadlineReader deadlines;
    private final PastFilter past;

    FigureReader(TokenRules deadlineRules, TargetCues cues) {
        this.cues = cues;
        this.bounds = new BoundReader(cues);
        this.deadlines = new DeadlineReader(deadlineRules);
        this.past = new PastFilter(cues);
    }

    /**
     * The reading of {@code figures[i]}, or empty when it is not a target (a past result, a count without bound).
     * {@code planStart}, the first year the plan covers (null when unknown), dates a sentence about an earlier
     * year as a report of the past ("Năm 2022, Chỉ số ... đạt 84,12%"). {@code memo}: the plan's heading
     * deadlines and sentence phrases read so far, shared by all its figures.
     */
    Optional<TargetReading> read(
            String text,
            List<Figure> figures,
            int i,
            SectionTree sections,
            Integer planStart,
            DeadlineReader.Memo memo) {
        Figure f = figures.get(i);
        if (i > 0
                && LIST_GAP.matcher(text.substring(figures.get(i - 1).end(), f.start()))
                        .matches()) {
            // A listed figure shares the first one's reading.
            return read(text, figures, i - 1, sections, planStart, memo)
                    .map(r -> new TargetReading(
                            f,
                            r.sentenceStart(),
                            r.clauseStart(),
                            r.clauseEnd(),
                            r.indicator(),
                            r.comparator(),
                            r.unit(),
                            r.deadline()));
        }
        int sentenceStart = Clauses.clauseStart(text, f.start(), false);
        if (past.isPast(text, sentenceStart, f.start(), sections) || past.isMeasuredAgainstPast(text, f.end())) {
            return Optional.empty();
        }
        List<TokenRules.Match> sentencePhrases =
                deadlines.sentencePhrases(text, sentenceStart, lastFigureStart(text, figures, i), memo);
        List<TokenRules.Match> datedPhrases = DeadlineReader.leading(text, sentencePhrases, sentenceStart, f.start());
        Integer dated = deadlines.inSentence(text, datedPhrases);
        if (planStart != null && dated != null && dated < planStart) {
            return Optional.empty();
        }
        int clauseStart = Clauses.clauseStart(text, f.start(), true);
        int clauseEnd = Clauses.clauseEnd(text, f.end(), true);
        List<Word> left = wordsBefore(text, figures, i, clauseStart);
        BoundReader.Bound bound = bounds.peel(left);
        if (Words.endsWith(left, 0, bound.kept(), cues.phrases(TargetCues.Kind.PRICE)) > 0) {
            // "giảm lãi suất cho vay 2%/năm": a price or rate paid, a term of a policy
            return Optional.empty();
        }
        if (f.rate() && !bound.linked()) {
            // "Ban bầu cử ...: 01 cá nhân/01 ban", "× 50 đại biểu/hội nghị": a quota, nothing to reach
            return Optional.empty();
        }
        if (f.count() && bound.comparator() == null && !committed(left, bound.kept()) && !aimedAt(left, bound)) {
            return Optional.empty();
        }
        if (paysAShareOfACost(text, f, left, bound.kept()) || shareOfFunds(text, f)) {
            return Optional.empty();
        }
        Comparator comparator = bound.comparator() != null
                ? bound.comparator()
                : f.after() != null ? Comparator.fromCode(f.after()) : Comparator.REACH;
        String unit = yearlyUnit(text, f, bound, sentenceStart, clauseStart);

        DeadlineReader.Trailing trailing = datedPhrases.isEmpty() ? trailing(text, figures, i) : null;
        List<Word> named = trimLead(text, left, bound.kept(), sentencePhrases);
        // "...: Có ≥ 30% doanh nghiệp ...": words that end on a clause's opening word name nothing; the thing
        // measured follows the figure
        boolean opensBeforeFigure = Words.endsWith(named, 0, named.size(), cues.phrases(TargetCues.Kind.LEAD)) > 0;
        String before = opensBeforeFigure ? "" : span(text, named);
        // a deadline printed after the figure is no part of what it measures
        int afterEnd =
                trailing != null && trailing.start() > f.end() ? Math.min(clauseEnd, trailing.start()) : clauseEnd;
        String after = span(text, wordsAfter(text, figures, i, afterEnd));
        String indicator =
                wordCount(before) >= MIN_INDICATOR_WORDS && (bound.linked() || wordCount(after) < MIN_INDICATOR_WORDS)
                        ? before
                        : !after.isEmpty() ? countedThing(text, f) + after : before;
        int[] clause = Clauses.fit(text, clauseStart, clauseEnd, f.start(), f.end());
        int[] trimmed = trimBullet(text, clause[0], clause[1]);
        if (indicator.isEmpty()) {
            // Nothing names the measured thing beside the figure: the clause without its figure is the best we have.
            indicator = (text.substring(trimmed[0], Math.max(trimmed[0], f.start())) + " "
                            + text.substring(Math.min(f.end(), trimmed[1]), trimmed[1]))
                    .replaceAll("\\s+", " ")
                    .strip();
        }
        return Optional.of(new TargetReading(
                f,
                sentenceStart,
                trimmed[0],
                trimmed[1],
                indicator,
                comparator,
                unit,
                deadlines.deadline(text, datedPhrases, trailing, f.start(), sections, memo)));
    }

    /**
     * The figure's unit, made yearly ("%/năm", "sản phẩm/năm") by a per-year cue just before it ("mỗi năm tăng 20%"),
     * or by one earlier in its clause or opening its sentence when it counts things or measures a change: "Hằng năm,
     * số vụ ... được phát hiện, bắt giữ tăng trên 3%", "mỗi năm có ít nhất 150 sản phẩm". A share reached every year
     * ("Hằng năm, 100% cơ quan ...") stays a share.
     */
    private String yearlyUnit(String text, Figure f, BoundReader.Bound bound, int sentenceStart, int clauseStart) {
        String yearly = cues.yearlyUnit();
        boolean change = bound.comparator() == Comparator.INCREASE_BY || bound.comparator() == Comparator.DECREASE_BY;
        boolean counted = f.count() && !f.unit().contains("/");
        if (!bound.perYear() && !((change || counted) && yearlyBefore(text, sentenceStart, clauseStart, f.start()))) {
            return f.unit();
        }
        if (f.unit().equals("%")) {
            return yearly;
        }
        return counted && !bound.perYear() ? f.unit() + yearly.substring(yearly.indexOf('/')) : f.unit();
    }

    /** Whether a per-year cue stands in the figure's clause before it, or opens its sentence past an item's mark. */
    private boolean yearlyBefore(String text, int sentenceStart, int clauseStart, int figureStart) {
        List<String[]> perYear = cues.phrases(TargetCues.Kind.PER_YEAR);
        List<Word> clause = Words.of(text, clauseStart, figureStart);
        for (String[] p : perYear) {
            if (Words.indexOf(clause, 0, clause.size(), p) >= 0) {
                return true;
            }
        }
        List<Word> opening = Words.of(text, sentenceStart, Math.min(figureStart, sentenceStart + OPENING_CHARS));
        int from = 0;
        while (from < opening.size()
                && ITEM_MARK.matcher(opening.get(from).folded()).matches()) {
            from++;
        }
        return Words.startsWith(opening, from, opening.size(), perYear) > 0;
    }

    /**
     * What a count counts, as printed after its number, so the words after the figure read as the measured thing:
     * "20 mô hình sản xuất ..." measures "mô hình sản xuất ...", not "sản xuất ...".
     */
    private static String countedThing(String text, Figure f) {
        if (!f.count() || f.rate() || f.ratio()) {
            return "";
        }
        String printed = text.substring(f.start(), f.end());
        int at = printed.toLowerCase(Locale.ROOT).indexOf(f.unit().toLowerCase(Locale.ROOT));
        return at < 0 ? "" : printed.substring(at, at + f.unit().length()) + " ";
    }

    /**
     * The deadline phrase that ends the figure's part of its sentence (up to a ";" or a sub-clause such as "trong
     * đó"), printed after every figure of that part: "hoàn thành 100% TTHC ... trong năm 2025". A phrase that another
     * figure follows is that figure's ("đạt 60%, phấn đấu đến năm 2030 đạt 100%").
     */
    private DeadlineReader.Trailing trailing(String text, List<Figure> figures, int i) {
        Figure f = figures.get(i);
        int sentenceEnd = Clauses.clauseEnd(text, f.end(), false);
        int partEnd = Clauses.indexOf(text, ';', f.end(), sentenceEnd);
        partEnd = partEnd < 0 || partEnd > sentenceEnd ? sentenceEnd : partEnd;
        List<Word> rest = Words.of(text, f.end(), partEnd);
        int split = firstSplit(rest);
        if (split >= 0) {
            partEnd = rest.get(split).start();
        }
        int lastEnd = f.end();
        for (int j = i + 1; j < figures.size() && figures.get(j).start() < partEnd; j++) {
            lastEnd = figures.get(j).end();
        }
        DeadlineReader.Trailing found = deadlines.trailing(text, lastEnd, partEnd);
        if (found == null) {
            return null;
        }
        List<Word> lead = Words.of(text, lastEnd, found.start());
        // "văn bản ... ban hành trước ngày 01/7/2025": the date tells which things are counted
        return Words.endsWith(lead, 0, lead.size(), cues.phrases(TargetCues.Kind.DATED_THING)) > 0 ? null : found;
    }

    /** "hoàn thành sửa đổi, bổ sung 485 văn bản": a verb of completion a few words before a count binds it. */
    private boolean committed(List<Word> left, int kept) {
        int from = Math.max(0, kept - COMMIT_REACH);
        return cues.phrases(TargetCues.Kind.COMMIT).stream().anyMatch(p -> Words.indexOf(left, from, kept, p) >= 0);
    }

    /**
     * "Tổng sản phẩm Xoài tham gia xuất khẩu phấn đấu đến năm 2030 đạt 18.000 tấn": a count linked to its thing by
     * a linking verb in a clause that names a goal is the level the plan aims at, even without a bound.
     */
    private boolean aimedAt(List<Word> left, BoundReader.Bound bound) {
        return bound.linked() && cues.holds(left.subList(0, bound.kept()), TargetCues.Kind.GOAL);
    }

    /** "Hỗ trợ 100% chi phí ...": a share of a cost that the plan pays, a subsidy and no target. */
    private boolean paysAShareOfACost(String text, Figure f, List<Word> left, int kept) {
        if (Words.endsWith(left, 0, kept, cues.phrases(TargetCues.Kind.FUNDING)) == 0) {
            return false;
        }
        List<Word> right = Words.of(text, f.end(), Math.min(text.length(), f.end() + COST_WINDOW));
        return Words.startsWith(right, 0, right.size(), cues.phrases(TargetCues.Kind.COST)) > 0;
    }

    /**
     * "chiếm khoảng 10% tổng vốn đầu tư", "dự kiến: 85%-90% tổng vốn đầu tư": a share of a total of funds (past the
     * other end of a range) describes how a plan is paid for, no target.
     */
    private boolean shareOfFunds(String text, Figure f) {
        List<Word> right = Words.of(text, f.end(), Math.min(text.length(), f.end() + COST_WINDOW));
        int k = 0;
        while (k < right.size() && Character.isDigit(right.get(k).folded().charAt(0))) {
            k++;
        }
        if (Words.startsWith(right, k, right.size(), cues.phrases(TargetCues.Kind.SHARE_OF)) > 0) {
            return true;
        }
        // "10%-15% (khoảng 12.173 tỷ đồng - 18.260 tỷ đồng)": the sum the share stands for, in money
        int note = Words.startsWith(right, k, right.size(), cues.phrases(TargetCues.Kind.AMOUNT_NOTE));
        if (note == 0) {
            return false;
        }
        int amount = k + note;
        int unit = amount;
        while (unit < right.size() && Character.isDigit(right.get(unit).folded().charAt(0))) {
            unit++;
        }
        return unit > amount && Words.startsWith(right, unit, right.size(), cues.phrases(TargetCues.Kind.MONEY)) > 0;
    }

    /** The start of the last figure, from {@code figures[i]} on, in the sentence that holds {@code figures[i]}. */
    private static int lastFigureStart(String text, List<Figure> figures, int i) {
        int sentenceEnd = Clauses.clauseEnd(text, figures.get(i).end(), false);
        int last = i;
        while (last + 1 < figures.size() && figures.get(last + 1).start() < sentenceEnd) {
            last++;
        }
        return figures.get(last).start();
    }

    /** The words of the clause before the figure that may name what it measures. */
    private List<Word> wordsBefore(String text, List<Figure> figures, int i, int clauseStart) {
        Figure f = figures.get(i);
        int from = clauseStart;
        if (i > 0 && figures.get(i - 1).end() > from) {
            // "A% X, ít nhất B% Y": X belongs to A, so B's words start after the last comma between them.
            from = figures.get(i - 1).end();
            int comma = Clauses.lastIndexOf(text, ',', f.start(), from);
            if (comma >= from && lastSplit(Words.of(text, from, f.start())) < 0) {
                from = comma + 1;
            }
        }
        // searches bounded by the clause: an unbounded one walks the whole text back for every figure
        int paren = Clauses.lastIndexOf(text, '(', f.start(), from);
        if (paren >= from && Clauses.indexOf(text, ')', paren, f.start()) < 0) {
            from = paren + 1;
        }
        List<Word> left = Words.of(text, from, f.start());
        int split = lastSplit(left);
        return split >= 0 ? left.subList(split, left.size()) : left;
    }

    /** The words of the clause after the figure, up to the next figure's own words or a sub-clause. */
    private List<Word> wordsAfter(String text, List<Figure> figures, int i, int clauseEnd) {
        Figure f = figures.get(i);
        int to = clauseEnd;
        if (i + 1 < figures.size() && figures.get(i + 1).start() < clauseEnd) {
            to = figures.get(i + 1).start();
            int comma = Clauses.lastIndexOf(text, ',', to, f.end());
            to = comma >= f.end() ? comma : to;
        }
        List<Word> right = Words.of(text, f.end(), Math.max(f.end(), to));
        int split = firstSplit(right);
        return trimTail(split >= 0 ? right.subList(0, split) : right);
    }

    private List<Word> trimLead(String text, List<Word> left, int to, List<TokenRules.Match> sentencePhrases) {
        int from = 0;
        List<TokenRules.Match> dated = to == 0
                ? List.of()
                : DeadlineReader.within(
                        text,
                        sentencePhrases,
                        left.get(0).start(),
                        left.get(to - 1).end());
        for (boolean peeled = true; peeled && from < to; ) {
            int n = Words.startsWith(left, from, to, cues.phrases(TargetCues.Kind.LEAD));
            int label = n == 0 ? Words.startsWith(left, from, to, cues.phrases(TargetCues.Kind.LABEL)) : 0;
            if (label > 0
                    && from + label < to
                    && left.get(from + label).folded().chars().allMatch(Character::isDigit)) {
                // "Chỉ tiêu 2: Đến năm 2025 đạt 80% ...": an item's label and number name nothing measured
                n = label + 1;
            }
            if (n == 0
                    && (left.get(from).folded().chars().allMatch(Character::isDigit)
                            || itemLetter(text, left.get(from)))) {
                n = 1;
            }
            for (TokenRules.Match d : dated) {
                if (n == 0 && d.start() == left.get(from).start()) {
                    while (n < to - from && left.get(from + n).start() < d.end()) {
                        n++;
                    }
                }
            }
            from += n;
            peeled = n > 0;
        }
        return left.subList(from, to);
    }

    /** An item's letter ("a)", "đ."), which names nothing. */
    private static boolean itemLetter(String text, Word w) {
        return w.end() - w.start() == 1
                && w.end() < text.length()
                && (text.charAt(w.end()) == ')' || text.charAt(w.end()) == '.');
    }

    private List<Word> trimTail(List<Word> right) {
        int to = right.size();
        for (boolean peeled = true; peeled && to > 0; ) {
            int n = Math.max(
                    Words.endsWith(right, 0, to, cues.phrases(TargetCues.Kind.LEAD)),
                    Words.endsWith(right, 0, to, cues.phrases(TargetCues.Kind.BEFORE)));
            to -= n;
            peeled = n > 0;
        }
        return right.subList(0, to);
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

    private static int wordCount(String s) {
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }

    private static String span(String text, List<Word> words) {
        if (words.isEmpty()) {
            return "";
        }
        return text.substring(words.get(0).start(), words.get(words.size() - 1).end())
                .replaceAll("\\s+", " ")
                .strip();
    }

    /** The clause without its bullet or item number ("- ", "1.3. "). */
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
