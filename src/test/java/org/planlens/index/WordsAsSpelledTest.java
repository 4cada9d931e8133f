package org.planlens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.rules.ModelData;

class WordsAsSpelledTest {
    private static final Analyzer QUERIES = VietnameseAnalyzer.forQueries(SearchSynonyms.load(ModelData.packaged()));

    @TempDir
    Path dir;

    @Test
    void phrasesAndSynonymPhrases_becomeQueriesOfWordsOnly() throws Exception {
        for (String q : List.of(
                "\"hài lòng\"",
                "\"ủy ban nhân dân tỉnh\"",
                "\"UBND tỉnh\" cải cách",
                "hài lòng",
                "\"thủ tục hành chính\" trực tuyến",
                "\"TTHC\" OR \"CCHC\"",
                "-\"hài lòng\" dịch vụ")) {
            assertWordsOnly(WordsAsSpelled.of(parse(q)), q);
        }
    }

    @Test
    void aPhraseOfAlternatives_asksEveryPosition_anyOfItsWords() {
        Term uy = new Term(IndexFields.TEXT_EXACT, "ủy");
        Term ubnd = new Term(IndexFields.TEXT_EXACT, "ubnd");
        Term xa = new Term(IndexFields.TEXT_EXACT, "xã");
        Query q = WordsAsSpelled.of(new MultiPhraseQuery.Builder()
                .add(new Term[] {uy, ubnd})
                .add(xa)
                .build());
        assertEquals("+(textExactWords:ủy textExactWords:ubnd) +textExactWords:xã", q.toString());
    }

    @Test
    void anyOtherPositionalQuery_asksAnyOfItsWords() {
        Term hai = new Term(IndexFields.TEXT_EXACT, "hài");
        Term long_ = new Term(IndexFields.TEXT_EXACT, "lòng");
        Query q = WordsAsSpelled.of(
                new SpanNearQuery(new SpanQuery[] {new SpanTermQuery(hai), new SpanTermQuery(long_)}, 0, true));
        assertEquals("textExactWords:hài textExactWords:lòng", q.toString());
    }

    @Test
    void aPhraseAsks_allItsWords_inAnyOrder() throws Exception {
        Query q = WordsAsSpelled.of(parse("\"hài lòng\""));
        try (FSDirectory d = FSDirectory.open(dir)) {
            FieldType wordsOnly = new FieldType(TextField.TYPE_NOT_STORED);
            wordsOnly.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
            wordsOnly.freeze();
            try (IndexWriter w = new IndexWriter(d, new IndexWriterConfig(VietnameseAnalyzer.perField()))) {
                for (String text : List.of("Mức độ hài lòng đạt 90%", "lòng dân hài hòa", "hai long", "hài")) {
                    Document doc = new Document();
                    doc.add(new Field(IndexFields.TEXT_EXACT, text, wordsOnly));
                    w.addDocument(doc);
                }
            }
            try (DirectoryReader r = DirectoryReader.open(d)) {
                // the words as spelled, in any order; the folded field, not this boost, asks for the phrase
                assertEquals(2, new IndexSearcher(r).count(q));
            }
        }
    }

    private static Query parse(String text) throws Exception {
        QueryParser parser = new QueryParser(IndexFields.TEXT_EXACT, QUERIES);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setSplitOnWhitespace(false);
        parser.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        return parser.parse(text);
    }

    private static void assertWordsOnly(Query q, String asked) {
        if (q instanceof BooleanQuery b) {
            assertTrue(!b.clauses().isEmpty(), asked);
            for (BooleanClause c : b.clauses()) {
                assertWordsOnly(c.query(), asked);
            }
        } else if (q instanceof BoostQuery bq) {
            assertWordsOnly(bq.getQuery(), asked);
        } else if (!(q instanceof TermQuery || q instanceof SynonymQuery)) {
            fail(asked + " left a " + q.getClass().getSimpleName() + ": " + q);
        }
    }
}
