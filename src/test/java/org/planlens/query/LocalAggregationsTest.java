package org.planlens.query;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.index.IndexLocation;

/** The aggregations contract on the local Lucene index. */
class LocalAggregationsTest extends AggregationsContract {
    @TempDir
    static Path dir;

    @Override
    IndexLocation emptyIndex() {
        return IndexLocation.local(dir);
    }
}
