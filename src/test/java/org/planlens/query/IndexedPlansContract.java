package org.planlens.query;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.planlens.index.IndexLocation;
import org.planlens.index.PlanIndex;
import org.planlens.index.RecordIndex;
import org.planlens.rules.ModelData;

/**
 * A contract over an index of plans a subclass writes, run on every backend (one subclass each, giving the empty
 * index): the index is written once, then opened for the queries.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class IndexedPlansContract {
    RecordIndex provider;
    PlanQueries queries;

    /** An empty index of the backend under test. */
    abstract IndexLocation emptyIndex() throws IOException;

    /** Writes the contract's plans (the writer is committed after). */
    abstract void write(PlanIndex w) throws IOException;

    @BeforeAll
    void index() throws IOException {
        IndexLocation location = emptyIndex();
        try (PlanIndex w = location.openWriter(ModelData.packaged())) {
            write(w);
            w.commit();
        }
        provider = location.openReader(ModelData.packaged());
        queries = new PlanQueries(provider);
        opened();
    }

    /** What a contract makes over the opened index besides {@link #queries}. */
    void opened() {}

    @AfterAll
    void close() throws IOException {
        if (provider != null) provider.close();
    }
}
