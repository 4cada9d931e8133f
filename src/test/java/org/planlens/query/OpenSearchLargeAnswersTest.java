package org.planlens.query;

import java.io.IOException;
import org.planlens.index.IndexLocation;

/** The large-answers contract on an index in a real OpenSearch node. */
class OpenSearchLargeAnswersTest extends LargeAnswersContract {
    @Override
    IndexLocation emptyIndex() throws IOException {
        return OpenSearchIndexes.empty("large-answers-test");
    }
}
