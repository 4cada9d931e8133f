package org.planlens.index.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.planlens.index.IndexFields;
import org.planlens.index.RecordQuery;

/** Record queries and term-level Lucene queries as OpenSearch query DSL. */
final class QueryJson {
    private QueryJson() {}

    /** A bool query whose filter clauses are the kind and every condition of {@code q}; scoring clauses go in after. */
    static ObjectNode filtered(RecordQuery q) {
        ObjectNode root = OpenSearchHttp.JSON.createObjectNode();
        ObjectNode bool = root.putObject("bool");
        ArrayNode filter = bool.putArray("filter");
        if (q.kind() != null) {
            filter.add(term(IndexFields.KIND, q.kind().code()));
        }
        for (RecordQuery.Condition c : q.conditions()) {
            filter.add(condition(c));
        }
        return root;
    }

    private static ObjectNode condition(RecordQuery.Condition c) {
        ObjectNode n = OpenSearchHttp.JSON.createObjectNode();
        switch (c) {
            case RecordQuery.Keyword k -> n.setAll(term(k.field(), k.value()));
            case RecordQuery.AllWords w -> {
                // the field's search analyzer (folded, synonyms) and Lucene's QueryBuilder underneath, as locally
                ObjectNode match = n.putObject("match").putObject(w.field());
                match.put("query", w.text());
                match.put("operator", "and");
                match.put("auto_generate_synonyms_phrase_query", true);
            }
            case RecordQuery.DoubleRange r -> {
                ObjectNode range = n.putObject("range").putObject(r.field());
                if (r.min() != Double.NEGATIVE_INFINITY) range.put("gte", r.min());
                if (r.max() != Double.POSITIVE_INFINITY) range.put("lte", r.max());
            }
            case RecordQuery.IntRange r -> {
                ObjectNode range = n.putObject("range").putObject(r.field());
                if (r.min() != Integer.MIN_VALUE) range.put("gte", r.min());
                if (r.max() != Integer.MAX_VALUE) range.put("lte", r.max());
            }
        }
        return n;
    }

    static ObjectNode term(String field, String value) {
        ObjectNode n = OpenSearchHttp.JSON.createObjectNode();
        n.putObject("term").put(field, value);
        return n;
    }

    /**
     * A parsed query as DSL that OpenSearch turns back into the same Lucene query, so it scores the same: terms,
     * boolean combinations, boosts, phrases, and the span queries a multi-word synonym makes inside a phrase.
     *
     * @throws IllegalArgumentException for a kind of query it has no such form for (wildcards, fuzzy words...)
     */
    static ObjectNode terms(Query q) {
        ObjectNode n = OpenSearchHttp.JSON.createObjectNode();
        switch (q) {
            case TermQuery t ->
                n.putObject("term")
                        .putObject(t.getTerm().field())
                        .put("value", t.getTerm().text());
            case PhraseQuery p -> {
                int[] positions = p.getPositions();
                for (int i = 0; i < positions.length; i++) {
                    if (positions[i] != i) throw new IllegalArgumentException("phrase with gaps");
                }
                StringBuilder words = new StringBuilder();
                for (Term t : p.getTerms()) {
                    if (t.text().chars().anyMatch(Character::isWhitespace)) {
                        throw new IllegalArgumentException("term with a space");
                    }
                    words.append(words.isEmpty() ? "" : " ").append(t.text());
                }
                // the words are analysed already: split at spaces only, they are the phrase's terms again
                ObjectNode phrase = n.putObject("match_phrase").putObject(p.getField());
                phrase.put("query", words.toString());
                phrase.put("analyzer", "whitespace");
                phrase.put("slop", p.getSlop());
            }
            case SpanQuery span -> n.setAll(span(span));
            case BoostQuery b -> {
                ObjectNode bool = n.putObject("bool");
                bool.putArray("must").add(terms(b.getQuery()));
                bool.put("boost", b.getBoost());
            }
            case BooleanQuery b -> {
                ObjectNode bool = n.putObject("bool");
                for (BooleanClause c : b.clauses()) {
                    String occur = switch (c.occur()) {
                        case MUST -> "must";
                        case SHOULD -> "should";
                        case FILTER -> "filter";
                        case MUST_NOT -> "must_not";
                    };
                    (bool.has(occur) ? (ArrayNode) bool.get(occur) : bool.putArray(occur)).add(terms(c.query()));
                }
                if (b.getMinimumNumberShouldMatch() > 0) {
                    bool.put("minimum_should_match", b.getMinimumNumberShouldMatch());
                }
            }
            case SynonymQuery s -> {
                // words at one position: any of them (OpenSearch has no query taking a synonym set as terms)
                ArrayNode should = n.putObject("bool").putArray("should");
                for (Term t : s.getTerms()) should.add(terms(new TermQuery(t)));
            }
            default ->
                throw new IllegalArgumentException(
                        "no OpenSearch form for " + q.getClass().getSimpleName());
        }
        return n;
    }

    private static ObjectNode span(SpanQuery q) {
        ObjectNode n = OpenSearchHttp.JSON.createObjectNode();
        switch (q) {
            case SpanTermQuery t ->
                n.putObject("span_term")
                        .putObject(t.getTerm().field())
                        .put("value", t.getTerm().text());
            case SpanNearQuery near -> {
                ObjectNode s = n.putObject("span_near");
                ArrayNode clauses = s.putArray("clauses");
                for (SpanQuery c : near.getClauses()) clauses.add(span(c));
                s.put("slop", near.getSlop());
                s.put("in_order", near.isInOrder());
            }
            case SpanOrQuery or -> {
                ArrayNode clauses = n.putObject("span_or").putArray("clauses");
                for (SpanQuery c : or.getClauses()) clauses.add(span(c));
            }
            default ->
                throw new IllegalArgumentException(
                        "no OpenSearch form for " + q.getClass().getSimpleName());
        }
        return n;
    }
}
