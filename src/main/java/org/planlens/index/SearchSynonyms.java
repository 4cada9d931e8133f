package org.planlens.index;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.planlens.rules.ModelData;

/**
 * The search synonyms of {@code models/search-synonyms.tsv}, as two Lucene synonym maps: one for the folded field
 * and one for the exact (accented) field, each analysed with that field's own chain so both sides match what the
 * index holds.
 *
 * <table>
 *   <caption>search-synonyms.tsv</caption>
 *   <tr><th>column</th><th>meaning</th></tr>
 *   <tr><td>1</td><td>abbreviation, e.g. {@code UBND}</td></tr>
 *   <tr><td>2</td><td>what it stands for, e.g. {@code Ủy ban nhân dân}</td></tr>
 * </table>
 * Each row works both ways.
 */
public record SearchSynonyms(SynonymMap folded, SynonymMap exact) {
    public static final String FILE = "search-synonyms.tsv";

    public static SearchSynonyms load(ModelData models) {
        var rows = models.tsv(FILE);
        return new SearchSynonyms(build(rows, true), build(rows, false));
    }

    private static SynonymMap build(List<String[]> rows, boolean fold) {
        try (Analyzer analyzer = new VietnameseAnalyzer(fold, null)) {
            Builder b = new Builder(analyzer);
            for (String[] row : rows) {
                if (row.length < 2 || row[0].isBlank() || row[1].isBlank()) {
                    throw new IllegalStateException(
                            "bad row in " + FILE + ": needs abbreviation<TAB>expansion: " + String.join("\\t", row));
                }
                b.addPair(row[0], row[1]);
            }
            return b.build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build synonyms from " + FILE, e);
        }
    }

    /** Lucene's parser base gives the analysing {@code analyze}; rows come from ModelData, not a reader. */
    private static final class Builder extends SynonymMap.Parser {
        Builder(Analyzer analyzer) {
            super(true, analyzer);
        }

        void addPair(String a, String b) throws IOException {
            try {
                CharsRef left = analyze(a, new CharsRefBuilder());
                CharsRef right = analyze(b, new CharsRefBuilder());
                add(left, right, true);
                add(right, left, true);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("bad synonym in " + FILE + ": " + a + " / " + b, e);
            }
        }

        @Override
        public void parse(Reader in) throws IOException, ParseException {
            throw new UnsupportedOperationException("rows are added with addPair");
        }
    }
}
