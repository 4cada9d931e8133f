package org.planlens.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.planlens.index.PlanIndex;
import org.planlens.index.ReferenceNumbers;
import org.planlens.model.LegalReference;
import org.planlens.model.Mention;
import org.planlens.model.Plan;
import org.planlens.query.Rows.CitedDocumentRow;
import org.planlens.query.Rows.ReferenceRow;
import org.planlens.rules.Fold;

/**
 * The aggregations the index answers from its terms and row values ({@code references}, the pages of
 * {@code compare}) give the rows that grouping every record read whole gives, on an index of several segments,
 * with replaced plans, and references grouped by key, by number and by type and name: every backend (one subclass
 * each).
 */
abstract class AggregationsContract extends IndexedPlansContract {
    private static final String[] PROVINCES = {"Thanh Hóa", "Hải Dương", "Nghệ An"};

    @Override
    void write(PlanIndex w) throws IOException {
        for (int i = 0; i < 24; i++) {
            w.replace(planWithText(i).plan(), planWithText(i).text(), "fp");
            // several segments, and plans replaced after others were written (deleted blocks)
            if (i % 5 == 4) w.commit();
            if (i % 7 == 3)
                w.replace(planWithText(i - 2).plan(), planWithText(i - 2).text(), "fp2");
        }
    }

    /** Plan {@code i}: a place and year from {@code i}, and references of three kinds, some cited twice. */
    private static TestPlans.WithText planWithText(int i) {
        TestPlans.WithText base = TestPlans.commune(
                "p-" + (char) ('z' - i) + i,
                "Xã " + i,
                "Huyện " + (i % 4),
                PROVINCES[i % 3],
                2020 + i % 4,
                80 + i,
                i % 2 == 0 ? "Mức độ hài lòng của người dân" : "Tỷ lệ hài lòng của tổ chức");
        Mention m = new Mention(0, 5, "s1");
        List<LegalReference> refs = new ArrayList<>();
        refs.add(TestPlans.decision3611(i % 3 == 0 ? List.of(m, m, m) : List.of(m)));
        if (i % 2 == 0) {
            refs.add(new LegalReference("r2", "Nghị quyết", "76/NQ-CP", null, null, "Chính phủ", null, List.of(m, m)));
        }
        if (i % 4 != 1) {
            refs.add(new LegalReference(
                    "r3", "Luật", null, null, null, "Quốc hội", "Luật Tổ chức chính quyền địa phương", List.of(m)));
        }
        if (i % 6 == 5) {
            refs.add(new LegalReference("r4", "Kế hoạch", "12 / kh-ubnd", null, null, null, null, List.of(m)));
            refs.add(new LegalReference("r5", "Kế hoạch", "12/KH-UBND", null, null, null, "Kế hoạch năm", List.of(m)));
        }
        Plan p = base.plan();
        return new TestPlans.WithText(
                new Plan(
                        p.schemaVersion(),
                        p.id(),
                        p.source(),
                        p.metadata(),
                        p.sections(),
                        refs,
                        p.targets(),
                        p.agencies(),
                        p.tasks(),
                        p.warnings(),
                        p.provenance()),
                base.text());
    }

    @Test
    void references_areTheGroupsOfEveryReferenceRow() throws IOException {
        assertEquals(4, queries.references(PlanFilter.NONE).size(), "by key, by number (twice spelled), by name");
        for (PlanFilter f : List.of(
                PlanFilter.NONE,
                new PlanFilter(null, "thanh hoa", null, null, null, null, null, null),
                new PlanFilter(null, null, null, null, 2021, null, null, null))) {
            List<CitedDocumentRow> expected = grouped(queries.referenceRows(f));
            assertTrue(expected.size() >= 2, "references of several documents");
            assertEquals(expected, queries.references(f));
        }
    }

    @Test
    void comparePages_areSlicesOfTheWholeList() throws IOException {
        for (String indicator : List.of("hai long", "nguoi dan")) {
            PlanFilter f = new PlanFilter(null, "thanh hoa", null, null, null, null, null, null);
            var all = queries.compare(indicator, f);
            assertTrue(all.size() >= 4, "plans of Thanh Hóa");
            for (int offset : new int[] {0, 1, 3, all.size()}) {
                var page = queries.compare(indicator, f, offset, 2);
                assertEquals(all.size(), page.total());
                assertEquals(all.subList(Math.min(offset, all.size()), Math.min(offset + 2, all.size())), page.rows());
            }
        }
    }

    /** The rows of {@code references} made the plain way: every reference row, grouped in row order. */
    private static List<CitedDocumentRow> grouped(List<ReferenceRow> refs) {
        Map<String, List<ReferenceRow>> byKey = new LinkedHashMap<>();
        for (ReferenceRow r : refs) {
            String key = r.key() != null
                    ? r.key()
                    : r.number() != null
                            ? ReferenceNumbers.normalise(r.number())
                            : Fold.key((r.type() == null ? "" : r.type()) + ":" + (r.name() == null ? "" : r.name()));
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        List<CitedDocumentRow> rows = new ArrayList<>();
        for (var e : byKey.entrySet()) {
            Set<String> plans = new LinkedHashSet<>();
            Set<String> files = new LinkedHashSet<>();
            int mentions = 0;
            for (ReferenceRow r : e.getValue()) {
                plans.add(r.planId());
                files.add(r.file());
                mentions += r.mentions();
            }
            ReferenceRow first = e.getValue().getFirst();
            rows.add(new CitedDocumentRow(
                    e.getKey(),
                    first.number(),
                    first.type(),
                    first.date(),
                    first.name(),
                    plans.size(),
                    mentions,
                    List.copyOf(plans),
                    List.copyOf(files)));
        }
        rows.sort(Comparator.comparingInt(CitedDocumentRow::plans).reversed().thenComparing(CitedDocumentRow::key));
        return rows;
    }
}
