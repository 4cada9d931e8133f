package org.planlens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;

/**
 * The facet count of a document type walks the matching records beside the type's postings: every record both hold
 * counts, however the two interleave (a record skipped there made the local facets one short of OpenSearch's).
 */
class DocumentTypeCountTest {
    /**
     * Documents as a postings list walks them: {@code advance} goes beyond the current document, as
     * {@link DocIdSetIterator#advance} documents (a bit set's iterator would also return the current one).
     */
    private static DocIdSetIterator docs(int length, int... ids) {
        FixedBitSet bits = new FixedBitSet(length);
        for (int id : ids) bits.set(id);
        DocIdSetIterator all = new BitSetIterator(bits, ids.length);
        return new DocIdSetIterator() {
            @Override
            public int docID() {
                return all.docID();
            }

            @Override
            public int nextDoc() throws IOException {
                return all.nextDoc();
            }

            @Override
            public int advance(int target) throws IOException {
                int current = all.docID();
                return all.advance(current >= target ? current + 1 : target);
            }

            @Override
            public long cost() {
                return ids.length;
            }
        };
    }

    @Test
    void everyDocumentBothHold_counts_whereverEitherStarts() throws IOException {
        // the matching records start before the type's first posting, then land on it by advancing
        assertEquals(2, LuceneRecordIndex.both(docs(8, 0, 1, 2), docs(8, 1, 2)));
        assertEquals(2, LuceneRecordIndex.both(docs(8, 1, 2), docs(8, 0, 1, 2)));
        assertEquals(3, LuceneRecordIndex.both(docs(16, 0, 3, 5, 9, 12), docs(16, 1, 3, 4, 9, 12, 15)));
        assertEquals(0, LuceneRecordIndex.both(docs(8, 0, 2, 4), docs(8, 1, 3, 5)));
    }
}
