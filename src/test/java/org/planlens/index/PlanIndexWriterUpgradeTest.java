package org.planlens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.query.PlanFilter;
import org.planlens.query.TestPlans;
import org.planlens.query.TextSearch;
import org.planlens.rules.ModelData;

class PlanIndexWriterUpgradeTest {
    @TempDir
    Path dir;

    @Test
    void anIndexOfEarlierBuilds_takesPlansAgain() throws Exception {
        // indexes used to hold the accented twin of the text with positions, as "textExact"
        try (FSDirectory d = FSDirectory.open(dir);
                IndexWriter old = new IndexWriter(d, new IndexWriterConfig(VietnameseAnalyzer.perField()))) {
            Document doc = new Document();
            doc.add(new StringField(IndexFields.KIND, RecordKind.TARGET.code(), Field.Store.YES));
            doc.add(new StringField(IndexFields.PLAN_ID, "p-le-loi", Field.Store.YES));
            doc.add(new TextField("textExact", "Mức độ hài lòng của người dân", Field.Store.NO));
            old.addDocument(doc);
        }
        var plan = TestPlans.commune(
                "p-le-loi", "Lê Lợi", "Gia Lộc", "Hải Dương", 2022, 95, "Mức độ hài lòng của người dân");
        try (PlanIndexWriter w = PlanIndexWriter.open(dir)) {
            w.replace(plan.plan(), plan.text(), "fp");
            w.commit();
            assertEquals(Map.of("p-le-loi", "fp"), w.fingerprints());
        }
        try (FSDirectory d = FSDirectory.open(dir);
                DirectoryReader r = DirectoryReader.open(d)) {
            // the earlier record is replaced, not kept beside the new ones
            assertEquals(0, new IndexSearcher(r).count(new TermQuery(new Term("textExact", "hài"))));
        }
        try (LuceneRecordIndex provider = LuceneRecordIndex.open(dir, ModelData.packaged())) {
            List<?> hits = new TextSearch(provider).search("\"hài lòng\"", RecordKind.TARGET, PlanFilter.NONE, 10);
            assertEquals(1, hits.size());
        }
    }
}
