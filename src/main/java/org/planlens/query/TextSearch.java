package org.planlens.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.planlens.index.RankedRecord;
import org.planlens.index.RecordIndex;
import org.planlens.index.RecordKind;
import org.planlens.query.Rows.SearchHit;

/**
 * Ranked full-text search. The query is Lucene's classic syntax ({@code "hài lòng"} for a phrase, {@code AND},
 * {@code OR}, {@code -word}); words are ANDed by default. Every record must match the accent-free field; those
 * that also hold the words as spelled (accents kept; a phrase's words anywhere in the record) score higher, so
 * {@code hài lòng} ranks exact spellings first. Order: score, ties in row order (place, plan, place in the plan).
 */
public final class TextSearch {
    private final RecordIndex index;

    public TextSearch(RecordIndex index) {
        this.index = index;
    }

    /** The best {@code limit} records matching {@code text}, of {@code kind} (null: any), within {@code plans}. */
    public List<SearchHit> search(String text, RecordKind kind, PlanFilter plans, int limit) throws IOException {
        if (limit < 1) throw new IllegalArgumentException("--limit must be at least 1");
        List<RankedRecord> top = index.search(text, plans.on(kind), limit);
        List<SearchHit> hits = new ArrayList<>(top.size());
        for (int i = 0; i < top.size(); i++) {
            RankedRecord r = top.get(i);
            StoredRow d = StoredRow.of(r.record());
            PlanRef p = d.ref();
            String snippet = r.snippet() == null
                    ? null
                    : r.snippet().replaceAll("\\s+", " ").strip();
            hits.add(new SearchHit(
                    i + 1,
                    r.score(),
                    d.info().kind(),
                    p.planId(),
                    p.file(),
                    p.issuer(),
                    p.level(),
                    p.province(),
                    p.year(),
                    d.firstSectionPath(),
                    d.info().start(),
                    d.info().end(),
                    snippet));
        }
        return hits;
    }
}
