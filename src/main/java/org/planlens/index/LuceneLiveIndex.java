package org.planlens.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.search.ReferenceManager;
import org.planlens.rules.ModelData;

/**
 * The local index followed commit by commit: every question is answered on the latest commit, looked for at most
 * once per {@link #RECHECK_NANOS}. A view in use is never closed under its question (Lucene's
 * {@link ReferenceManager}: a view is closed when the last question on it is done). Before the index exists every
 * question ends in {@link IndexUnavailableException}, and the first one after the ingest made it opens it.
 */
final class LuceneLiveIndex implements LiveRecordIndex {
    /** How often a question looks for a newer commit: a look reads the latest commit point from disk. */
    private static final long RECHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    private final Path dir;
    private final ModelData models;
    private Views views;
    private long lastCheck;

    LuceneLiveIndex(Path dir, ModelData models) {
        this.dir = dir;
        this.models = models;
    }

    @Override
    public <T> T ask(Question<T> question) throws IOException {
        Views v = current();
        LuceneRecordIndex view = v.acquire();
        try {
            return question.ask(view);
        } finally {
            v.release(view);
        }
    }

    private synchronized Views current() throws IOException {
        long now = System.nanoTime();
        if (views == null) {
            views = new Views(LuceneRecordIndex.open(dir, models));
            lastCheck = now;
        } else if (now - lastCheck >= RECHECK_NANOS) {
            lastCheck = now;
            try {
                views.maybeRefresh();
            } catch (IOException | RuntimeException e) {
                // the folder was replaced under us (removed and ingested again): start over from what is there now
                Views gone = views;
                views = null;
                gone.close();
                views = new Views(LuceneRecordIndex.open(dir, models));
            }
        }
        return views;
    }

    @Override
    public synchronized void close() throws IOException {
        if (views != null) {
            views.close();
            views = null;
        }
    }

    /** Views of successive commits, each counted by its reader's references. */
    private static final class Views extends ReferenceManager<LuceneRecordIndex> {
        private final LuceneRecordIndex first;

        Views(LuceneRecordIndex first) {
            this.first = first;
            this.current = first;
        }

        @Override
        protected void decRef(LuceneRecordIndex view) throws IOException {
            view.reader().decRef();
        }

        @Override
        protected LuceneRecordIndex refreshIfNeeded(LuceneRecordIndex view) throws IOException {
            return view.newerCommit();
        }

        @Override
        protected boolean tryIncRef(LuceneRecordIndex view) {
            return view.reader().tryIncRef();
        }

        @Override
        protected int getRefCount(LuceneRecordIndex view) {
            return view.reader().getRefCount();
        }

        @Override
        protected void afterClose() throws IOException {
            // every view shares the first one's directory
            first.directory().close();
        }
    }
}
