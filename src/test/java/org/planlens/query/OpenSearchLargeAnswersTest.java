package org.planlens.query;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.planlens.index.IndexLocation;
import org.planlens.support.OpenSearchNodes;

/** The large-answers contract on an index in a real OpenSearch node. */
class OpenSearchLargeAnswersTest extends LargeAnswersContract {
    @Override
    IndexLocation emptyIndex() throws IOException {
        String url = OpenSearchNodes.shared().url() + "/large-answers-test";
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
