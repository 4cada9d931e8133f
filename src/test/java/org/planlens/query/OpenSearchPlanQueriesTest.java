package org.planlens.query;

import java.io.IOException;
import org.planlens.index.IndexLocation;

/** The query contract on an index in a real OpenSearch node. */
class OpenSearchPlanQueriesTest extends PlanQueriesContract {
    @Override
    IndexLocation emptyIndex() throws IOException {
        return OpenSearchIndexes.empty("plan-queries-test");
    }
}
