package org.planlens.query;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.planlens.index.IndexFields;
import org.planlens.index.RowInfo;
import org.planlens.index.SearchSynonyms;
import org.planlens.index.VietnameseAnalyzer;
import org.planlens.rules.ModelData;

/**
 * An open, read-only view of the index as of one commit, with the query-time analyzer (synonyms loaded
 * once). One per command; a long-running caller keeps one for all its queries (the benchmark), or follows the
 * ingest's commits through {@link LiveIndex}.
 */
public final class IndexSearcherProvider implements Closeable {
    private final Path dir;
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer;
    private final Map<String, RowInfo> plans;
    /** The facet ordinals of this commit, worked out on first use: every facet count of this view shares them. */
    private volatile SortedSetDocValuesReaderState facetState;

    private IndexSearcherProvider(Path dir, Directory directory, DirectoryReader reader, Analyzer analyzer)
            throws IOException {
        this.dir = dir;
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.analyzer = analyzer;
        this.plans = Map.copyOf(StoredRecords.plans(searcher));
    }

    /** Every plan's row columns by plan id (parts of a plan take their plan columns from here). */
    Map<String, RowInfo> plans() {
        return plans;
    }

    /**
     * Opens the index in {@code dir}.
     *
     * @throws IndexUnavailableException when there is no index there, or it holds no plan
     */
    public static IndexSearcherProvider open(Path dir, ModelData models) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IndexUnavailableException("no index at " + dir + "; run `planlens ingest` first or pass --index");
        }
        Directory directory = FSDirectory.open(dir);
        try {
            if (!DirectoryReader.indexExists(directory)) {
                throw new IndexUnavailableException(
                        "no index at " + dir + "; run `planlens ingest` first or pass --index");
            }
            DirectoryReader reader = DirectoryReader.open(directory);
            if (reader.numDocs() == 0) {
                reader.close();
                throw new IndexUnavailableException("the index at " + dir + " is empty: no plan ingested yet");
            }
            return new IndexSearcherProvider(
                    dir, directory, reader, VietnameseAnalyzer.forQueries(SearchSynonyms.load(models)));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /**
     * A view of the latest commit when it is newer than this one's, sharing this view's directory and analyzer;
     * null when this view is current. The caller owns both views' readers (see {@link LiveIndex}).
     */
    IndexSearcherProvider newerCommit() throws IOException {
        DirectoryReader newer = DirectoryReader.openIfChanged(reader);
        return newer == null ? null : new IndexSearcherProvider(dir, directory, newer, analyzer);
    }

    public IndexSearcher searcher() {
        return searcher;
    }

    public DirectoryReader reader() {
        return reader;
    }

    /** The query-time analyzer: folded or exact per field, with the search synonyms. */
    public Analyzer analyzer() {
        return analyzer;
    }

    /** The index folder this view reads. */
    Path dir() {
        return dir;
    }

    Directory directory() {
        return directory;
    }

    SortedSetDocValuesReaderState facetState() throws IOException {
        SortedSetDocValuesReaderState s = facetState;
        if (s == null) {
            synchronized (this) {
                s = facetState;
                if (s == null) {
                    s = new DefaultSortedSetDocValuesReaderState(reader, IndexFields.facetsConfig());
                    facetState = s;
                }
            }
        }
        return s;
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            directory.close();
        }
    }
}
