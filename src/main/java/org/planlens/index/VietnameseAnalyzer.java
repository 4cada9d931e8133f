package org.planlens.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Vietnamese syllables as tokens, lower-cased and folded to ASCII (Lucene's own fold table covers ạ, ấ, ặ, đ),
 * so {@code hai long} finds {@code hài lòng}.
 */
public final class VietnameseAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new LowerCaseFilter(source);
        result = new ASCIIFoldingFilter(result, false);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in), false);
    }

    /** Text fields analysed, keyword fields kept whole. */
    public static Analyzer perField() {
        return new PerFieldAnalyzerWrapper(new VietnameseAnalyzer(), Map.of(IndexFields.KIND, new KeywordAnalyzer()));
    }
}
