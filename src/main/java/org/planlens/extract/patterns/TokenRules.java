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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planlens.rules.ModelData;

/**
 * The one adapter to Stanford CoreNLP TokensRegex: runs a {@code .rules} file of {@code models/} over the white-space
 * tokens of a stretch of text and gives back character spans, so no CoreNLP type leaves this class. Built once and
 * shared between threads: CoreNLP does not promise that one extractor may run on several threads at once, so each
 * thread gets its own extractor (parsed from the same rules on its first call) rather than waiting on a lock.
 */
public final class TokenRules {
    /** A rule's match: character offsets into the text and the rule's result value. */
    public record Match(int start, int end, String result) {}

    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private final ThreadLocal<CoreMapExpressionExtractor<MatchedExpression>> extractor;

    public TokenRules(ModelData models, String file) {
        String rules = models.text(file);
        // Parsed once here so a broken rules file fails at start, not on a worker's first document.
        CoreMapExpressionExtractor<MatchedExpression> first = parse(file, rules);
        this.extractor = ThreadLocal.withInitial(() -> parse(file, rules));
        this.extractor.set(first);
    }

    @SuppressWarnings("unchecked")
    private static CoreMapExpressionExtractor<MatchedExpression> parse(String file, String rules) {
        Env env = TokenSequencePattern.getNewEnv();
        try {
            CoreMapExpressionExtractor<MatchedExpression> extractor =
                    CoreMapExpressionExtractor.createExtractorFromString(env, rules);
            // the tokens are made for one call and dropped after it: walking them to clear CoreNLP's match tags
            // would only cost time
            return extractor.keepTemporaryTags();
        } catch (Exception e) {
            throw new IllegalArgumentException(
                    "models/" + file + ": TokensRegex rules do not parse: " + e.getMessage(), e);
        }
    }

    /** Matches within {@code text[from, to)}, in text order. */
    public List<Match> find(String text, int from, int to) {
        List<CoreLabel> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(from, to);
        while (m.find()) {
            CoreLabel token = new CoreLabel();
            token.setWord(m.group());
            token.setValue(m.group());
            token.setOriginalText(m.group());
            token.setBeginPosition(m.start());
            token.setEndPosition(m.end());
            tokens.add(token);
        }
        List<Match> out = new ArrayList<>();
        if (tokens.isEmpty()) {
            return out;
        }
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
        sentence.set(CoreAnnotations.TextAnnotation.class, text.substring(from, to));
        List<MatchedExpression> matched = extractor.get().extractExpressions(sentence);
        for (MatchedExpression e : matched) {
            int first = e.getTokenOffsets().getBegin();
            int last = e.getTokenOffsets().getEnd() - 1;
            Object value = e.getValue() == null ? null : e.getValue().get();
            out.add(new Match(
                    tokens.get(first).beginPosition(),
                    tokens.get(last).endPosition(),
                    value == null ? null : value.toString()));
        }
        out.sort(Comparator.comparingInt(Match::start));
        return out;
    }
}
