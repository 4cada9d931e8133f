package org.planlens.extract.patterns;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.MatchedExpression;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.planlens.rules.ModelData;

/**
 * CoreNLP TokensRegex over tokens a caller has already cut and tagged: each token carries its word, a class
 * ({@code ner}) and a second class ({@code tag}) that the rules of a {@code .rules} file of {@code models/} match on.
 * Gives back token ranges and the rule's result, so no CoreNLP type leaves this class. One extractor per thread, as
 * {@link TokenRules}.
 */
public final class TaggedTokenRules {
    /**
     * A token as the rules see it: {@code word} at {@code [start, end)} of the text, and the classes {@code ner} and
     * {@code tag} ("O" for none).
     */
    public record Token(String word, int start, int end, String ner, String tag) {}

    /** A match over tokens {@code [first, end)} and the result of its rule. */
    public record Match(int first, int end, String result) {}

    private final ThreadLocal<CoreMapExpressionExtractor<MatchedExpression>> extractor;

    public TaggedTokenRules(ModelData models, String file) {
        String rules = models.text(file);
        CoreMapExpressionExtractor<MatchedExpression> first = parse(file, rules);
        this.extractor = ThreadLocal.withInitial(() -> parse(file, rules));
        this.extractor.set(first);
    }

    @SuppressWarnings("unchecked")
    private static CoreMapExpressionExtractor<MatchedExpression> parse(String file, String rules) {
        Env env = TokenSequencePattern.getNewEnv();
        try {
            return CoreMapExpressionExtractor.createExtractorFromString(env, rules)
                    .keepTemporaryTags();
        } catch (Exception e) {
            throw new IllegalArgumentException(
                    "models/" + file + ": TokensRegex rules do not parse: " + e.getMessage(), e);
        }
    }

    /** Matches over {@code tokens} of {@code text}, in token order. */
    public List<Match> find(String text, List<Token> tokens) {
        List<Match> out = new ArrayList<>();
        if (tokens.isEmpty()) {
            return out;
        }
        List<CoreLabel> labels = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            CoreLabel label = new CoreLabel();
            label.setWord(t.word());
            label.setValue(t.word());
            label.setOriginalText(t.word());
            label.setNER(t.ner());
            label.setTag(t.tag());
            label.setBeginPosition(t.start());
            label.setEndPosition(t.end());
            labels.add(label);
        }
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TokensAnnotation.class, labels);
        sentence.set(CoreAnnotations.TextAnnotation.class, text);
        for (MatchedExpression e : extractor.get().extractExpressions(sentence)) {
            Object value = e.getValue() == null ? null : e.getValue().get();
            out.add(new Match(
                    e.getTokenOffsets().getBegin(),
                    e.getTokenOffsets().getEnd(),
                    value == null ? null : value.toString()));
        }
        out.sort(Comparator.comparingInt(Match::first));
        return out;
    }
}
