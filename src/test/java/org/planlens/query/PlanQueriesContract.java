package org.planlens.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.planlens.index.PlanIndex;
import org.planlens.index.RecordKind;
import org.planlens.model.Relation;
import org.planlens.query.Rows.FacetRow;
import org.planlens.query.Rows.SearchHit;
import org.planlens.query.Rows.TargetRow;

/**
 * The query classes on an index of plans built here with known values: the same questions and the same answers
 * from every index backend (one subclass each).
 */
abstract class PlanQueriesContract extends IndexedPlansContract {
    TextSearch search;

    @Override
    void write(PlanIndex w) throws IOException {
        for (var p : List.of(
                TestPlans.commune(
                        "p-dong-quang",
                        "Đông Quang",
                        "Đông Sơn",
                        "Thanh Hóa",
                        2023,
                        90,
                        "Mức độ hài lòng của người dân"),
                TestPlans.commune(
                        "p-quang-binh",
                        "Quảng Bình",
                        "Quảng Xương",
                        "Thanh Hóa",
                        2021,
                        89.5,
                        "Mức độ hài lòng của tổ chức"),
                TestPlans.commune(
                        "p-le-loi", "Lê Lợi", "Gia Lộc", "Hải Dương", 2022, 95, "Mức đo hai long cua doanh nghiep"))) {
            w.replace(p.plan(), p.text(), "fp1");
            // replacing again must not add documents
            w.replace(p.plan(), p.text(), "fp2");
        }
        w.commit();
        assertEquals(Map.of("p-dong-quang", "fp2", "p-quang-binh", "fp2", "p-le-loi", "fp2"), w.fingerprints());
    }

    @Override
    void opened() {
        search = new TextSearch(provider);
    }

    @Test
    void replacingAPlan_keepsOneCopyOfEachRecord() throws IOException {
        // 3 plans x (1 plan + 2 sections + 2 targets + 1 reference + 1 agency + 1 task)
        assertEquals(3 * 8, provider.records());
    }

    @Test
    void targets_minIsInclusive_andMaxBounds() throws IOException {
        List<TargetRow> atLeast90 =
                queries.targets(PlanFilter.NONE, new TargetFilter(null, 90.0, null, null, null, null));
        assertEquals(
                List.of(90.0, 95.0),
                atLeast90.stream().map(TargetRow::value).sorted().toList());
        List<TargetRow> upTo89_5 =
                queries.targets(PlanFilter.NONE, new TargetFilter(null, 60.0, 89.5, null, null, null));
        assertEquals(
                List.of("p-quang-binh"),
                upTo89_5.stream().map(TargetRow::planId).toList());
    }

    @Test
    void targets_byIndicatorIgnoreAccents_andByUnitComparatorPillar() throws IOException {
        var hits = queries.targets(PlanFilter.NONE, new TargetFilter("hai long", null, null, null, null, null));
        assertEquals(3, hits.size());
        var exact =
                queries.targets(PlanFilter.NONE, new TargetFilter("hài lòng người dân", null, null, null, null, null));
        assertEquals(
                List.of("p-dong-quang"), exact.stream().map(TargetRow::planId).toList());
        var digital = queries.targets(
                PlanFilter.NONE, new TargetFilter(null, null, null, "%", "reach", "digital_government"));
        assertEquals(3, digital.size());
        assertTrue(digital.stream().allMatch(t -> t.value() == 50 && t.deadline() != null));
        assertThrows(IllegalArgumentException.class, () -> new TargetFilter(null, null, null, null, "bogus", null));
    }

    @Test
    void rows_comeInPlaceThenPlanOrder() throws IOException {
        var rows = queries.targets(PlanFilter.NONE, TargetFilter.ANY);
        // Hải Dương before Thanh Hóa; in Thanh Hóa, Đông Sơn before Quảng Xương; t1 before t2 within a plan
        assertEquals(
                List.of("p-le-loi", "p-le-loi", "p-dong-quang", "p-dong-quang", "p-quang-binh", "p-quang-binh"),
                rows.stream().map(TargetRow::planId).toList());
        assertEquals("I", rows.get(0).sectionPath());
        assertEquals("corpus/p-le-loi.txt", rows.get(0).file());
    }

    @Test
    void planFilters_placeIgnoresAccents_yearsUsePeriod() throws IOException {
        assertEquals(
                4,
                queries.targets(new PlanFilter(null, "thanh hoa", null, null, null, null, null, null), TargetFilter.ANY)
                        .size());
        assertEquals(
                2,
                queries.targets(
                                new PlanFilter("commune", "THANH HÓA", "dong son", null, null, null, null, null),
                                TargetFilter.ANY)
                        .size());
        assertEquals(
                List.of("p-le-loi"),
                queries.plans(new PlanFilter(null, null, null, null, 2022, null, null, null)).stream()
                        .map(Rows.PlanRow::planId)
                        .toList());
        assertEquals(
                2,
                queries.plans(new PlanFilter(null, null, null, null, null, 2022, null, null))
                        .size());
        assertEquals(
                2,
                queries.plans(new PlanFilter(null, null, null, null, null, null, 2022, null))
                        .size());
        assertEquals(
                0,
                queries.plans(new PlanFilter("province", null, null, null, null, null, null, null))
                        .size());
        assertThrows(
                IllegalArgumentException.class,
                () -> new PlanFilter("village", null, null, null, null, null, null, null));
        assertThrows(
                IllegalArgumentException.class, () -> new PlanFilter(null, null, null, null, null, 2025, 2020, null));
    }

    @Test
    void cites_anySpacingCaseOrYear() throws IOException {
        assertEquals(3, queries.cites("3611/QĐ-UBND", PlanFilter.NONE).size());
        assertEquals(3, queries.cites("3611 / qđ - ubnd", PlanFilter.NONE).size());
        assertEquals(3, queries.cites("3611/QD-UBND năm 2022", PlanFilter.NONE).size());
        assertEquals(3, queries.cites("3611/qd-ubnd@2022", PlanFilter.NONE).size());
        assertEquals(0, queries.cites("3611/QĐ-UBND@2021", PlanFilter.NONE).size());
        var row = queries.cites("3611/QĐ-UBND", PlanFilter.NONE).get(0);
        assertEquals(List.of("I"), row.sectionPaths());
        assertEquals(1, row.mentions());
        assertEquals(List.of("basis"), row.relations());
    }

    @Test
    void cites_byRelation_keepsThePlansCitingItSo() throws IOException {
        assertEquals(
                3,
                queries.cites("3611/QĐ-UBND", Relation.BASIS, PlanFilter.NONE).size());
        assertEquals(
                0,
                queries.cites("3611/QĐ-UBND", Relation.IMPLEMENTS, PlanFilter.NONE)
                        .size());
    }

    @Test
    void references_countPlansPerCitedDocument() throws IOException {
        var rows = queries.references(PlanFilter.NONE);
        assertEquals(1, rows.size());
        assertEquals(3, rows.get(0).plans());
        assertEquals("3611/qd-ubnd@2022", rows.get(0).key());
        assertEquals(
                2,
                queries.references(new PlanFilter(null, "Thanh Hoá", null, null, null, null, null, null))
                        .get(0)
                        .plans());
    }

    @Test
    void agencies_byNameRoleAndPillarOfTheirSections() throws IOException {
        assertEquals(
                3,
                queries.agencies(PlanFilter.NONE, new AgencyFilter("van phong", "lead", null))
                        .size());
        assertEquals(
                0,
                queries.agencies(PlanFilter.NONE, new AgencyFilter(null, "monitor", null))
                        .size());
        var rows = queries.agencies(PlanFilter.NONE, new AgencyFilter(null, null, "procedures"));
        assertEquals(3, rows.size());
        assertEquals(List.of("II"), rows.get(0).sectionPaths());
        assertEquals(List.of("lead"), rows.get(0).roles());
    }

    @Test
    void compare_givesOneRowPerPlan() throws IOException {
        var rows = queries.compare("hai long", PlanFilter.NONE);
        assertEquals(
                List.of("p-le-loi", "p-dong-quang", "p-quang-binh"),
                rows.stream().map(Rows.CompareRow::planId).toList());
        assertEquals(List.of(95.0), rows.get(0).values());
    }

    @Test
    void export_givesEveryRecordOfAKind() throws IOException {
        for (RecordKind k : RecordKind.values()) {
            int expected = k == RecordKind.SECTION || k == RecordKind.TARGET ? 6 : 3;
            assertEquals(expected, queries.export(k, PlanFilter.NONE).size(), k.code());
        }
        var plan = queries.plans(PlanFilter.NONE).get(0);
        assertEquals(2, plan.sections());
        assertEquals("12/KH-UBND", plan.number());
    }

    @Test
    void search_ignoresAccents_ranksExactSpellingFirst() throws IOException {
        List<SearchHit> hits = search.search("hài lòng", RecordKind.TARGET, PlanFilter.NONE, 10);
        assertEquals(3, hits.size());
        // p-le-loi writes "hai long" without accents: found, but after the two exact spellings
        assertEquals("p-le-loi", hits.get(2).planId());
        assertTrue(
                hits.get(0).snippet().contains("«hài» «lòng»")
                        || hits.get(0).snippet().contains("«hài lòng»"),
                hits.get(0).snippet());
        assertEquals(
                3,
                search.search("hai long", RecordKind.TARGET, PlanFilter.NONE, 10)
                        .size());
    }

    @Test
    void search_tiesComeInRowOrder_notIndexOrder() throws IOException {
        // the same target clause in all three plans scores the same; indexed Đông Quang, Quảng Bình, Lê Lợi
        List<SearchHit> hits = search.search("\"trực tuyến đạt 50\"", RecordKind.TARGET, PlanFilter.NONE, 10);
        assertEquals(3, hits.size());
        assertEquals(hits.get(0).score(), hits.get(2).score());
        assertEquals(
                List.of("p-le-loi", "p-dong-quang", "p-quang-binh"),
                hits.stream().map(SearchHit::planId).toList());
    }

    @Test
    void search_expandsAbbreviationsBothWays() throws IOException {
        // the section text says "Ủy ban nhân dân xã"; UBND finds it
        var ubnd = search.search("UBND xã", RecordKind.SECTION, PlanFilter.NONE, 10);
        assertEquals(3, ubnd.size());
        assertEquals("II", ubnd.get(0).sectionPath());
        // the reference cites "UBND tỉnh" (its issuer); the long form finds it
        assertEquals(
                3,
                search.search("\"ủy ban nhân dân tỉnh\"", RecordKind.REFERENCE, PlanFilter.NONE, 10)
                        .size());
        // TTHC in a target, "thủ tục hành chính" asked
        assertTrue(search.search("\"thu tuc hanh chinh\" truc tuyen", RecordKind.TARGET, PlanFilter.NONE, 10)
                        .size()
                >= 3);
    }

    @Test
    void search_readsASlashAsPartOfADocumentNumber() throws IOException {
        List<SearchHit> hits = search.search("3611/QĐ-UBND", RecordKind.REFERENCE, PlanFilter.NONE, 10);
        assertEquals(3, hits.size());
        assertEquals(hits, search.search("3611\\/QĐ-UBND", RecordKind.REFERENCE, PlanFilter.NONE, 10));
    }

    /**
     * Phrases of one to four words, with accents and without, list the same rows in the same order from either
     * backend: exact spellings first, ties in row order (any change to how phrases are matched must keep them).
     */
    @Test
    void search_phrasesOfOneToFourWords_listTheRowsTheyListedWordByWord() throws IOException {
        // row order (Hải Dương before Thanh Hóa); the two plans spelling "hài lòng" with accents, then the other
        List<String> rowOrder = List.of("p-le-loi", "p-dong-quang", "p-quang-binh");
        List<String> accented = List.of("p-dong-quang", "p-quang-binh");
        List<String> unaccented = List.of("p-le-loi");
        List<String> hai = new ArrayList<>(rows("target", "I", accented));
        hai.addAll(rows("section", "I", accented));
        hai.addAll(rows("target", "I", unaccented));
        hai.addAll(rows("section", "I", unaccented));
        List<String> haiUnaccented = new ArrayList<>(rows("target", "I", unaccented));
        haiUnaccented.addAll(rows("section", "I", unaccented));
        haiUnaccented.addAll(rows("target", "I", accented));
        haiUnaccented.addAll(rows("section", "I", accented));
        List<String> threeRows = new ArrayList<>(rows("target", "I", rowOrder));
        threeRows.addAll(rows("section", "I", rowOrder));
        List<String> plans = rows("plan", "null", rowOrder);
        List<String> procedures = new ArrayList<>(rows("section", "II", rowOrder));
        procedures.addAll(rows("task", "II", rowOrder));
        procedures.addAll(threeRows);
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("\"hài\"", hai);
        expected.put("\"hai\"", haiUnaccented);
        expected.put("\"hài lòng\"", hai);
        expected.put("\"hai long\"", haiUnaccented);
        expected.put("\"trực tuyến đạt\"", threeRows);
        expected.put("\"truc tuyen dat\"", threeRows);
        expected.put("\"muc do hai long\"", threeRows);
        expected.put("\"cải cách hành chính\"", plans);
        expected.put("\"cai cach hanh chinh\"", plans);
        expected.put("\"thủ tục hành chính\"", procedures);
        for (var e : expected.entrySet()) {
            List<String> rows = search.search(e.getKey(), null, PlanFilter.NONE, 50).stream()
                    .map(h -> h.kind() + " " + h.planId() + " " + h.sectionPath())
                    .toList();
            assertEquals(e.getValue(), rows, e.getKey());
        }
    }

    /** "kind planId sectionPath" of each plan, in the order given. */
    private static List<String> rows(String kind, String sectionPath, List<String> planIds) {
        return planIds.stream().map(id -> kind + " " + id + " " + sectionPath).toList();
    }

    @Test
    void search_phraseNeedsWordsInOrder_andBadSyntaxIsAUsageError() throws IOException {
        assertEquals(
                0,
                search.search("\"long hai\"", RecordKind.TARGET, PlanFilter.NONE, 10)
                        .size());
        assertThrows(IllegalArgumentException.class, () -> search.search("\"unclosed", null, PlanFilter.NONE, 10));
    }

    @Test
    void facets_countPlansByPlaceLevelYearPillar() throws IOException {
        Map<String, Integer> counts = new FacetCounts(provider)
                .count(RecordKind.PLAN, PlanFilter.NONE).stream()
                        .collect(Collectors.toMap(r -> r.dimension() + ":" + r.value(), FacetRow::count));
        assertEquals(2, counts.get("place:Thanh Hóa"));
        assertEquals(1, counts.get("place:Thanh Hóa/Đông Sơn/Đông Quang"));
        assertEquals(3, counts.get("level:commune"));
        assertEquals(1, counts.get("year:2021"));
        assertEquals(3, counts.get("pillar:digital_government"));
        List<FacetRow> rows = new FacetCounts(provider).count(RecordKind.PLAN, PlanFilter.NONE);
        assertEquals("place", rows.get(0).dimension());
        assertEquals("Thanh Hóa", rows.get(0).value());
    }

    @Test
    void facets_countDocumentTypes() throws IOException {
        Map<String, Integer> counts = new FacetCounts(provider)
                .count(RecordKind.PLAN, PlanFilter.NONE).stream()
                        .collect(Collectors.toMap(r -> r.dimension() + ":" + r.value(), FacetRow::count));
        assertEquals(3, counts.get("documentType:ke_hoach"));
        assertEquals(null, counts.get("documentType:bao_cao"));
    }

    @Test
    void searchPage_ranksAsTheFullListDoes_andCountsEveryHit() throws IOException {
        List<SearchHit> all = search.search("hai long", null, PlanFilter.NONE, 50);
        Page<SearchHit> second = search.page("hai long", null, null, PlanFilter.NONE, 1, 2);
        assertEquals(all.size(), second.total());
        assertEquals(all.subList(1, 3), second.rows());
        assertEquals(2, second.rows().get(0).rank());
        assertEquals(second.rows(), search.search("hai long", null, null, PlanFilter.NONE, 1, 2));
        assertEquals(
                List.of(),
                search.page("hai long", null, null, PlanFilter.NONE, 500, 10).rows());
        // the page and the facets in one pass give what they give apart, with a kind chosen or not
        for (RecordKind kind : new RecordKind[] {null, RecordKind.TARGET}) {
            TextSearch.Results both = search.results("hai long", kind, null, PlanFilter.NONE, 1, 2);
            assertEquals(search.page("hai long", kind, null, PlanFilter.NONE, 1, 2), both.page());
            assertEquals(search.facets("hai long", kind, null, PlanFilter.NONE), both.facets());
        }
        assertThrows(
                IllegalArgumentException.class,
                () -> search.page("hai long", null, null, PlanFilter.NONE, TextSearch.MAX_RANK, 1));
    }

    @Test
    void searchPage_byPillar_keepsRecordsOfThatReformArea() throws IOException {
        Page<SearchHit> digital =
                search.page("trực tuyến", RecordKind.TARGET, "digital_government", PlanFilter.NONE, 0, 10);
        assertEquals(3, digital.total());
        assertEquals(
                0,
                search.page("trực tuyến", RecordKind.TARGET, "institutional", PlanFilter.NONE, 0, 10)
                        .total());
        assertThrows(
                IllegalArgumentException.class, () -> search.page("trực tuyến", null, "bogus", PlanFilter.NONE, 0, 10));
    }

    @Test
    void searchFacets_countTheHits_andKindsLeaveTheKindOut() throws IOException {
        Map<String, Integer> counts = search.facets("hai long", RecordKind.TARGET, null, PlanFilter.NONE).stream()
                .collect(Collectors.toMap(r -> r.dimension() + ":" + r.value(), FacetRow::count));
        // three satisfaction targets, two of them in Thanh Hóa
        assertEquals(2, counts.get("place:Thanh Hóa"));
        assertEquals(3, counts.get("level:commune"));
        assertEquals(3, counts.get("pillar:procedures"));
        long hits = search.page("hai long", null, null, PlanFilter.NONE, 0, 1).total();
        int kinds = counts.entrySet().stream()
                .filter(e -> e.getKey().startsWith("kind:"))
                .mapToInt(Map.Entry::getValue)
                .sum();
        assertEquals(hits, kinds);
        assertEquals(3, counts.get("kind:target"));
    }

    @Test
    void targetsPage_isASliceOfTheFullList() throws IOException {
        List<TargetRow> all = queries.targets(PlanFilter.NONE, TargetFilter.ANY);
        Page<TargetRow> page = queries.targets(PlanFilter.NONE, TargetFilter.ANY, 2, 3);
        assertEquals(all.size(), page.total());
        assertEquals(all.subList(2, 5), page.rows());
        assertEquals(
                List.of(),
                queries.targets(PlanFilter.NONE, TargetFilter.ANY, 99, 3).rows());
    }

    @Test
    void citesAgenciesComparePages_areSlicesOfTheFullLists_withTheTotal() throws IOException {
        var cites = queries.cites("3611/QĐ-UBND", null, PlanFilter.NONE);
        var citesPage = queries.cites("3611/QĐ-UBND", null, PlanFilter.NONE, 1, 1);
        assertEquals(cites.size(), citesPage.total());
        assertEquals(cites.subList(1, 2), citesPage.rows());
        var agencies = queries.agencies(PlanFilter.NONE, AgencyFilter.ANY);
        var agenciesPage = queries.agencies(PlanFilter.NONE, AgencyFilter.ANY, 1, 1);
        assertTrue(agencies.size() > 2, "agencies of several plans");
        assertEquals(agencies.size(), agenciesPage.total());
        assertEquals(agencies.subList(1, 2), agenciesPage.rows());
        var compare = queries.compare("hai long", PlanFilter.NONE);
        var comparePage = queries.compare("hai long", PlanFilter.NONE, 1, 5);
        assertEquals(compare.size(), comparePage.total());
        assertEquals(compare.subList(1, compare.size()), comparePage.rows());
        assertEquals(
                List.of(),
                queries.agencies(PlanFilter.NONE, AgencyFilter.ANY, 999, 5).rows());
        assertThrows(IllegalArgumentException.class, () -> queries.agencies(PlanFilter.NONE, AgencyFilter.ANY, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> queries.compare("hai long", PlanFilter.NONE, -1, 5));
    }
}
