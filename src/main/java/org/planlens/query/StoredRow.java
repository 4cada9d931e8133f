package org.planlens.query;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.planlens.index.IndexedRecord;
import org.planlens.index.RowInfo;

/**
 * One index record as read for a row: its plan's columns, its own, and its JSON (a model record) parsed on
 * demand.
 */
record StoredRow(RowInfo plan, RowInfo info, byte[] record) {
    static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    static StoredRow of(IndexedRecord r) {
        return new StoredRow(r.plan(), r.info(), r.record());
    }

    PlanRef ref() {
        return new PlanRef(
                plan.planId(),
                plan.file(),
                plan.issuer(),
                plan.level(),
                plan.commune(),
                plan.district(),
                plan.province(),
                plan.year());
    }

    <T> T element(Class<T> type) {
        try {
            return JSON.readValue(record, type);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable record in the index for plan " + info.planId(), e);
        }
    }

    String firstSectionPath() {
        return info.sectionPaths().isEmpty() ? null : info.sectionPaths().get(0);
    }

    int count(String kind) {
        return plan.counts().getOrDefault(kind, 0);
    }
}
