package org.planlens.query;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.planlens.index.IndexFields;

/**
 * Runs a filter query and reads every hit back, in the index's stated row order: province, district, commune,
 * year, plan id, then the record's order inside its plan. The full text is not loaded.
 */
final class StoredRecords {
    static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final Sort ROW_ORDER = new Sort(new SortField(IndexFields.ORDER, SortField.Type.STRING));
    private static final Set<String> ROW_FIELDS = Set.of(IndexFields.KIND, IndexFields.PLAN_ID, IndexFields.FILE,
            IndexFields.ISSUER, IndexFields.LEVEL, IndexFields.COMMUNE, IndexFields.DISTRICT, IndexFields.PROVINCE,
            IndexFields.YEAR, IndexFields.PERIOD_FROM, IndexFields.PERIOD_TO, IndexFields.DOCUMENT_TYPE,
            IndexFields.NUMBER, IndexFields.TITLE, IndexFields.SECTION_PATH, IndexFields.JSON, IndexFields.START,
            IndexFields.END, IndexFields.MENTIONS, IndexFields.COUNT_PREFIX + "sections",
            IndexFields.COUNT_PREFIX + "targets", IndexFields.COUNT_PREFIX + "references",
            IndexFields.COUNT_PREFIX + "agencies", IndexFields.COUNT_PREFIX + "tasks");

    private StoredRecords() {
    }

    /** Every document matching {@code query}, in row order. */
    static List<Document> all(IndexSearcher searcher, Query query) throws IOException {
        int n = searcher.count(query);
        if (n == 0) return List.of();
        ScoreDoc[] hits = searcher.search(query, n, ROW_ORDER, false).scoreDocs;
        // read in index order: stored fields are compressed in blocks, and a block read once serves its neighbours
        Integer[] byDoc = new Integer[hits.length];
        for (int i = 0; i < byDoc.length; i++) byDoc[i] = i;
        Arrays.sort(byDoc, java.util.Comparator.comparingInt(i -> hits[i].doc));
        StoredFields stored = searcher.storedFields();
        Document[] docs = new Document[hits.length];
        for (int i : byDoc) docs[i] = stored.document(hits[i].doc, ROW_FIELDS);
        return Arrays.asList(docs);
    }

    static Document load(IndexSearcher searcher, int doc) throws IOException {
        return searcher.storedFields().document(doc, ROW_FIELDS);
    }

    static <T> T json(Document d, Class<T> type) {
        try {
            return JSON.readValue(d.get(IndexFields.JSON), type);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable record in the index for plan " + d.get(IndexFields.PLAN_ID), e);
        }
    }

    static List<String> sectionPaths(Document d) {
        return Arrays.stream(d.getValues(IndexFields.SECTION_PATH)).toList();
    }

    static String firstSectionPath(Document d) {
        return d.get(IndexFields.SECTION_PATH);
    }

    static Integer intValue(Document d, String field) {
        IndexableField f = d.getField(field);
        return f == null || f.numericValue() == null ? null : f.numericValue().intValue();
    }
}
