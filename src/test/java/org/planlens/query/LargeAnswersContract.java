package org.planlens.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planlens.index.PlanIndex;
import org.planlens.index.RecordIndex;
import org.planlens.index.RecordKind;
import org.planlens.model.Plan;
import org.planlens.model.Target;
import org.planlens.query.Rows.SearchHit;
import org.planlens.query.Rows.TargetRow;

/**
 * Answers larger than {@link RecordIndex#EXACT_TOTAL_UP_TO} records: a page's total stops at that many and says it
 * is a lower bound, the page holds the same rows as the whole listing, pages past the first ten thousand rows
 * included; every backend (one subclass each).
 */
abstract class LargeAnswersContract extends IndexedPlansContract {
    private static final int PLANS = 101;
    private static final int TARGETS_PER_PLAN = 100;

    @Override
    void write(PlanIndex w) throws IOException {
        for (int i = 0; i < PLANS; i++) {
            TestPlans.WithText base = TestPlans.commune(
                    String.format("p-%03d", i),
                    "Xã " + i,
                    "Đông Sơn",
                    i < 10 ? "Thanh Hóa" : "Nghệ An",
                    2021,
                    90,
                    "Mức độ hài lòng của người dân");
            Plan p = base.plan();
            Target t = p.targets().getFirst();
            List<Target> targets = new ArrayList<>();
            for (int k = 0; k < TARGETS_PER_PLAN; k++) {
                targets.add(new Target(
                        "t" + k,
                        t.sectionId(),
                        t.pillar(),
                        t.text(),
                        t.indicator(),
                        k,
                        t.unit(),
                        t.comparator(),
                        t.deadline(),
                        t.start(),
                        t.end()));
            }
            w.replace(TestPlans.withTargets(p, targets), base.text(), "fp");
        }
    }

    @Test
    void aPageOfALargeListing_saysAtLeastTheThreshold_andHoldsTheListingsRows() throws IOException {
        List<TargetRow> all = queries.targets(PlanFilter.NONE, TargetFilter.ANY);
        assertEquals(PLANS * TARGETS_PER_PLAN, all.size());
        Page<TargetRow> first = queries.targets(PlanFilter.NONE, TargetFilter.ANY, 0, 20);
        assertEquals(RecordIndex.EXACT_TOTAL_UP_TO, first.total());
        assertFalse(first.exact());
        assertEquals(all.subList(0, 20), first.rows());
        // past the first ten thousand rows (OpenSearch pages there with search_after)
        Page<TargetRow> deep = queries.targets(PlanFilter.NONE, TargetFilter.ANY, 10_030, 50);
        assertEquals(all.subList(10_030, 10_080), deep.rows());
        assertFalse(deep.exact());
    }

    @Test
    void aSmallerAnswer_isCountedExactly() throws IOException {
        PlanFilter thanhHoa = new PlanFilter(null, "thanh hoa", null, null, null, null, null, null);
        Page<TargetRow> page = queries.targets(thanhHoa, TargetFilter.ANY, 0, 20);
        assertEquals(10 * TARGETS_PER_PLAN, page.total());
        assertTrue(page.exact());
    }

    @Test
    void aSearchPage_countsUpToTheThreshold_andRanksAsTheSearch() throws IOException {
        TextSearch search = new TextSearch(provider);
        Page<SearchHit> page = search.page("hài lòng", RecordKind.TARGET, null, PlanFilter.NONE, 0, 20);
        assertEquals(RecordIndex.EXACT_TOTAL_UP_TO, page.total());
        assertFalse(page.exact());
        List<SearchHit> hits = search.search("hài lòng", RecordKind.TARGET, PlanFilter.NONE, 20);
        assertEquals(
                hits.stream().map(SearchHit::planId).toList(),
                page.rows().stream().map(SearchHit::planId).toList());
        Page<SearchHit> few = search.page(
                "hài lòng",
                RecordKind.TARGET,
                null,
                new PlanFilter(null, "thanh hoa", null, null, null, null, null, null),
                0,
                20);
        assertEquals(10 * TARGETS_PER_PLAN, few.total());
        assertTrue(few.exact());
    }
}
