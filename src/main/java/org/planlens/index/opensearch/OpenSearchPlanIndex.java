package org.planlens.index.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.planlens.index.IndexFields;
import org.planlens.index.PlanDocuments;
import org.planlens.index.PlanIndex;
import org.planlens.index.RecordKind;
import org.planlens.index.RecordQuery;
import org.planlens.model.Plan;

/**
 * Writes plans into an OpenSearch index, one {@code _bulk} request per commit (the job's chunk). A record's id is
 * its plan id and its place in the plan ({@code plan-…/3}), routed by plan id, so all of a plan's records sit in one
 * shard and a re-ingest overwrites them in place. In the bulk request a plan's operations run in order on that
 * shard: its plan record (the one holding the fingerprint) is deleted first and written last, after its parts and
 * after the deletion of parts an earlier version had beyond the new count. A run killed mid-request leaves the plan
 * without its plan record, so it is not counted as indexed ({@link #fingerprints()}) and the next ingest re-does it;
 * its parts stay out of query rows until then (rows need their plan's record). Thread-safe.
 */
final class OpenSearchPlanIndex implements PlanIndex {
    /** Plan records fetched a page at a time when listing fingerprints. */
    private static final int PAGE = 10_000;

    private final OpenSearchIndex index;
    private final PlanDocuments documents;
    private final List<Pending> pending = new ArrayList<>();

    /** A plan to write, or to delete when {@code docs} is null; kept in call order, so the later of two wins. */
    private record Pending(String planId, List<Document> docs) {}

    OpenSearchPlanIndex(OpenSearchIndex index) {
        this.index = index;
        this.documents = new PlanDocuments();
    }

    @Override
    public Map<String, String> fingerprints() throws IOException {
        Map<String, String> out = new HashMap<>();
        JsonNode after = null;
        while (true) {
            ObjectNode body = QueryJson.filtered(new RecordQuery(RecordKind.PLAN, List.of()));
            ObjectNode req = OpenSearchHttp.JSON.createObjectNode();
            req.put("size", PAGE);
            req.set("query", body);
            req.putArray("_source").add(IndexFields.PLAN_ID).add(IndexFields.FINGERPRINT);
            req.putArray("sort").addObject().put(IndexFields.PLAN_ID, "asc");
            if (after != null) req.set("search_after", after);
            JsonNode hits = index.http()
                    .call("POST", index.name() + "/_search", req)
                    .path("hits")
                    .path("hits");
            for (JsonNode hit : hits) {
                JsonNode src = hit.path("_source");
                out.put(
                        src.path(IndexFields.PLAN_ID).path(0).asText(),
                        src.path(IndexFields.FINGERPRINT).path(0).asText());
            }
            if (hits.size() < PAGE) return out;
            after = hits.get(hits.size() - 1).path("sort");
        }
    }

    @Override
    public void replace(Plan plan, String text, String fingerprint) {
        List<Document> docs = documents.fields(plan, text, fingerprint);
        synchronized (pending) {
            pending.add(new Pending(plan.id(), docs));
        }
    }

    @Override
    public void delete(String planId) {
        synchronized (pending) {
            pending.add(new Pending(planId, null));
        }
    }

    @Override
    public void commit() throws IOException {
        List<Pending> batch;
        synchronized (pending) {
            if (pending.isEmpty()) return;
            batch = new ArrayList<>(pending);
            pending.clear();
        }
        // each plan's record count as the batch goes: from the index, then from the batch's own earlier operations
        Map<String, Integer> before = recordCounts(batch);
        StringBuilder bulk = new StringBuilder();
        for (Pending p : batch) {
            action(bulk, "delete", p.planId(), 0);
            if (p.docs() == null) {
                for (int i = 1; i < before.getOrDefault(p.planId(), 0); i++) {
                    action(bulk, "delete", p.planId(), i);
                }
                before.put(p.planId(), 0);
                continue;
            }
            for (int i = 1; i < p.docs().size(); i++) {
                action(bulk, "index", p.planId(), i);
                bulk.append(OpenSearchHttp.JSON.writeValueAsString(
                                RecordJson.of(p.docs().get(i))))
                        .append('\n');
            }
            for (int i = p.docs().size(); i < before.getOrDefault(p.planId(), 0); i++) {
                action(bulk, "delete", p.planId(), i);
            }
            action(bulk, "index", p.planId(), 0);
            ObjectNode planRecord = RecordJson.of(p.docs().get(0));
            bulk.append(OpenSearchHttp.JSON.writeValueAsString(
                            withCount(planRecord, p.docs().size())))
                    .append('\n');
            before.put(p.planId(), p.docs().size());
        }
        // refreshed with the request, as the local index commits each chunk: a chunk done is a chunk queries see
        JsonNode reply = index.http().call("POST", "_bulk?refresh=true", bulk.toString());
        if (reply.path("errors").asBoolean(false)) {
            for (JsonNode item : reply.path("items")) {
                JsonNode result = item.elements().next();
                if (result.has("error")) {
                    throw new IOException(
                            "OpenSearch refused " + result.path("_id").asText() + ": "
                                    + result.path("error").path("type").asText() + ": "
                                    + result.path("error").path("reason").asText());
                }
            }
        }
    }

    /** How many records the plan has, kept on its plan record: the next version deletes those beyond its own count. */
    private static ObjectNode withCount(ObjectNode planRecord, int records) {
        ((ObjectNode) planRecord.get(IndexFields.ROW)).put(RECORDS, records);
        return planRecord;
    }

    /** Where the plan record keeps its plan's record count (inside the unindexed row values; rows ignore it). */
    static final String RECORDS = "_records";

    /** How many records each plan of the batch has in the index now, from its plan record (0 for a new plan). */
    private Map<String, Integer> recordCounts(List<Pending> batch) throws IOException {
        ObjectNode req = OpenSearchHttp.JSON.createObjectNode();
        ArrayNode docs = req.putArray("docs");
        for (Pending p : batch) {
            ObjectNode d = docs.addObject();
            d.put("_id", id(p.planId(), 0));
            d.put("routing", p.planId());
            d.putArray("_source").add(IndexFields.ROW + "." + RECORDS);
        }
        Map<String, Integer> out = new HashMap<>();
        for (JsonNode d :
                index.http().call("POST", index.name() + "/_mget", req).path("docs")) {
            if (d.path("found").asBoolean(false)) {
                String id = d.path("_id").asText();
                out.put(
                        id.substring(0, id.lastIndexOf('/')),
                        d.path("_source").path(IndexFields.ROW).path(RECORDS).asInt(0));
            }
        }
        return out;
    }

    private void action(StringBuilder bulk, String op, String planId, int ordinal) {
        ObjectNode a = OpenSearchHttp.JSON.createObjectNode();
        ObjectNode meta = a.putObject(op);
        meta.put("_index", index.name());
        meta.put("_id", id(planId, ordinal));
        meta.put("routing", planId);
        bulk.append(a).append('\n');
    }

    static String id(String planId, int ordinal) {
        return planId + "/" + ordinal;
    }

    @Override
    public void close() throws IOException {
        commit();
    }
}
