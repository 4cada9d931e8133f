package org.planlens.query;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.index.IndexLocation;

/** The large-answers contract on the local Lucene index. */
class LocalLargeAnswersTest extends LargeAnswersContract {
    @TempDir
    static Path dir;

    @Override
    IndexLocation emptyIndex() {
        return IndexLocation.local(dir);
    }
}
