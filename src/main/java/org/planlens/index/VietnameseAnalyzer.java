package org.planlens.index;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Vietnamese syllables as tokens (they are written space-separated, so the standard tokenizer finds them),
 * lower-cased and, unless built {@code exact}, folded to ASCII (Lucene's own fold table covers ạ, ấ, ặ, đ; both in
 * one step, {@link LowerCaseFoldFilter}), so
 * {@code hai long} finds {@code hài lòng}. Positions are kept, so phrase queries work. With a synonym map (query
 * time only: a multi-word synonym flattened into the index would break phrases) {@code UBND} also finds
 * {@code Ủy ban nhân dân} and back.
 */
public final class VietnameseAnalyzer extends Analyzer {
    private final boolean fold;
    private final SynonymMap synonyms;

    /** Folding, no synonyms: the analyzer of the accent-free index field. */
    public VietnameseAnalyzer() {
        this(true, null);
    }

    public VietnameseAnalyzer(boolean fold, SynonymMap synonyms) {
        this.fold = fold;
        this.synonyms = synonyms;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new LowerCaseFoldFilter(source, fold);
        if (synonyms != null && synonyms.fst != null) {
            result = new SynonymGraphFilter(result, synonyms, true);
        }
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFoldFilter(in, fold);
    }

    /** The index-time analyzer: folded and exact text fields analysed, keyword fields kept whole. */
    public static Analyzer perField() {
        return wrap(new VietnameseAnalyzer(true, null), new VietnameseAnalyzer(false, null));
    }

    /** The query-time analyzer: as {@link #perField()}, plus the search synonyms. */
    public static Analyzer forQueries(SearchSynonyms synonyms) {
        return wrap(new VietnameseAnalyzer(true, synonyms.folded()), new VietnameseAnalyzer(false, synonyms.exact()));
    }

    private static Analyzer wrap(Analyzer folded, Analyzer exact) {
        Map<String, Analyzer> fields = new HashMap<>();
        fields.put(IndexFields.KIND, new KeywordAnalyzer());
        fields.put(IndexFields.TEXT_EXACT, exact);
        return new PerFieldAnalyzerWrapper(folded, fields);
    }
}
