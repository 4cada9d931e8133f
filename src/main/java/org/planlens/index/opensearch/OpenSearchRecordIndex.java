package org.planlens.index.opensearch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.planlens.index.FacetTally;
import org.planlens.index.IndexFields;
import org.planlens.index.IndexedRecord;
import org.planlens.index.RankedRecord;
import org.planlens.index.RecordGroups;
import org.planlens.index.RecordIndex;
import org.planlens.index.RecordKind;
import org.planlens.index.RecordPage;
import org.planlens.index.RecordQuery;
import org.planlens.index.RowInfo;
import org.planlens.index.SearchSynonyms;
import org.planlens.index.TextQueries;
import org.planlens.index.VietnameseAnalyzer;
import org.planlens.index.WordsAsSpelled;
import org.planlens.rules.ModelData;

/**
 * Queries an OpenSearch index as the local index is queried, with the same rows. Filters are filter clauses of a
 * bool query; listings come sorted by the row-order key, a page at a time ({@code search_after}). A search's text
 * is parsed here, with the local analyzer and synonyms (the same syntax errors as locally), and sent as the DSL of
 * the same Lucene query ({@link QueryJson#terms}), so on one shard OpenSearch scores what the local index scores.
 * Several shards are asked for their term statistics first ({@code dfs_query_then_fetch}) so they rank as one index;
 * scores then come close to the local ones, not equal. Snippets are cut here, by Lucene's highlighter over the hit's
 * text with the same query and formatter as locally. A part's plan columns come from its plan's record, fetched when
 * first needed and kept.
 */
final class OpenSearchRecordIndex implements RecordIndex {
    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final int PAGE = 10_000;
    /** More buckets than any dimension has values: every count comes back, exact. */
    private static final int ALL_BUCKETS = 1_000_000;

    private final OpenSearchIndex index;
    private final Analyzer analyzer;
    private final UnifiedHighlighter highlighter;
    private final Map<String, RowInfo> plans = new ConcurrentHashMap<>();
    /** False for a {@link #fresh()} view: the analyzer is the first view's, closed with it. */
    private final boolean ownsAnalyzer;

    OpenSearchRecordIndex(OpenSearchIndex index, ModelData models) {
        this(
                index,
                VietnameseAnalyzer.forQueries(SearchSynonyms.load(models)),
                UnifiedHighlighter.builderWithoutSearcher(VietnameseAnalyzer.perField())
                        .withFormatter(new DefaultPassageFormatter("«", "»", " … ", false))
                        .withMaxLength(200_000)
                        .build(),
                true);
    }

    private OpenSearchRecordIndex(
            OpenSearchIndex index, Analyzer analyzer, UnifiedHighlighter highlighter, boolean ownsAnalyzer) {
        this.index = index;
        this.analyzer = analyzer;
        this.highlighter = highlighter;
        this.ownsAnalyzer = ownsAnalyzer;
    }

    /** A view of the same index sharing this one's analysis, with no plan columns kept yet (they may have changed). */
    OpenSearchRecordIndex fresh() {
        return new OpenSearchRecordIndex(index, analyzer, highlighter, false);
    }

    @Override
    public List<IndexedRecord> find(RecordQuery query) throws IOException {
        List<JsonNode> hits = new ArrayList<>();
        scan(query, List.of(IndexFields.ROW, IndexFields.ROW_RECORD), hits::add);
        return records(hits);
    }

    /** Every hit of {@code query} in row order, with the {@code source} fields, pages of {@link #PAGE} at a time. */
    private void scan(RecordQuery query, List<String> source, Consumer<JsonNode> each) throws IOException {
        checkWords(query);
        JsonNode after = null;
        while (true) {
            ObjectNode req = OpenSearchHttp.JSON.createObjectNode();
            req.put("size", PAGE);
            req.put("track_total_hits", false);
            req.set("query", QueryJson.filtered(query));
            ArrayNode fields = req.putArray("_source");
            source.forEach(fields::add);
            req.putArray("sort").addObject().put(IndexFields.ORDER, "asc");
            if (after != null) req.set("search_after", after);
            JsonNode page = search(req, false);
            page.forEach(each);
            if (page.size() < PAGE) break;
            after = page.get(page.size() - 1).path("sort");
        }
    }

    @Override
    public RecordPage<List<IndexedRecord>> byPlan(RecordQuery query, int offset, int limit) throws IOException {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("a page starts at 0 or later and holds at least one row");
        }
        Map<String, List<JsonNode>> byPlan = new LinkedHashMap<>();
        scan(
                query,
                List.of(IndexFields.ROW, IndexFields.ROW_RECORD),
                hit -> byPlan.computeIfAbsent(
                                hit.path("_source")
                                        .path(IndexFields.ROW)
                                        .path("planId")
                                        .asText(),
                                k -> new ArrayList<>())
                        .add(hit));
        List<List<JsonNode>> all = new ArrayList<>(byPlan.values());
        int from = Math.min(offset, all.size());
        List<List<IndexedRecord>> page = new ArrayList<>();
        for (List<JsonNode> hits : all.subList(from, (int) Math.min(all.size(), (long) from + limit))) {
            page.add(records(hits));
        }
        return new RecordPage<>(page, all.size());
    }

    @Override
    public RecordGroups group(RecordQuery query, List<String> keyFields, Function<byte[], String> keyOfRecord)
            throws IOException {
        List<String> source = new ArrayList<>(List.of(IndexFields.ROW, IndexFields.ROW_RECORD));
        source.addAll(keyFields);
        Map<String, List<JsonNode>> byKey = new LinkedHashMap<>();
        scan(
                query,
                source,
                hit -> byKey.computeIfAbsent(key(hit, keyFields, keyOfRecord), k -> new ArrayList<>())
                        .add(hit));
        List<RecordGroups.Group> groups = new ArrayList<>();
        for (var e : byKey.entrySet()) {
            List<IndexedRecord> records = records(e.getValue());
            if (records.isEmpty()) continue;
            Map<String, RecordGroups.PlanFile> planRows = new LinkedHashMap<>();
            long mentions = 0;
            for (IndexedRecord r : records) {
                planRows.putIfAbsent(
                        r.plan().planId(),
                        new RecordGroups.PlanFile(r.plan().planId(), r.plan().file()));
                if (r.info().mentions() != null) mentions += r.info().mentions();
            }
            groups.add(new RecordGroups.Group(
                    e.getKey(), records.getFirst(), records.size(), mentions, List.copyOf(planRows.values())));
        }
        return new RecordGroups(groups);
    }

    /** The value of the first of {@code keyFields} the hit holds, else {@code keyOfRecord} of its record. */
    private static String key(JsonNode hit, List<String> keyFields, Function<byte[], String> keyOfRecord) {
        for (String field : keyFields) {
            JsonNode value = hit.path("_source").path(field).path(0);
            if (value.isTextual()) return value.asText();
        }
        try {
            return keyOfRecord.apply(
                    OpenSearchHttp.JSON.writeValueAsBytes(hit.path("_source").path(IndexFields.ROW_RECORD)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public RecordPage<IndexedRecord> find(RecordQuery query, int offset, int limit) throws IOException {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("a page starts at 0 or later and holds at least one row");
        }
        checkWords(query);
        List<JsonNode> hits = new ArrayList<>();
        JsonNode after = null;
        long total = -1;
        boolean exact = true;
        // from/size within the first PAGE records; past them, pages of PAGE walked with search_after up to the page
        boolean direct = offset + limit <= PAGE;
        int skip = offset;
        while (true) {
            ObjectNode req = OpenSearchHttp.JSON.createObjectNode();
            if (direct) {
                req.put("from", offset);
                req.put("size", limit);
            } else {
                req.put("size", PAGE);
            }
            if (total < 0) {
                req.put("track_total_hits", EXACT_TOTAL_UP_TO);
            } else {
                req.put("track_total_hits", false);
            }
            req.set("query", QueryJson.filtered(query));
            req.putArray("_source").add(IndexFields.ROW).add(IndexFields.ROW_RECORD);
            req.putArray("sort").addObject().put(IndexFields.ORDER, "asc");
            if (after != null) req.set("search_after", after);
            JsonNode reply =
                    index.http().call("POST", index.name() + "/_search", req).path("hits");
            if (total < 0) {
                total = reply.path("total").path("value").asLong();
                exact = isExact(reply);
            }
            JsonNode page = reply.path("hits");
            if (direct) {
                page.forEach(hits::add);
                break;
            }
            for (JsonNode hit : page) {
                if (skip > 0) {
                    skip--;
                } else if (hits.size() < limit) {
                    hits.add(hit);
                }
            }
            if (page.size() < PAGE || hits.size() >= limit) break;
            after = page.get(page.size() - 1).path("sort");
        }
        return new RecordPage<>(records(hits), total, exact);
    }

    @Override
    public RecordPage<RankedRecord> search(String text, RecordQuery filter, int offset, int limit, boolean countAll)
            throws IOException {
        return ranked(text, filter, offset, limit, countAll, false).page();
    }

    @Override
    public RankedPage searchWithFacets(String text, RecordQuery filter, int offset, int limit) throws IOException {
        return ranked(text, filter, offset, limit, true, true);
    }

    /** One search request: the page of hits, and the counts of all hits when {@code withFacets} (else none). */
    private RankedPage ranked(
            String text, RecordQuery filter, int offset, int limit, boolean countAll, boolean withFacets)
            throws IOException {
        if (limit < 1) throw new IllegalArgumentException("--limit must be at least 1");
        if (offset < 0) throw new IllegalArgumentException("offset must be 0 or more");
        Query folded = TextQueries.parse(analyzer, IndexFields.TEXT, text);
        ObjectNode query = textQuery(folded, text, filter);
        ObjectNode req = OpenSearchHttp.JSON.createObjectNode();
        req.put("from", offset);
        req.put("size", limit);
        // a page's total counted up to the threshold; with the counts of every hit, all of them
        if (withFacets) {
            req.put("track_total_hits", true);
        } else if (countAll) {
            req.put("track_total_hits", EXACT_TOTAL_UP_TO);
        } else {
            req.put("track_total_hits", false);
        }
        req.put("track_scores", true);
        req.set("query", query);
        req.putArray("_source").add(IndexFields.ROW).add(IndexFields.ROW_RECORD).add(IndexFields.TEXT);
        ArrayNode sort = req.putArray("sort");
        sort.addObject().put("_score", "desc");
        sort.addObject().put(IndexFields.ORDER, "asc");
        if (withFacets) aggregations(req);
        String path = index.name() + "/_search?search_type=dfs_query_then_fetch";
        JsonNode whole = index.http().call("POST", path, req);
        JsonNode reply = whole.path("hits");
        JsonNode hits = reply.path("hits");
        List<IndexedRecord> rows = records(hits);
        List<RankedRecord> out = new ArrayList<>(rows.size());
        int r = 0;
        for (JsonNode hit : hits) {
            if (r >= rows.size() || !hasPlan(hit)) continue;
            JsonNode t = hit.path("_source").path(IndexFields.TEXT);
            String content = t.isArray() ? t.path(0).asText() : t.asText();
            Object snippet = highlighter.highlightWithoutSearcher(IndexFields.TEXT, folded, content, 1);
            out.add(new RankedRecord(
                    (float) hit.path("_score").asDouble(), rows.get(r++), snippet == null ? null : snippet.toString()));
        }
        return new RankedPage(
                new RecordPage<>(
                        out, countAll ? reply.path("total").path("value").asLong() : -1, isExact(reply)),
                withFacets ? tallies(whole.path("aggregations")) : List.of());
    }

    /** The folded text must match; the words as spelled add to the score; the filter's conditions filter. */
    private ObjectNode textQuery(Query folded, String text, RecordQuery filter) {
        Query exact = WordsAsSpelled.of(TextQueries.parse(analyzer, IndexFields.TEXT_EXACT, text));
        checkWords(filter);
        ObjectNode query = QueryJson.filtered(filter);
        ObjectNode bool = (ObjectNode) query.get("bool");
        bool.putArray("must").add(folded(folded, text));
        ObjectNode boosted = bool.putArray("should").addObject().putObject("bool");
        boosted.putArray("must").add(QueryJson.terms(exact));
        boosted.put("boost", TextQueries.EXACT_BOOST);
        return query;
    }

    /** Whether a reply's total is exact ({@code eq}), not a lower bound ({@code gte}). */
    private static boolean isExact(JsonNode hits) {
        return !"gte".equals(hits.path("total").path("relation").asText());
    }

    /**
     * The folded part of a search: the query parsed here, as DSL of the same Lucene query; for a kind of query that
     * has no DSL of its own (wildcards, fuzzy words), the text itself as {@code query_string}, which OpenSearch parses
     * with the same classic parser over the field's search analyzer.
     */
    private static ObjectNode folded(Query parsed, String text) {
        try {
            return QueryJson.terms(parsed);
        } catch (IllegalArgumentException noForm) {
            ObjectNode n = OpenSearchHttp.JSON.createObjectNode();
            ObjectNode qs = n.putObject("query_string");
            qs.put("query", TextQueries.escapeSlashes(text));
            qs.put("default_field", IndexFields.TEXT);
            qs.put("default_operator", "and");
            qs.put("auto_generate_synonyms_phrase_query", true);
            return n;
        }
    }

    @Override
    public List<FacetTally> facets(String text, RecordQuery filter) throws IOException {
        checkWords(filter);
        ObjectNode req = OpenSearchHttp.JSON.createObjectNode();
        req.put("size", 0);
        req.put("track_total_hits", false);
        req.set(
                "query",
                text == null
                        ? QueryJson.filtered(filter)
                        : textQuery(TextQueries.parse(analyzer, IndexFields.TEXT, text), text, filter));
        aggregations(req);
        return tallies(index.http().call("POST", index.name() + "/_search", req).path("aggregations"));
    }

    /** The facet dimensions counted, and the document type (no facet: its keyword field is counted). */
    private static final List<String> DIMENSIONS = List.of(
            IndexFields.FACET_PLACE,
            IndexFields.FACET_LEVEL,
            IndexFields.FACET_YEAR,
            IndexFields.FACET_PILLAR,
            IndexFields.FACET_KIND,
            IndexFields.DOCUMENT_TYPE);

    /** Asks {@code req} for the counts of every dimension over all its hits. */
    private static void aggregations(ObjectNode req) {
        ObjectNode aggs = req.putObject("aggs");
        for (String dim : DIMENSIONS) {
            ObjectNode terms = aggs.putObject(dim).putObject("terms");
            terms.put("field", IndexFields.DOCUMENT_TYPE.equals(dim) ? dim : RecordJson.facetField(dim));
            terms.put("size", ALL_BUCKETS);
        }
    }

    /** The counts of a reply's {@code aggregations}. */
    private static List<FacetTally> tallies(JsonNode aggregations) {
        List<FacetTally> out = new ArrayList<>();
        for (String dim : DIMENSIONS) {
            for (JsonNode bucket : aggregations.path(dim).path("buckets")) {
                List<String> path = IndexFields.FACET_PLACE.equals(dim)
                        ? List.of(bucket.path("key").asText().split(String.valueOf(RecordJson.PATH_SEPARATOR)))
                        : List.of(bucket.path("key").asText());
                out.add(new FacetTally(dim, path, bucket.path("doc_count").asInt()));
            }
        }
        return out;
    }

    @Override
    public long records() throws IOException {
        return index.http()
                .call("GET", index.name() + "/_count", null)
                .path("count")
                .asLong();
    }

    private JsonNode search(ObjectNode req, boolean globalScores) throws IOException {
        String path = index.name() + "/_search" + (globalScores ? "?search_type=dfs_query_then_fetch" : "");
        return index.http().call("POST", path, req).path("hits").path("hits");
    }

    /** The words conditions' usage error, raised here as the local index raises it. */
    private void checkWords(RecordQuery query) {
        for (RecordQuery.Condition c : query.conditions()) {
            if (c instanceof RecordQuery.AllWords w) TextQueries.requireWords(analyzer, w);
        }
    }

    /** The hits as records, in hit order; a part whose plan has no plan record (being rewritten) is left out. */
    private List<IndexedRecord> records(JsonNode hits) throws IOException {
        List<JsonNode> list = new ArrayList<>();
        hits.forEach(list::add);
        return records(list);
    }

    private List<IndexedRecord> records(List<JsonNode> hits) throws IOException {
        List<RowInfo> own = new ArrayList<>(hits.size());
        Set<String> missing = new LinkedHashSet<>();
        for (JsonNode hit : hits) {
            RowInfo info = LENIENT.treeToValue(hit.path("_source").path(IndexFields.ROW), RowInfo.class);
            own.add(info);
            if (RecordKind.PLAN.code().equals(info.kind())) {
                plans.putIfAbsent(info.planId(), info);
            } else if (!plans.containsKey(info.planId())) {
                missing.add(info.planId());
            }
        }
        fetchPlans(missing);
        List<IndexedRecord> out = new ArrayList<>(hits.size());
        for (int i = 0; i < hits.size(); i++) {
            RowInfo info = own.get(i);
            RowInfo plan = RecordKind.PLAN.code().equals(info.kind()) ? info : plans.get(info.planId());
            if (plan == null) continue;
            byte[] record = OpenSearchHttp.JSON.writeValueAsBytes(
                    hits.get(i).path("_source").path(IndexFields.ROW_RECORD));
            out.add(new IndexedRecord(plan, info, record));
        }
        return out;
    }

    private boolean hasPlan(JsonNode hit) {
        JsonNode row = hit.path("_source").path(IndexFields.ROW);
        return RecordKind.PLAN.code().equals(row.path("kind").asText())
                || plans.containsKey(row.path("planId").asText());
    }

    /** The plan records of {@code planIds}, by id and routing, into the cache. */
    private void fetchPlans(Set<String> planIds) throws IOException {
        if (planIds.isEmpty()) return;
        List<String> ids = new ArrayList<>(planIds);
        for (int from = 0; from < ids.size(); from += PAGE) {
            ObjectNode req = OpenSearchHttp.JSON.createObjectNode();
            ArrayNode docs = req.putArray("docs");
            for (String planId : ids.subList(from, Math.min(ids.size(), from + PAGE))) {
                ObjectNode d = docs.addObject();
                d.put("_id", OpenSearchPlanIndex.id(planId, 0));
                d.put("routing", planId);
                d.putArray("_source").add(IndexFields.ROW);
            }
            for (JsonNode d :
                    index.http().call("POST", index.name() + "/_mget", req).path("docs")) {
                if (d.path("found").asBoolean(false)) {
                    RowInfo info = LENIENT.treeToValue(d.path("_source").path(IndexFields.ROW), RowInfo.class);
                    plans.put(info.planId(), info);
                }
            }
        }
    }

    @Override
    public void close() {
        if (ownsAnalyzer) analyzer.close();
    }
}
