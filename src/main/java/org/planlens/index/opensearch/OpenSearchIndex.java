package org.planlens.index.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.planlens.index.IndexUnavailableException;
import org.planlens.index.LiveRecordIndex;
import org.planlens.index.PlanIndex;
import org.planlens.index.RecordIndex;
import org.planlens.rules.ModelData;

/**
 * An index in an OpenSearch cluster, named by a URL: {@code http://host:9200} for the index {@code planlens},
 * {@code http://host:9200/NAME} for another; {@code ?shards=N} sets the primary shards when the index is made.
 */
public final class OpenSearchIndex {
    static final String DEFAULT_NAME = "planlens";

    private final OpenSearchHttp http;
    private final String name;
    private final int shards;

    private OpenSearchIndex(OpenSearchHttp http, String name, int shards) {
        this.http = http;
        this.name = name;
        this.shards = shards;
    }

    public static OpenSearchIndex at(URI url) {
        String path = url.getPath() == null ? "" : url.getPath().replaceAll("^/+|/+$", "");
        String name = path.isEmpty() ? DEFAULT_NAME : path;
        if (name.contains("/") || !name.equals(name.toLowerCase(Locale.ROOT)) || name.startsWith("_")) {
            throw new IllegalArgumentException("--index-url: '" + name + "' is not an OpenSearch index name "
                    + "(lower case, no '/', not starting with '_')");
        }
        int shards = 1;
        if (url.getQuery() != null) {
            for (String pair : url.getQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                if (kv[0].equals("shards") && kv.length == 2) {
                    shards = Integer.parseInt(URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
                } else {
                    throw new IllegalArgumentException("--index-url: unknown parameter '" + pair + "' (known: shards)");
                }
            }
        }
        URI base = URI.create(url.getScheme() + "://" + url.getRawAuthority() + "/");
        return new OpenSearchIndex(new OpenSearchHttp(base), name, shards);
    }

    String name() {
        return name;
    }

    OpenSearchHttp http() {
        return http;
    }

    /** The index to write plans into; made (settings, analysis, mapping) when missing. */
    public PlanIndex openWriter(ModelData models) throws IOException {
        ensureExists(models);
        return new OpenSearchPlanIndex(this);
    }

    /**
     * The index to query.
     *
     * @throws IndexUnavailableException when the cluster has no such index, or it holds no plan
     */
    public RecordIndex openReader(ModelData models) throws IOException {
        OpenSearchHttp.Reply exists = http.send("HEAD", name, null);
        if (exists.status() == 404) {
            throw new IndexUnavailableException(
                    "no index '" + name + "' at " + http.base() + "; run `planlens ingest --index-url ...` first");
        }
        OpenSearchRecordIndex index = new OpenSearchRecordIndex(this, models);
        if (index.records() == 0) {
            throw new IndexUnavailableException(
                    "the index '" + name + "' at " + http.base() + " is empty: no plan ingested yet");
        }
        return index;
    }

    /**
     * The index followed for a long-running reader: each question reads the cluster's index as it is now (every
     * ingest chunk is refreshed with its request), with plan columns read afresh for that question.
     */
    public LiveRecordIndex openLive(ModelData models) {
        return new LiveRecordIndex() {
            private OpenSearchRecordIndex opened;

            @Override
            public <T> T ask(Question<T> question) throws IOException {
                return question.ask(current().fresh());
            }

            private synchronized OpenSearchRecordIndex current() throws IOException {
                if (opened == null) opened = (OpenSearchRecordIndex) openReader(models);
                return opened;
            }

            @Override
            public synchronized void close() {
                if (opened != null) opened.close();
                opened = null;
            }
        };
    }

    /**
     * Makes the index when missing; when its synonyms differ from {@code models}' (the file changed), updates its
     * analysis (closed for the moment it takes, as OpenSearch requires).
     */
    private void ensureExists(ModelData models) throws IOException {
        OpenSearchHttp.Reply made =
                http.send("PUT", name, OpenSearchHttp.JSON.writeValueAsString(IndexSchema.create(models, shards)));
        if (made.ok()) {
            waitForShards();
            return;
        }
        if (!made.body().path("error").path("type").asText().equals("resource_already_exists_exception")) {
            throw new IOException(
                    "cannot make the OpenSearch index '" + name + "': " + OpenSearchHttp.reason(made.body()));
        }
        http.call("PUT", name + "/_mapping", OpenSearchHttp.JSON.writeValueAsString(IndexSchema.properties()));
        JsonNode settings = http.call("GET", name + "/_settings", null)
                .path(name)
                .path("settings")
                .path("index");
        JsonNode want = IndexSchema.analysis(models);
        if (!sameSynonyms(settings.path("analysis"), want)) {
            http.call("POST", name + "/_close?wait_for_active_shards=index-setting", null);
            try {
                http.call(
                        "PUT",
                        name + "/_settings",
                        OpenSearchHttp.JSON.createObjectNode().set("analysis", want));
            } finally {
                http.call("POST", name + "/_open", null);
            }
        }
        waitForShards();
    }

    private static boolean sameSynonyms(JsonNode have, JsonNode want) {
        for (String filter : new String[] {"planlens_synonyms_folded", "planlens_synonyms_exact"}) {
            if (!have.path("filter")
                    .path(filter)
                    .path("synonyms")
                    .equals(want.path("filter").path(filter).path("synonyms"))) {
                return false;
            }
        }
        return true;
    }

    /** Until the primary shards can take writes. */
    private void waitForShards() throws IOException {
        http.call("GET", "_cluster/health/" + name + "?wait_for_status=yellow&timeout=60s", null);
    }
}
