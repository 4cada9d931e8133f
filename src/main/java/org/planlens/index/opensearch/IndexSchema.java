package org.planlens.index.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.planlens.index.IndexFields;
import org.planlens.index.SearchSynonyms;
import org.planlens.rules.ModelData;

/**
 * The OpenSearch index's settings and mapping: the analysis of the local index with OpenSearch's built-in parts.
 * {@code lowercase} then {@code asciifolding} are Lucene's LowerCaseFilter and ASCIIFoldingFilter, which
 * {@link org.planlens.index.VietnameseAnalyzer} applies in one step with the same terms; the search synonyms are a
 * {@code synonym_graph} filter at query time only, made from the same {@code models/search-synonyms.tsv} rows, each
 * row both ways and keeping the word asked (as {@link SearchSynonyms} builds its map).
 */
final class IndexSchema {
    static final String FOLDED = "planlens_folded";
    static final String EXACT = "planlens_exact";
    static final String FOLDED_SEARCH = "planlens_folded_search";
    static final String EXACT_SEARCH = "planlens_exact_search";

    /** Keyword fields: filters on exact codes and folded keys, and the sort key. */
    private static final List<String> KEYWORDS = List.of(
            IndexFields.KIND,
            IndexFields.PLAN_ID,
            IndexFields.FINGERPRINT,
            IndexFields.ORDER,
            IndexFields.LEVEL,
            IndexFields.COMMUNE_KEY,
            IndexFields.DISTRICT_KEY,
            IndexFields.PROVINCE_KEY,
            IndexFields.DOCUMENT_TYPE,
            IndexFields.PILLAR,
            IndexFields.UNIT_KEY,
            IndexFields.COMPARATOR,
            IndexFields.REF_NUMBER_KEY,
            IndexFields.REF_KEY,
            IndexFields.REF_TYPE,
            IndexFields.REF_RELATION,
            IndexFields.REF_GROUP,
            IndexFields.ROLE);

    private static final List<String> INTEGERS = List.of(
            IndexFields.YEAR,
            IndexFields.PERIOD_FROM,
            IndexFields.PERIOD_TO,
            IndexFields.DEADLINE,
            IndexFields.MENTIONS);
    private static final List<String> FACETS = List.of(
            IndexFields.FACET_PLACE,
            IndexFields.FACET_LEVEL,
            IndexFields.FACET_YEAR,
            IndexFields.FACET_PILLAR,
            IndexFields.FACET_KIND);

    private IndexSchema() {}

    /**
     * The body that makes the index: one primary shard unless asked (search scores use the whole index's
     * statistics either way, see {@link OpenSearchRecordIndex}), a replica on a second node when there is one.
     */
    static ObjectNode create(ModelData models, int shards) {
        ObjectNode body = OpenSearchHttp.JSON.createObjectNode();
        ObjectNode index = body.putObject("settings").putObject("index");
        index.put("number_of_shards", shards);
        index.put("auto_expand_replicas", "0-1");
        // segments in row order, as the local index's: a scan in row order (search_after, no total) ends each page
        // early; an index made before keeps its order (OpenSearch sets this only when it makes an index)
        index.put("sort.field", IndexFields.ORDER);
        index.put("sort.order", "asc");
        index.set("analysis", analysis(models));
        body.set("mappings", mappings());
        return body;
    }

    /** The analysis settings alone, to compare with an existing index's and to update a closed one. */
    static ObjectNode analysis(ModelData models) {
        ObjectNode analysis = OpenSearchHttp.JSON.createObjectNode();
        List<String[]> rows = models.tsv(SearchSynonyms.FILE);
        ObjectNode filters = analysis.putObject("filter");
        synonyms(filters.putObject("planlens_synonyms_folded"), rows);
        synonyms(filters.putObject("planlens_synonyms_exact"), rows);
        ObjectNode analyzers = analysis.putObject("analyzer");
        analyzer(analyzers, FOLDED, "lowercase", "asciifolding");
        analyzer(analyzers, EXACT, "lowercase");
        analyzer(analyzers, FOLDED_SEARCH, "lowercase", "asciifolding", "planlens_synonyms_folded");
        analyzer(analyzers, EXACT_SEARCH, "lowercase", "planlens_synonyms_exact");
        return analysis;
    }

    /**
     * One filter per field kind; the rules are analysed by the filters before them in the chain, as the local map's
     * are by the field's analyzer. {@code a => a, b} keeps the word asked beside its expansion.
     */
    private static void synonyms(ObjectNode filter, List<String[]> rows) {
        filter.put("type", "synonym_graph");
        ArrayNode rules = filter.putArray("synonyms");
        for (String[] row : rows) {
            if (row.length < 2 || row[0].isBlank() || row[1].isBlank()) {
                throw new IllegalStateException("bad row in " + SearchSynonyms.FILE
                        + ": needs abbreviation<TAB>expansion: " + String.join("\\t", row));
            }
            String a = escape(row[0]);
            String b = escape(row[1]);
            rules.add(a + " => " + a + ", " + b);
            rules.add(b + " => " + b + ", " + a);
        }
    }

    /** Solr synonym syntax: a comma inside a phrase ("cán bộ, công chức") is escaped. */
    private static String escape(String phrase) {
        return phrase.strip().replace("\\", "\\\\").replace(",", "\\,").replace("=>", "= >");
    }

    private static void analyzer(ObjectNode analyzers, String name, String... filters) {
        ObjectNode a = analyzers.putObject(name);
        a.put("type", "custom");
        a.put("tokenizer", "standard");
        ArrayNode f = a.putArray("filter");
        for (String filter : filters) f.add(filter);
    }

    /**
     * The fields of the mapping alone: put again on an existing index, they add the fields later builds index (a
     * strict mapping refuses a document with a field it lacks); the fields it has keep their definitions.
     */
    static ObjectNode properties() {
        ObjectNode body = OpenSearchHttp.JSON.createObjectNode();
        body.set("properties", mappings().get("properties"));
        return body;
    }

    private static ObjectNode mappings() {
        ObjectNode m = OpenSearchHttp.JSON.createObjectNode();
        m.put("dynamic", "strict");
        // the accented twin only ranks; its words are in the text already
        m.putObject("_source").putArray("excludes").add(IndexFields.TEXT_EXACT);
        ObjectNode p = m.putObject("properties");
        KEYWORDS.forEach(f -> p.putObject(f).put("type", "keyword"));
        INTEGERS.forEach(f -> p.putObject(f).put("type", "integer"));
        p.putObject(IndexFields.VALUE).put("type", "double");
        FACETS.forEach(f -> p.putObject(RecordJson.facetField(f)).put("type", "keyword"));
        // folded, with positions (phrases) and offsets (snippets): as the local TEXT field
        text(p, IndexFields.TEXT, FOLDED, FOLDED_SEARCH).put("index_options", "offsets");
        // accented, words and counts only: as the local TEXT_EXACT field
        text(p, IndexFields.TEXT_EXACT, EXACT, EXACT_SEARCH).put("index_options", "freqs");
        text(p, IndexFields.INDICATOR, FOLDED, FOLDED_SEARCH);
        text(p, IndexFields.NAME, FOLDED, FOLDED_SEARCH);
        // row values: read back whole, never searched
        p.putObject(IndexFields.ROW).put("type", "object").put("enabled", false);
        p.putObject(IndexFields.ROW_RECORD).put("type", "object").put("enabled", false);
        return m;
    }

    private static ObjectNode text(ObjectNode properties, String field, String analyzer, String searchAnalyzer) {
        ObjectNode f = properties.putObject(field);
        f.put("type", "text");
        f.put("analyzer", analyzer);
        f.put("search_analyzer", searchAnalyzer);
        return f;
    }
}
