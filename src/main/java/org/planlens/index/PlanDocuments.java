package org.planlens.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.planlens.export.PlanJson;
import org.planlens.model.Plan;

/** Turns a plan into its Lucene documents: one for the plan, one for each of its parts. */
final class PlanDocuments {
    private final ObjectMapper mapper = PlanJson.mapper();

    List<Document> of(Plan plan, String fingerprint) {
        List<Document> docs = new ArrayList<>();
        Document p = base("plan", plan);
        // stored and indexed: the writer looks plans up by fingerprint to skip unchanged files
        p.add(new StringField(IndexFields.FINGERPRINT, fingerprint, Field.Store.YES));
        p.add(new StoredField(IndexFields.JSON, json(plan.metadata())));
        docs.add(p);
        return docs;
    }

    private static Document base(String kind, Plan plan) {
        Document d = new Document();
        // exact-match keyword fields: filters, not ranking
        d.add(new StringField(IndexFields.KIND, kind, Field.Store.YES));
        d.add(new StringField(IndexFields.PLAN_ID, plan.id(), Field.Store.YES));
        d.add(new TextField(IndexFields.TEXT, plan.metadata().title() == null ? "" : plan.metadata().title(),
                Field.Store.NO));
        return d;
    }

    private String json(Object o) {
        try {
            return mapper.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
