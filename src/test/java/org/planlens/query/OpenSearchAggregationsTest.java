package org.planlens.query;

import java.io.IOException;
import org.planlens.index.IndexLocation;

/** The aggregations contract on an index in a real OpenSearch node. */
class OpenSearchAggregationsTest extends AggregationsContract {
    @Override
    IndexLocation emptyIndex() throws IOException {
        return OpenSearchIndexes.empty("aggregations-test");
    }
}
