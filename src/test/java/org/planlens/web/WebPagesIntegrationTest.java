package org.planlens.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The pages (issue 21) on the index of corpus/: the CLI's rows in their tables, facets as links that narrow,
 * the plan's text with every part's span marked, document text always escaped, Vietnamese labels and numbers,
 * clear pages for bad parameters.
 */
class WebPagesIntegrationTest extends WebTestBase {
    private static final ObjectMapper JSON = new ObjectMapper();

    private MockHttpServletResponse response(String url) throws Exception {
        return mvc.perform(get(URI.create(url))).andReturn().getResponse();
    }

    private Document page(String url) throws Exception {
        MockHttpServletResponse r = response(url);
        assertEquals(200, r.getStatus(), url + ": " + r.getContentAsString(StandardCharsets.UTF_8));
        assertTrue(r.getContentType().startsWith("text/html"), r.getContentType());
        return Jsoup.parse(r.getContentAsString(StandardCharsets.UTF_8));
    }

    private static List<String> planIds(JsonNode rows) {
        List<String> ids = new ArrayList<>();
        rows.forEach(r -> ids.add(r.get("planId").asText()));
        return ids;
    }

    private static String planOf(String href) {
        return href.replaceFirst("^/plans/", "").replaceFirst("[?#/].*$", "");
    }

    @Test
    void search_listsTheCliHitsInRankOrder_withMarkedWords_andCountsByKind() throws Exception {
        Document d = page("/search?q=h%C3%A0i%20l%C3%B2ng");
        JsonNode cli = JSON.readTree(WebCorpus.cli("search", "hài lòng", "--limit", "20", "--format", "json"));
        List<String> shown = d.select("li.hit a.hit-title").eachAttr("href").stream()
                .map(WebPagesIntegrationTest::planOf)
                .toList();
        assertEquals(planIds(cli), shown);
        assertFalse(d.select("li.hit .snippet mark").isEmpty());
        for (String marked : d.select("li.hit .snippet mark").eachText()) {
            assertTrue(List.of("hài", "lòng", "hài lòng").contains(marked.toLowerCase(java.util.Locale.ROOT)), marked);
        }
        int all = JSON.readTree(WebCorpus.cli("search", "hài lòng", "--limit", "1000", "--format", "json"))
                .size();
        Element allTab = d.selectFirst("nav.tabs a[data-kind=all]");
        assertEquals(Integer.toString(all), allTab.selectFirst(".n").text());
        int targets = JSON.readTree(
                        WebCorpus.cli("search", "hài lòng", "--type", "target", "--limit", "1000", "--format", "json"))
                .size();
        assertEquals(
                Integer.toString(targets),
                d.selectFirst("nav.tabs a[data-kind=target] .n").text());
        // facets for every dimension the hits have, each value a link
        for (String dim : List.of("province", "level", "year", "pillar", "documentType")) {
            assertFalse(
                    d.select("section.facet[data-dim=" + dim + "] a.facet-link").isEmpty(), dim);
        }
        assertEquals("Tìm kiếm", d.selectFirst("header nav a.on").text());
    }

    @Test
    void searchFacet_narrowsToItsValue_asTheCliFilterDoes() throws Exception {
        Document d = page("/search?q=h%C3%A0i%20l%C3%B2ng");
        Element province = d.selectFirst("section.facet[data-dim=province] a.facet-link");
        String name = province.selectFirst(".label").text();
        Document narrowed = page(province.attr("href"));
        JsonNode cli = JSON.readTree(WebCorpus.cli("search", "hài lòng", "--province", name, "--format", "json"));
        assertEquals(
                planIds(cli),
                narrowed.select("li.hit a.hit-title").eachAttr("href").stream()
                        .map(WebPagesIntegrationTest::planOf)
                        .toList());
        assertEquals(
                Integer.toString(cli.size()),
                narrowed.selectFirst("nav.tabs a[data-kind=all] .n").text());
        // the chosen value is marked, and its link drops it again
        Element on = narrowed.selectFirst("section.facet[data-dim=province] li.on a");
        assertNotNull(on);
        assertFalse(on.attr("href").contains("province="));
    }

    @Test
    void targets_tableHoldsTheCliRows_inPlanOrder_orSortedByValue() throws Exception {
        JsonNode cli = JSON.readTree(WebCorpus.cli("targets", "--all", "--indicator", "hài lòng", "--format", "json"));
        Document d = page("/targets?indicator=h%C3%A0i%20l%C3%B2ng");
        List<Element> rows = d.select("table.targets tbody tr");
        assertEquals(cli.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(
                    cli.get(i).get("planId").asText(),
                    planOf(rows.get(i).selectFirst("td a").attr("href")));
            assertEquals(
                    cli.get(i).get("indicator").asText(),
                    rows.get(i).selectFirst("td.indicator a").text());
        }
        Document sorted = page("/targets?indicator=h%C3%A0i%20l%C3%B2ng&sort=value&dir=desc");
        List<Double> values = new ArrayList<>();
        for (Element v : sorted.select("td.value strong")) {
            values.add(Double.parseDouble(v.text().replaceAll("[^0-9,]", "").replace(',', '.')));
        }
        List<Double> expected = new ArrayList<>();
        cli.forEach(r -> expected.add(r.get("value").asDouble()));
        expected.sort(Comparator.reverseOrder());
        assertEquals(expected, values);
        assertEquals("aria-sort", "aria-sort");
        assertEquals("descending", sorted.selectFirst("th.sorted").attr("aria-sort"));
        // the whole table in pages of 50, with the CLI's count
        int all = JSON.readTree(WebCorpus.cli("targets", "--all", "--format", "json"))
                .size();
        Document first = page("/targets");
        assertEquals(Math.min(50, all), first.select("table.targets tbody tr").size());
        assertTrue(
                first.selectFirst(".count").text().endsWith("trên " + new Vi(null).number(all)),
                first.selectFirst(".count").text());
    }

    @Test
    void tooManyRowsToSortOrChart_sayWhy_andTheTableKeepsPlanOrder() throws Exception {
        JsonNode cli = JSON.readTree(WebCorpus.cli("targets", "--all", "--format", "json"));
        assertTrue(cli.size() > 50, "the corpus has more targets than the limit of these tests");
        Document d = page("/targets?sort=value&dir=desc");
        assertTrue(
                d.selectFirst(".notice").text().contains("tối đa 50 dòng"),
                d.selectFirst(".notice").text());
        assertTrue(d.select("th.sorted").isEmpty());
        List<Element> rows = d.select("table.targets tbody tr");
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(
                    cli.get(i).get("indicator").asText(),
                    rows.get(i).selectFirst("td.indicator a").text());
        }
        Document chart = page("/targets/chart");
        assertTrue(chart.select("svg").isEmpty());
        assertTrue(chart.selectFirst(".empty").text().startsWith("Có " + cli.size() + " chỉ tiêu"), chart.text());
    }

    @Test
    void targetsChart_drawsEveryValueOfTheCommonestUnit_byPlaceAndByYear() throws Exception {
        JsonNode cli = JSON.readTree(WebCorpus.cli("targets", "--all", "--indicator", "hài lòng", "--format", "json"));
        // one dot per distinct value of each group, its tooltip saying how many targets set it
        Map<String, Set<Double>> byYear = new TreeMap<>();
        long percent = 0;
        for (JsonNode r : cli) {
            if (!"%".equals(r.get("unit").asText())) continue;
            percent++;
            byYear.computeIfAbsent(r.get("year").asText(), k -> new java.util.HashSet<>())
                    .add(r.get("value").asDouble());
        }
        Document years = page("/targets/chart?indicator=h%C3%A0i%20l%C3%B2ng&by=year");
        assertEquals(
                new ArrayList<>(byYear.keySet()),
                years.select("svg.chart g.chart-row text.label").stream()
                        .map(t -> t.ownText().strip())
                        .toList());
        assertEquals(
                byYear.values().stream().mapToInt(Set::size).sum(),
                years.select("svg.chart circle.dot").size());
        long counted = 0;
        for (Element dot : years.select("svg.chart circle.dot title")) {
            Matcher m = java.util.regex.Pattern.compile("\\((\\d+) chỉ tiêu\\)").matcher(dot.text());
            counted += m.find() ? Long.parseLong(m.group(1)) : 1;
        }
        assertEquals(percent, counted);
        Document places = page("/targets/chart?indicator=h%C3%A0i%20l%C3%B2ng&by=place");
        assertFalse(places.select("svg.chart g.chart-row").isEmpty());
        assertTrue(
                places.selectFirst(".note").text().contains("Vẽ " + percent + " trên " + cli.size()),
                places.selectFirst(".note").text());
        // the targets page loads it after the table, with the same filters
        Document page = page("/targets?indicator=h%C3%A0i%20l%C3%B2ng&min=90");
        assertEquals(
                "/targets/chart?indicator=h%C3%A0i%20l%C3%B2ng&min=90",
                page.selectFirst("#chart").attr("hx-get"));
    }

    @Test
    void compare_showsOneRowPerPlan_withItsChart() throws Exception {
        JsonNode cli = JSON.readTree(WebCorpus.cli("compare", "--all", "--indicator", "hài lòng", "--format", "json"));
        Document d = page("/compare?indicator=h%C3%A0i%20l%C3%B2ng");
        assertEquals(
                planIds(cli),
                d.select("table.rows tbody tr td:first-child a").eachAttr("href").stream()
                        .map(WebPagesIntegrationTest::planOf)
                        .toList());
        assertFalse(d.select("svg.chart circle.dot").isEmpty());
        assertEquals(cli.size(), d.select("svg.chart g.chart-row").size());
    }

    @Test
    void plan_printsItsTextWhole_withEverySpanMarkedByKind() throws Exception {
        JsonNode plans = JSON.readTree(WebCorpus.cli("export", "--what", "plans", "--format", "json"));
        for (JsonNode p : plans) {
            String id = p.get("planId").asText();
            JsonNode export = JSON.readTree(
                    WebCorpus.out().resolve("plans/" + id + ".json").toFile());
            String text = Files.readString(WebCorpus.out().resolve("plans/" + id + ".txt"), StandardCharsets.UTF_8);
            Document d = page("/plans/" + id);
            Element doc = d.getElementById("doc");
            assertEquals(text, doc.wholeText(), id);
            // every target's clause is marked as a target, exactly where the export says
            for (JsonNode t : export.get("targets")) {
                String clause =
                        text.substring(t.get("start").asInt(), t.get("end").asInt());
                Element row =
                        d.selectFirst("a.jump[data-part='target:" + t.get("id").asText() + "']");
                String anchor = row.attr("href").substring(1);
                StringBuilder marked = new StringBuilder();
                doc.select("mark.k-target[data-spans~=(^|\\s)" + anchor + "(\\s|$)]")
                        .forEach(m -> marked.append(m.wholeText()));
                assertEquals(clause, marked.toString(), id + " " + t.get("id"));
            }
            for (String kind : List.of("reference", "agency")) {
                String part = kind.equals("reference") ? "legalReferences" : "agencies";
                int mentions = 0;
                for (JsonNode r : export.get(part))
                    mentions += r.get("mentions").size();
                assertEquals(mentions > 0, !doc.select("mark.k-" + kind).isEmpty(), id + " " + kind);
            }
            assertEquals(export.get("sections").size(), d.select("nav.tree li").size());
        }
    }

    @Test
    void everyPage_printsDocumentMarkupAsText() throws Exception {
        String markupPlan = null;
        for (JsonNode p : JSON.readTree(WebCorpus.cli("export", "--what", "plans", "--format", "json"))) {
            if (p.get("file").asText().endsWith("markup.txt"))
                markupPlan = p.get("planId").asText();
        }
        assertNotNull(markupPlan);
        for (String url : List.of(
                "/plans/" + markupPlan,
                "/search?q=alert",
                "/search?q=planlens&type=target",
                "/targets?indicator=h%C3%A0i%20l%C3%B2ng",
                "/targets/chart?indicator=alert",
                "/compare?indicator=alert",
                "/plans",
                "/plans/" + markupPlan + "?at=10-40")) {
            MockHttpServletResponse r = response(url);
            assertEquals(200, r.getStatus(), url);
            String html = r.getContentAsString(StandardCharsets.UTF_8);
            assertFalse(html.contains(WebCorpus.SCRIPT), url + " prints the document's markup as markup");
            Document d = Jsoup.parse(html);
            // the page's own two scripts, from this server, and no other (the chart is a piece of a page: none)
            assertEquals(
                    url.startsWith("/targets/chart")
                            ? List.of()
                            : List.of("/webjars/htmx.org/dist/htmx.min.js", "/js/planlens.js"),
                    d.select("script").eachAttr("src"),
                    url);
            assertTrue(d.select("script").stream().allMatch(s -> s.data().isEmpty()), url);
        }
        Document plan = page("/plans/" + markupPlan);
        assertTrue(plan.selectFirst(".meta h1").text().contains(WebCorpus.SCRIPT));
        assertTrue(plan.getElementById("doc").wholeText().contains(WebCorpus.SCRIPT));
        Document hits = page("/search?q=alert");
        assertTrue(
                hits.select("li.hit .snippet").text().contains("<script>"),
                hits.select("li.hit").text());
    }

    @Test
    void pages_speakVietnamese_andPrintNumbersTheVietnameseWay() throws Exception {
        Document d = page("/targets?indicator=h%C3%A0i%20l%C3%B2ng");
        assertEquals("vi", d.selectFirst("html").attr("lang"));
        assertEquals(
                List.of("Nơi ban hành", "Năm", "Mục", "Lĩnh vực", "Chỉ tiêu", "Giá trị", "Thời hạn"),
                d.select("table.targets thead th").eachText().stream()
                        .map(t -> t.replaceAll(" [▲▼]", ""))
                        .toList());
        assertTrue(d.select("td .pill").eachText().stream().anyMatch(t -> t.startsWith("Cải cách")));
        for (Element v : d.select("td.value strong")) assertFalse(v.text().matches(".*\\d\\.\\d.*"), v.text());
        Document plan = page("/plans/"
                + JSON.readTree(WebCorpus.cli("export", "--what", "plans", "--format", "json"))
                        .get(0)
                        .get("planId")
                        .asText());
        assertTrue(plan.select(".meta dt")
                .eachText()
                .containsAll(List.of("Cơ quan ban hành", "Ngày ban hành", "Giai đoạn")));
    }

    @Test
    void badParameter_isAClearPage_withTheStatus() throws Exception {
        for (String url : List.of(
                "/targets?min=ninety",
                "/search?q=x&level=village",
                "/targets?sort=colour",
                "/plans?page=0",
                "/targets?provice=x",
                "/plans/plan-x?at=5")) {
            MockHttpServletResponse r = response(url);
            int expected = url.startsWith("/plans/plan-x") ? 404 : 400;
            assertEquals(expected, r.getStatus(), url);
            String html = r.getContentAsString(StandardCharsets.UTF_8);
            assertTrue(r.getContentType().startsWith("text/html"), url);
            Document d = Jsoup.parse(html);
            assertEquals(
                    Integer.toString(expected),
                    d.selectFirst(".card.error .status").text());
            assertFalse(d.selectFirst(".card.error .detail").text().isBlank(), url);
            WebApiIntegrationTest.assertNoTrace(html);
        }
        assertTrue(Jsoup.parse(response("/targets?min=ninety").getContentAsString(StandardCharsets.UTF_8))
                .selectFirst("h1")
                .text()
                .contains("Tham số không hợp lệ"));
        // a query the parser cannot read is said on the search page, the box keeping it
        MockHttpServletResponse r = response("/search?q=%22unclosed");
        assertEquals(400, r.getStatus());
        Document d = Jsoup.parse(r.getContentAsString(StandardCharsets.UTF_8));
        assertEquals("\"unclosed", d.getElementById("q").val());
        assertTrue(
                d.selectFirst(".notice .detail").text().startsWith("bad query"),
                d.selectFirst(".notice").text());
    }

    @Test
    void pages_allowOnlyTheirOwnScriptsAndStyles() throws Exception {
        MockHttpServletResponse r = response("/search");
        assertEquals(SecurityHeaders.POLICY, r.getHeader("Content-Security-Policy"));
        assertEquals("nosniff", r.getHeader("X-Content-Type-Options"));
        assertEquals("DENY", r.getHeader("X-Frame-Options"));
        assertEquals(200, response("/webjars/htmx.org/dist/htmx.min.js").getStatus());
        assertEquals(200, response("/js/planlens.js").getStatus());
        assertEquals(200, response("/css/planlens.css").getStatus());
        // no inline style attribute anywhere (the policy would drop it)
        for (String url :
                List.of("/search?q=UBND", "/targets", "/plans", "/references", "/agencies", "/cites?number=76/NQ-CP")) {
            assertTrue(page(url).select("[style]").isEmpty(), url);
        }
    }

    @Test
    void listings_holdTheCliRows() throws Exception {
        JsonNode refs = JSON.readTree(WebCorpus.cli("references", "--format", "json"));
        Document d = page("/references");
        assertEquals(Math.min(50, refs.size()), d.select("table.rows tbody tr").size());
        assertEquals(
                refs.get(0).get("plans").asText(),
                d.selectFirst("table.rows tbody tr td:nth-child(5)").text());
        JsonNode cites = JSON.readTree(WebCorpus.cli("cites", "--all", "76/NQ-CP", "--format", "json"));
        assertEquals(
                planIds(cites),
                page("/cites?number=76%2FNQ-CP")
                        .select("table.rows tbody tr td:first-child a")
                        .eachAttr("href")
                        .stream()
                        .map(WebPagesIntegrationTest::planOf)
                        .toList());
        JsonNode leads = JSON.readTree(WebCorpus.cli("agencies", "--all", "--role", "lead", "--format", "json"));
        Document a = page("/agencies?role=lead");
        List<String> names = new ArrayList<>();
        leads.forEach(r -> names.add(r.get("name").asText()));
        assertEquals(
                names.subList(0, Math.min(50, names.size())),
                a.select("table.rows tbody tr td:first-child").eachText());
        JsonNode plans = JSON.readTree(WebCorpus.cli("export", "--what", "plans", "--format", "json"));
        assertEquals(
                planIds(plans),
                page("/plans").select("table.rows tbody tr td:first-child a").eachAttr("href").stream()
                        .map(WebPagesIntegrationTest::planOf)
                        .toList());
    }

    @Test
    void sourceDownload_givesTheBytesTheIngestRead() throws Exception {
        JsonNode plans = JSON.readTree(WebCorpus.cli("export", "--what", "plans", "--format", "json"));
        JsonNode p = plans.get(0);
        MockHttpServletResponse r = response("/plans/" + p.get("planId").asText() + "/source");
        assertEquals(200, r.getStatus());
        assertTrue(r.getHeader("Content-Disposition").startsWith("attachment"));
        assertTrue(Arrays.equals(Files.readAllBytes(Path.of(p.get("file").asText())), r.getContentAsByteArray()));
        assertEquals(
                1,
                page("/plans/" + p.get("planId").asText())
                        .select("#download-source")
                        .size());
    }
}
