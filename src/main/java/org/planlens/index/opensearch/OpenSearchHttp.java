package org.planlens.index.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.planlens.index.IndexUnavailableException;

/**
 * JSON over HTTP to one OpenSearch node (the JDK's client: no client library, whose dependencies would weigh more
 * than the few calls planlens makes). Thread-safe.
 */
final class OpenSearchHttp {
    static final ObjectMapper JSON = JsonMapper.builder().build();

    /** A reply: its HTTP status and JSON body. */
    record Reply(int status, JsonNode body) {
        boolean ok() {
            return status / 100 == 2;
        }
    }

    private final URI base;
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    OpenSearchHttp(URI base) {
        this.base = base;
    }

    URI base() {
        return base;
    }

    /** Sends {@code body} (JSON, NDJSON for {@code _bulk}, or null); returns the reply, whatever its status. */
    Reply send(String method, String path, String body) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(5));
        if (body != null) {
            b.header("Content-Type", path.contains("_bulk") ? "application/x-ndjson" : "application/json");
        }
        b.method(
                method,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        HttpResponse<byte[]> r;
        try {
            r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (ConnectException e) {
            throw new IndexUnavailableException("cannot reach OpenSearch at " + base + " (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for OpenSearch", e);
        }
        byte[] bytes = r.body();
        JsonNode json = bytes.length == 0 ? JSON.createObjectNode() : JSON.readTree(bytes);
        return new Reply(r.statusCode(), json);
    }

    /**
     * As {@link #send}, but a reply other than 2xx is an IOException naming OpenSearch's reason, and a missing index
     * an {@link IndexUnavailableException}.
     */
    JsonNode call(String method, String path, Object body) throws IOException {
        Reply r =
                send(method, path, body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body));
        if (r.status() == 404 && r.body().path("error").path("type").asText("").equals("index_not_found_exception")) {
            // deleted under a running reader (or never made): no index to answer from, as when none was found
            throw new IndexUnavailableException("OpenSearch at " + base + " has no such index (" + reason(r.body())
                    + "); run `planlens ingest --index-url ...` to make it again");
        }
        if (!r.ok()) {
            throw new IOException(
                    "OpenSearch " + method + " " + path + " answered " + r.status() + ": " + reason(r.body()));
        }
        return r.body();
    }

    static String reason(JsonNode body) {
        JsonNode error = body.path("error");
        JsonNode root = error.path("root_cause").path(0);
        String type = root.path("type").asText(error.path("type").asText(""));
        String reason = root.path("reason").asText(error.path("reason").asText(body.toString()));
        return type.isEmpty() ? reason : type + ": " + reason;
    }
}
