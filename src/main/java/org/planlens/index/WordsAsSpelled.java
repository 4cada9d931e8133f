package org.planlens.index;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * The exact-spelling boost of a search, for a field indexed without positions (the accented twin of the text: its
 * positions were a noticeable part of indexing and only ever refined a boost). A phrase becomes all its words, a phrase
 * of
 * alternatives (a synonym inside a phrase) all its positions, each any of its words; the rest is kept as parsed.
 * The folded query, which needs the phrase in order, still decides what matches.
 */
public final class WordsAsSpelled {
    private WordsAsSpelled() {}

    public static Query of(Query q) {
        if (q instanceof PhraseQuery p) {
            return allOf(p.getTerms());
        }
        if (q instanceof MultiPhraseQuery mp) {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            for (Term[] alternatives : mp.getTermArrays()) {
                all.add(anyOf(alternatives), BooleanClause.Occur.MUST);
            }
            return all.build();
        }
        if (q instanceof BooleanQuery b) {
            BooleanQuery.Builder out =
                    new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
            for (BooleanClause c : b.clauses()) {
                out.add(of(c.query()), c.occur());
            }
            return out.build();
        }
        if (q instanceof BoostQuery bq) {
            return new BoostQuery(of(bq.getQuery()), bq.getBoost());
        }
        if (q instanceof TermQuery || q instanceof SynonymQuery) {
            return q;
        }
        // span queries (a multi-word synonym inside a phrase) and any other positional kind: any of its words
        Set<Term> terms = new LinkedHashSet<>();
        q.visit(QueryVisitor.termCollector(terms));
        return terms.isEmpty() ? q : anyOf(terms.toArray(Term[]::new));
    }

    private static Query allOf(Term[] terms) {
        return join(terms, BooleanClause.Occur.MUST);
    }

    private static Query anyOf(Term[] terms) {
        return join(terms, BooleanClause.Occur.SHOULD);
    }

    private static Query join(Term[] terms, BooleanClause.Occur occur) {
        if (terms.length == 1) {
            return new TermQuery(terms[0]);
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Term t : terms) {
            b.add(new TermQuery(t), occur);
        }
        return b.build();
    }
}
