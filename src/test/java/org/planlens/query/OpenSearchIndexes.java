package org.planlens.query;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.planlens.index.IndexLocation;
import org.planlens.support.OpenSearchNodes;

/** Indexes in the shared test node for the query contracts, each emptied first. */
final class OpenSearchIndexes {
    private OpenSearchIndexes() {}

    /** The index {@code name} in the shared node, deleted first so the contract writes it afresh. */
    static IndexLocation empty(String name) throws IOException {
        String url = OpenSearchNodes.shared().url() + "/" + name;
        try {
            HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(url)).DELETE().build(),
                            HttpResponse.BodyHandlers.discarding());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return IndexLocation.of(null, url);
    }
}
