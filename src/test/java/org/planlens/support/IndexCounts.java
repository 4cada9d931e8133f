package org.planlens.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.planlens.index.IndexFields;

/** Counts the live documents of an index by kind, and plan documents by plan id. */
public final class IndexCounts {
    private IndexCounts() {}

    public static Map<String, Integer> plansById(Path index) {
        return count(index, true);
    }

    public static Map<String, Integer> byKind(Path index) {
        return count(index, false);
    }

    private static Map<String, Integer> count(Path index, boolean plansById) {
        Map<String, Integer> out = new HashMap<>();
        try (FSDirectory dir = FSDirectory.open(index);
                DirectoryReader reader = DirectoryReader.open(dir)) {
            for (var leaf : reader.leaves()) {
                StoredFields stored = leaf.reader().storedFields();
                var live = leaf.reader().getLiveDocs();
                for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                    if (live != null && !live.get(i)) {
                        continue;
                    }
                    var doc = stored.document(i);
                    String kind = doc.get(IndexFields.KIND);
                    if (plansById) {
                        if ("plan".equals(kind)) {
                            out.merge(doc.get(IndexFields.PLAN_ID), 1, Integer::sum);
                        }
                    } else {
                        out.merge(kind, 1, Integer::sum);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
