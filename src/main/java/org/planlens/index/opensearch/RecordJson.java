package org.planlens.index.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.planlens.index.IndexFields;

/**
 * A record as {@link org.planlens.index.PlanDocuments} states it for Lucene, as the JSON source of an OpenSearch
 * document: the same fields under the same names (the mapping in {@link IndexSchema} gives each the same
 * analysis), facet dimensions as keyword fields of their own, the row values as JSON objects kept unindexed.
 */
final class RecordJson {
    /** The facet dimension {@code dim} as an OpenSearch keyword field. */
    static String facetField(String dim) {
        return "facet_" + dim;
    }

    /** Between the levels of a place path in {@code facet_place}: no place name holds it. */
    static final char PATH_SEPARATOR = '\u001f';

    private RecordJson() {}

    static ObjectNode of(Document d) throws IOException {
        ObjectNode json = OpenSearchHttp.JSON.createObjectNode();
        for (IndexableField f : d.getFields()) {
            switch (f) {
                case SortedSetDocValuesFacetField facet -> facet(json, facet);
                case BinaryDocValuesField row ->
                    json.set(f.name(), OpenSearchHttp.JSON.readTree(bytes(row.binaryValue())));
                case SortedDocValuesField sorted ->
                    json.put(f.name(), sorted.binaryValue().utf8ToString());
                case IntPoint p ->
                    add(json, f.name()).add(IntPoint.decodeDimension(p.binaryValue().bytes, p.binaryValue().offset));
                case DoublePoint p ->
                    add(json, f.name()).add(DoublePoint.decodeDimension(p.binaryValue().bytes, p.binaryValue().offset));
                default -> {
                    if (f.stringValue() != null) add(json, f.name()).add(f.stringValue());
                }
            }
        }
        return json;
    }

    /** Hierarchical (place): every prefix of the path, so each level counts as Lucene's hierarchical facet does. */
    private static void facet(ObjectNode json, SortedSetDocValuesFacetField facet) {
        ArrayNode values = add(json, facetField(facet.dim));
        if (IndexFields.facetsConfig().getDimConfig(facet.dim).hierarchical) {
            StringBuilder path = new StringBuilder();
            for (String part : facet.path) {
                if (!path.isEmpty()) path.append(PATH_SEPARATOR);
                path.append(part);
                values.add(path.toString());
            }
        } else {
            values.add(facet.path[0]);
        }
    }

    private static ArrayNode add(ObjectNode json, String field) {
        return json.has(field) ? (ArrayNode) json.get(field) : json.putArray(field);
    }

    private static byte[] bytes(BytesRef b) {
        return Arrays.copyOfRange(b.bytes, b.offset, b.offset + b.length);
    }
}
