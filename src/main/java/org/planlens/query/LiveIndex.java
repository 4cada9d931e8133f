package org.planlens.query;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.planlens.index.IndexLocation;
import org.planlens.index.LiveRecordIndex;
import org.planlens.index.RecordIndex;
import org.planlens.rules.ModelData;

/**
 * The index of a long-running reader (the web server) while ingests go on writing it, whatever holds it: every
 * question is answered on the index as it is now (the local index's latest commit, looked for at most every
 * quarter second; an OpenSearch index as the cluster holds it, refreshed by every ingest chunk). A view in use is
 * never closed under its question. Before the index exists every question ends in
 * {@link org.planlens.index.IndexUnavailableException}, and the first one after the ingest made it opens it.
 */
public final class LiveIndex implements Closeable {
    /** A question to one view of the index. */
    public interface Question<T> {
        T ask(RecordIndex index) throws IOException;
    }

    private final IndexLocation location;
    private final LiveRecordIndex live;

    /** The local index in {@code dir}. */
    public LiveIndex(Path dir, ModelData models) {
        this(IndexLocation.local(dir), models);
    }

    /**
     * The index in {@code dir}, unless {@code url} (else {@code PLANLENS_INDEX_URL}) names an OpenSearch index;
     * {@code dir} still locates the export's plans folder beside it.
     */
    public LiveIndex(Path dir, String url, ModelData models) {
        this(IndexLocation.of(dir, url), models);
    }

    private LiveIndex(IndexLocation location, ModelData models) {
        this.location = location;
        this.live = location.openLive(models);
    }

    /** The index folder (for an OpenSearch index: the folder whose sibling {@code plans/} holds the texts). */
    public Path dir() {
        return location.dir();
    }

    /** Where the index is: its folder, or the OpenSearch index's URL. */
    public String where() {
        return location.toString();
    }

    /** True when the index is in an OpenSearch cluster. */
    public boolean remote() {
        return location.remote();
    }

    /** The export's plans folder: each plan's text, beside the index folder. */
    public Path plansFolder() {
        return PlanQueries.plansFolder(location.dir());
    }

    /**
     * Answers {@code question} on the index as it is now.
     *
     * @throws org.planlens.index.IndexUnavailableException when there is no index (yet), or it holds no plan
     */
    public <T> T ask(Question<T> question) throws IOException {
        return live.ask(question::ask);
    }

    @Override
    public void close() throws IOException {
        live.close();
    }
}
