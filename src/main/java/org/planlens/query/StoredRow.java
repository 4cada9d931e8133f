package org.planlens.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.planlens.index.RowInfo;

/** One index record as read for a row: its columns, and its own JSON (a model record) parsed on demand. */
record StoredRow(RowInfo info, byte[] record) {
    PlanRef ref() {
        return new PlanRef(info.planId(), info.file(), info.issuer(), info.level(), info.commune(), info.district(),
                info.province(), info.year());
    }

    <T> T element(Class<T> type) {
        try {
            return StoredRecords.JSON.readValue(record, type);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable record in the index for plan " + info.planId(), e);
        }
    }

    String firstSectionPath() {
        return info.sectionPaths().isEmpty() ? null : info.sectionPaths().get(0);
    }

    int count(String kind) {
        return info.counts().getOrDefault(kind, 0);
    }
}
