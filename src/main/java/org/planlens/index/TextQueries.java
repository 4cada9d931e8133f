package org.planlens.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * How a search text and a words condition are read, the same for every backend: Lucene's classic syntax, words
 * ANDed, multi-word synonyms seen whole; the errors a user sees for a bad query or a condition without words.
 */
public final class TextQueries {
    /** How much an exact (accented) match adds to a search hit's score, relative to the folded match. */
    public static final float EXACT_BOOST = 2.0f;

    /** A slash not already escaped. */
    private static final Pattern SLASH = Pattern.compile("(?<!\\\\)/");

    private TextQueries() {}

    /** {@code text} with every slash escaped: a slash is part of a document number, never a regular expression. */
    public static String escapeSlashes(String text) {
        return SLASH.matcher(text).replaceAll("\\\\/");
    }

    /** {@code text} parsed for {@code field} with the query-time analyzer. */
    public static Query parse(Analyzer analyzer, String field, String text) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("search needs some text");
        QueryParser parser = new QueryParser(field, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        // multi-word synonyms (Ủy ban nhân dân = UBND) only match when the analyzer sees the words together
        parser.setSplitOnWhitespace(false);
        parser.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        try {
            // a slash is part of a document number (76/NQ-CP), never the start of a regular expression
            Query q = parser.parse(escapeSlashes(text));
            if (q == null) throw new IllegalArgumentException("bad query '" + text + "': nothing to search for");
            return q;
        } catch (ParseException e) {
            if (e.getCause() instanceof IndexSearcher.TooManyClauses) {
                throw new IllegalArgumentException(
                        "the query is too long (more than " + IndexSearcher.getMaxClauseCount()
                                + " terms once expanded); ask with fewer words",
                        e);
            }
            String msg = e.getMessage() == null
                    ? ""
                    : e.getMessage().lines().findFirst().orElse("");
            throw new IllegalArgumentException("bad query '" + text + "': " + msg, e);
        }
    }

    /** Throws the usage error of a words condition whose text the field's analysis leaves without a word. */
    public static void requireWords(Analyzer analyzer, RecordQuery.AllWords words) {
        try (TokenStream ts = analyzer.tokenStream(words.field(), words.text() == null ? "" : words.text())) {
            ts.reset();
            boolean any = ts.incrementToken();
            ts.end();
            if (!any) {
                throw new IllegalArgumentException(
                        words.option() + " '" + words.text() + "' has no words to search for");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
