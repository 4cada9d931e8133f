package org.planlens.extract.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CancellationException;
import java.util.regex.Pattern;
import org.planlens.extract.patterns.TokenRules;
import org.planlens.model.DocumentType;
import org.planlens.model.Target;
import org.planlens.rules.ModelData;
import org.planlens.structure.SectionTree;

/** Figures found, read in their clauses, restatements dropped, numbered t1, t2, ... */
public final class TargetReader {
    private static final Pattern PARENTHESIS_OPEN = Pattern.compile("\\s*\\(\\s*");
    /** Two counts of one thing, a part over a whole: "3.071 TTHC/4.888", "2.269/6.974" (not a date, "15/7/2021"). */
    private static final Pattern RATIO_OF_COUNTS = Pattern.compile(
            "(?<![\\d/.])\\d{1,3}(?:\\.\\d{3})*(?:\\s+\\p{L}+)?\\s*/\\s*\\d{1,3}(?:\\.\\d{3})*(?![\\d/])");

    private final FigureFinder finder;
    private final FigureReader figureReader;
    private final Restatements restatements;
    private final RuleFilter rules;

    public TargetReader(ModelData models) {
        TargetCues cues = new TargetCues(models);
        this.finder = FigureFinder.of(models, cues);
        this.figureReader = new FigureReader(new TokenRules(models, "targets-deadline.rules"), cues);
        this.restatements = new Restatements(models);
        this.rules = new RuleFilter(cues);
    }

    public List<Target> read(String text, SectionTree sections) {
        return read(text, sections, null);
    }

    /**
     * Length of the longest sentence of {@code text} when it is over the length targets read whole (a sentence
     * longer than that is read in pieces), else empty.
     */
    public static OptionalInt overLongSentence(String text) {
        int longest = Clauses.longestSentence(text);
        return longest > Clauses.PIECE ? OptionalInt.of(longest) : OptionalInt.empty();
    }

    /** The length over which a sentence is read in pieces. */
    public static int sentencePiece() {
        return Clauses.PIECE;
    }

    /** "đạt 100% (16/16 xã, thị trấn)": a ratio in brackets right after a share counts the same commitment. */
    private static boolean restatesInParentheses(String text, List<Figure> figures, int i) {
        Figure f = figures.get(i);
        if (!f.ratio() || i == 0 || figures.get(i - 1).ratio()) {
            return false;
        }
        return PARENTHESIS_OPEN
                .matcher(text.substring(figures.get(i - 1).end(), f.start()))
                .matches();
    }

    /**
     * "3.507/6.708 (chiếm 52,3%) giấy tờ", "cắt giảm 2.269/6.974 ĐKKD ... (đạt 32,5%)": a share in brackets after a
     * ratio of counts in its clause is the ratio worked out, not a figure of its own.
     */
    private static boolean shareOfARatio(String text, Figure f) {
        if (!f.unit().startsWith("%")) {
            return false;
        }
        int clauseStart = Clauses.clauseStart(text, f.start(), true);
        int paren = Clauses.lastIndexOf(text, '(', f.start(), clauseStart);
        if (paren < 0 || Clauses.lastIndexOf(text, ')', f.start(), paren) > paren) {
            return false;
        }
        return RATIO_OF_COUNTS.matcher(text).region(clauseStart, paren).find();
    }

    /** {@code planStart}: the first year the plan covers, or null when the metadata did not find it. */
    public List<Target> read(String text, SectionTree sections, Integer planStart) {
        return read(text, sections, planStart, null);
    }

    /**
     * {@code type}: the document's kind (null when unknown); in a text of rules ({@link RuleFilter}) a figure with no
     * word of aim before or over it is a rule's, not a target.
     */
    public List<Target> read(String text, SectionTree sections, Integer planStart, DocumentType type) {
        boolean ofRules = RuleFilter.ofRules(type, sections);
        List<Figure> figures = finder.find(text);
        Restatements.Kept kept = restatements.kept(text, sections);
        List<Target> out = new ArrayList<>();
        DeadlineReader.Memo memo = new DeadlineReader.Memo();
        for (int i = 0; i < figures.size(); i++) {
            if (Thread.currentThread().isInterrupted()) {
                // the document's time is up (its reading was cancelled): stop rather than read on unseen
                throw new CancellationException("target reading interrupted");
            }
            if (restatesInParentheses(text, figures, i) || shareOfARatio(text, figures.get(i))) {
                continue;
            }
            Optional<TargetReading> r = figureReader.read(text, figures, i, sections, planStart, memo);
            if (r.isEmpty()) {
                continue;
            }
            TargetReading t = r.get();
            if (ofRules && rules.isRule(text, t.sentenceStart(), t.figure().start(), sections)) {
                continue;
            }
            String clause = text.substring(t.clauseStart(), t.clauseEnd());
            if (!kept.keepUnlessRestated(t)) {
                continue;
            }
            out.add(new Target(
                    "t" + (out.size() + 1),
                    sections.sectionIdAt(t.clauseStart()),
                    sections.pillarAt(t.clauseStart()),
                    clause,
                    t.indicator(),
                    t.figure().value(),
                    t.unit(),
                    t.comparator(),
                    t.deadline(),
                    t.clauseStart(),
                    t.clauseEnd()));
        }
        return List.copyOf(out);
    }
}
