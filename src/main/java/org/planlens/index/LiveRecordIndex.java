package org.planlens.index;

import java.io.Closeable;
import java.io.IOException;

/**
 * The index of a long-running reader (the web server) while ingests go on writing it, whatever holds it: every
 * question is answered on the index as it is now (the local index's latest commit, looked for at most every
 * quarter second; the cluster's index as last refreshed, which every ingest chunk does). A view in use is never
 * closed under its question. Before the index exists every question ends in {@link IndexUnavailableException}, and
 * the first one after the ingest made it opens it. Opened by {@link IndexLocation#openLive}.
 */
public interface LiveRecordIndex extends Closeable {
    /** A question to one view of the index. */
    interface Question<T> {
        T ask(RecordIndex index) throws IOException;
    }

    /**
     * Answers {@code question} on the index as it is now.
     *
     * @throws IndexUnavailableException when there is no index (yet), or it holds no plan
     */
    <T> T ask(Question<T> question) throws IOException;
}
