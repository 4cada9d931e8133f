package org.planlens.index;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import org.planlens.index.opensearch.OpenSearchIndex;
import org.planlens.rules.ModelData;

/**
 * Where the index is: the local Lucene folder (the default), or an OpenSearch cluster when a URL is given
 * ({@code --index-url http://host:9200}, or {@code PLANLENS_INDEX_URL}; a path after the host names the index,
 * {@code planlens} by default). Chosen once at start; everything after reads and writes through
 * {@link PlanIndex} and {@link RecordIndex}.
 */
public record IndexLocation(Path dir, URI url) {
    /** The environment variable that points every command at a cluster when no option does. */
    public static final String URL_VARIABLE = "PLANLENS_INDEX_URL";

    /** The folder {@code dir}, unless {@code url} (else {@code PLANLENS_INDEX_URL}) names a cluster. */
    public static IndexLocation of(Path dir, String url) {
        String u = url != null && !url.isBlank() ? url : System.getenv(URL_VARIABLE);
        if (u == null || u.isBlank()) {
            return new IndexLocation(dir, null);
        }
        URI uri = URI.create(u.strip());
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new IllegalArgumentException("--index-url must be an http(s) URL, e.g. http://localhost:9200: " + u);
        }
        return new IndexLocation(dir, uri);
    }

    public static IndexLocation local(Path dir) {
        return new IndexLocation(dir, null);
    }

    public boolean remote() {
        return url != null;
    }

    /** The index to write plans into, made when missing ({@code models}: the synonyms a new cluster index gets). */
    public PlanIndex openWriter(ModelData models) throws IOException {
        return remote() ? OpenSearchIndex.at(url).openWriter(models) : PlanIndexWriter.open(dir);
    }

    /**
     * The index to query.
     *
     * @throws IndexUnavailableException when there is none there, or it holds no plan
     */
    public RecordIndex openReader(ModelData models) throws IOException {
        return remote() ? OpenSearchIndex.at(url).openReader(models) : LuceneRecordIndex.open(dir, models);
    }

    /**
     * The index followed while ingests write it, for a long-running reader (the web server): the local index's
     * latest commit, or the cluster's index as it is now. Opens nothing yet: a missing index is reported by the
     * first question ({@link IndexUnavailableException}), and the first question after the ingest made it opens it.
     */
    public LiveRecordIndex openLive(ModelData models) {
        return remote() ? OpenSearchIndex.at(url).openLive(models) : new LuceneLiveIndex(dir, models);
    }

    @Override
    public String toString() {
        return remote() ? url.toString() : dir.toString();
    }
}
