package org.planlens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.planlens.support.Seeds;

/** The one-step filter gives the terms of Lucene's LowerCaseFilter (then ASCIIFoldingFilter), token for token. */
class LowerCaseFoldFilterTest {

    @Test
    void everyCharAndTheSeeds_sameTermsAsLucenesFilters() throws IOException {
        StringBuilder chars = new StringBuilder();
        for (int c = 1; c <= Character.MAX_VALUE; c++) {
            if (!Character.isWhitespace(c) && !Character.isSurrogate((char) c)) {
                chars.append((char) c).append("a").append((char) c).append(' ');
            }
        }
        // tokens that take the slow path: chars folded to several (æ, ß, ﬁ), surrogate pairs, a lone surrogate
        chars.append("Æther straße ﬁnal 𝐀𝐁c Ǆ \uD835 ĐỒNG\uD835\uDC00ý ");
        List<String> texts = new ArrayList<>(List.of(chars.toString()));
        for (Path seed : Seeds.all()) {
            texts.add(Seeds.text(seed));
        }
        for (String text : texts) {
            for (boolean fold : List.of(true, false)) {
                Function<TokenStream, TokenStream> lucene = in -> {
                    TokenStream lower = new LowerCaseFilter(in);
                    return fold ? new ASCIIFoldingFilter(lower, false) : lower;
                };
                assertEquals(
                        terms(new WhitespaceTokenizer(), text, lucene),
                        terms(new WhitespaceTokenizer(), text, in -> new LowerCaseFoldFilter(in, fold)));
                assertEquals(
                        terms(new StandardTokenizer(), text, lucene),
                        terms(new StandardTokenizer(), text, in -> new LowerCaseFoldFilter(in, fold)));
            }
        }
    }

    private static List<String> terms(Tokenizer source, String text, Function<TokenStream, TokenStream> filter)
            throws IOException {
        List<String> out = new ArrayList<>();
        source.setReader(new StringReader(text));
        try (TokenStream ts = filter.apply(source)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }
}
