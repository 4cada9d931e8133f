package org.planlens.query;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.planlens.index.RowInfo;
import org.planlens.index.SearchSynonyms;
import org.planlens.index.VietnameseAnalyzer;
import org.planlens.rules.ModelData;

/**
 * An open, read-only view of the index as of its last commit, with the query-time analyzer (synonyms loaded
 * once). One per command; a long-running caller (the benchmark) keeps one for all its queries.
 */
public final class IndexSearcherProvider implements Closeable {
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer;
    private final Map<String, RowInfo> plans;

    private IndexSearcherProvider(Directory directory, DirectoryReader reader, Analyzer analyzer) throws IOException {
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
                    directory, reader, VietnameseAnalyzer.forQueries(SearchSynonyms.load(models)));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
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

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            directory.close();
        }
    }
}
