package org.planlens.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.planlens.query.PlanFilter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The REST API (issue 21) on the index of corpus/: the CLI's rows for the same filters, byte for byte; RFC 9457
 * problems for bad parameters and unknown plans; an OpenAPI description that matches the controllers.
 */
class WebApiIntegrationTest extends WebTestBase {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** An API call and the CLI command asking the same (a listing with --all: the API answers every row). */
    record Case(String path, Map<String, String> params, List<String> cli) {
        static Case of(String path, List<String> cli, String... params) {
            Map<String, String> p = new LinkedHashMap<>();
            for (int i = 0; i < params.length; i += 2) p.put(params[i], params[i + 1]);
            return new Case(path, p, cli);
        }
    }

    static final List<Case> CASES = List.of(
            Case.of(
                    "/api/v1/targets",
                    List.of("targets", "--indicator", "hài lòng", "--min", "90", "--all"),
                    "indicator",
                    "hài lòng",
                    "min",
                    "90"),
            Case.of(
                    "/api/v1/targets",
                    List.of("targets", "--level", "commune", "--pillar", "procedures", "--unit", "%", "--all"),
                    "level",
                    "commune",
                    "pillar",
                    "procedures",
                    "unit",
                    "%"),
            Case.of(
                    "/api/v1/targets",
                    List.of("targets", "--province", "ninh thuan", "--year", "2022", "--max", "50", "--all"),
                    "province",
                    "ninh thuan",
                    "year",
                    "2022",
                    "max",
                    "50"),
            Case.of("/api/v1/targets", List.of("targets", "--all")),
            Case.of(
                    "/api/v1/search",
                    List.of("search", "hài lòng", "--type", "target", "--limit", "5"),
                    "q",
                    "hài lòng",
                    "type",
                    "target",
                    "limit",
                    "5"),
            Case.of(
                    "/api/v1/search",
                    List.of("search", "UBND", "--offset", "3", "--limit", "4", "--pillar", "procedures"),
                    "q",
                    "UBND",
                    "offset",
                    "3",
                    "limit",
                    "4",
                    "pillar",
                    "procedures"),
            Case.of(
                    "/api/v1/search",
                    List.of("search", "\"cải cách hành chính\"", "--doc-type", "ke_hoach"),
                    "q",
                    "\"cải cách hành chính\"",
                    "doc-type",
                    "ke_hoach"),
            Case.of("/api/v1/cites", List.of("cites", "76/NQ-CP", "--all"), "number", "76/NQ-CP"),
            Case.of("/api/v1/references", List.of("references", "--level", "commune"), "level", "commune"),
            Case.of(
                    "/api/v1/agencies",
                    List.of("agencies", "--role", "lead", "--name", "văn phòng", "--all"),
                    "role",
                    "lead",
                    "name",
                    "văn phòng"),
            Case.of(
                    "/api/v1/compare",
                    List.of("compare", "--indicator", "hai long", "--from", "2020", "--to", "2025", "--all"),
                    "indicator",
                    "hai long",
                    "from",
                    "2020",
                    "to",
                    "2025"),
            Case.of("/api/v1/export", List.of("export", "--what", "tasks"), "what", "tasks"),
            Case.of(
                    "/api/v1/export",
                    List.of("export", "--what", "plans", "--doc-type", "quyet_dinh"),
                    "what",
                    "plans",
                    "doc-type",
                    "quyet_dinh"),
            Case.of("/api/v1/facets", List.of("facets", "--type", "target"), "type", "targets"));

    private MockHttpServletResponse call(String path, Map<String, String> params) throws Exception {
        MockHttpServletRequestBuilder r = get(path);
        params.forEach(r::param);
        return mvc.perform(r).andReturn().getResponse();
    }

    @Test
    void everyQuery_givesTheCliJsonRows_forTheSameFilters() throws Exception {
        int nonEmpty = 0;
        for (Case c : CASES) {
            MockHttpServletResponse r = call(c.path(), c.params());
            assertEquals(200, r.getStatus(), c.path() + " " + c.params() + ": " + r.getContentAsString());
            assertTrue(r.getContentType().startsWith("application/json"), r.getContentType());
            List<String> cli = new ArrayList<>(c.cli());
            cli.addAll(List.of("--format", "json"));
            String expected = WebCorpus.cli(cli.toArray(String[]::new));
            assertEquals(expected, r.getContentAsString(StandardCharsets.UTF_8), c.path() + " " + c.params());
            if (JSON.readTree(expected).size() > 0) nonEmpty++;
        }
        assertTrue(nonEmpty >= CASES.size() - 2, "the cases ask questions the corpus answers");
    }

    @Test
    void csv_isTheCliCsv_afterAByteOrderMark_asAnAttachment() throws Exception {
        for (Case c : List.of(CASES.get(0), CASES.get(9), CASES.get(11))) {
            Map<String, String> p = new LinkedHashMap<>(c.params());
            p.put("format", "csv");
            MockHttpServletResponse r = call(c.path(), p);
            assertEquals(200, r.getStatus());
            assertEquals("text/csv;charset=UTF-8", r.getContentType());
            assertTrue(r.getHeader("Content-Disposition").startsWith("attachment"), r.getHeader("Content-Disposition"));
            List<String> cli = new ArrayList<>(c.cli());
            cli.addAll(List.of("--format", "csv"));
            byte[] expected = ("\uFEFF" + WebCorpus.cli(cli.toArray(String[]::new))).getBytes(StandardCharsets.UTF_8);
            assertArrayEquals(expected, r.getContentAsByteArray(), c.path());
        }
    }

    @Test
    void search_saysHowManyHitsThereAreInAll() throws Exception {
        MockHttpServletResponse r = call("/api/v1/search", Map.of("q", "hài lòng", "limit", "2"));
        assertEquals(
                2, JSON.readTree(r.getContentAsString(StandardCharsets.UTF_8)).size());
        int all = JSON.readTree(WebCorpus.cli("search", "hài lòng", "--limit", "1000", "--format", "json"))
                .size();
        assertEquals(Integer.toString(all), r.getHeader("X-Total-Count"));
    }

    @Test
    void badParameters_are400Problems_sayingWhichAndWhy() throws Exception {
        Map<List<String>, String> cases = new LinkedHashMap<>();
        cases.put(List.of("/api/v1/targets", "min", "ninety"), "min: 'ninety' is not a number");
        cases.put(List.of("/api/v1/targets", "year", "20x5"), "year: '20x5' is not a whole number");
        cases.put(List.of("/api/v1/targets", "level", "village"), "unknown level 'village'");
        cases.put(List.of("/api/v1/targets", "provice", "Thanh Hóa"), "unknown parameter 'provice'");
        cases.put(List.of("/api/v1/targets", "comparator", "about"), "unknown comparator 'about'");
        cases.put(List.of("/api/v1/targets", "format", "xml"), "format: 'xml' is not a format");
        cases.put(List.of("/api/v1/targets", "from", "2025", "to", "2020"), "2025 is after");
        cases.put(List.of("/api/v1/targets", "min", "95", "max", "90"), "is above");
        cases.put(List.of("/api/v1/search"), "q is required");
        cases.put(List.of("/api/v1/search", "q", "\"unclosed"), "bad query");
        cases.put(List.of("/api/v1/search", "q", "x", "type", "bogus"), "type: 'bogus' is not a record kind");
        cases.put(List.of("/api/v1/search", "q", "x", "limit", "0"), "--limit must be at least 1");
        cases.put(List.of("/api/v1/compare"), "indicator is required");
        cases.put(List.of("/api/v1/export", "what", "things"), "not a record kind");
        cases.put(List.of("/api/v1/agencies", "role", "boss"), "unknown role 'boss'");
        for (var e : cases.entrySet()) {
            List<String> k = e.getKey();
            Map<String, String> params = new LinkedHashMap<>();
            for (int i = 1; i < k.size(); i += 2) params.put(k.get(i), k.get(i + 1));
            MockHttpServletResponse r = call(k.get(0), params);
            String body = r.getContentAsString(StandardCharsets.UTF_8);
            assertEquals(400, r.getStatus(), k + ": " + body);
            assertTrue(r.getContentType().startsWith("application/problem+json"), r.getContentType());
            JsonNode p = JSON.readTree(body);
            assertEquals(400, p.get("status").asInt());
            assertEquals("Bad parameter", p.get("title").asText());
            assertEquals(
                    "https://planlens.org/problems/bad-parameter", p.get("type").asText());
            assertEquals(k.get(0), p.get("instance").asText());
            assertTrue(p.get("detail").asText().contains(e.getValue()), k + ": " + body);
            assertNoTrace(body);
        }
    }

    @Test
    void unknownPlanAndAddress_are404Problems() throws Exception {
        MockHttpServletResponse r = call("/api/v1/plans/plan-00000000000000000000", Map.of());
        assertEquals(404, r.getStatus());
        assertTrue(r.getContentType().startsWith("application/problem+json"), r.getContentType());
        assertTrue(r.getContentAsString().contains("no plan 'plan-00000000000000000000'"));
        r = call("/api/v1/nothing-here", Map.of());
        assertEquals(404, r.getStatus());
        assertTrue(r.getContentType().startsWith("application/problem+json"), r.getContentType());
        assertNoTrace(r.getContentAsString());
    }

    @Test
    void plan_givesTheRecordsOfItsExport_andItsText() throws Exception {
        String planId = JSON.readTree(WebCorpus.cli("export", "--what", "plans", "--format", "json"))
                .get(0)
                .get("planId")
                .asText();
        JsonNode export = JSON.readTree(
                WebCorpus.out().resolve("plans/" + planId + ".json").toFile());
        MockHttpServletResponse r = call("/api/v1/plans/" + planId, Map.of());
        assertEquals(200, r.getStatus());
        JsonNode v = JSON.readTree(r.getContentAsString(StandardCharsets.UTF_8));
        assertEquals(export.get("targets"), v.get("targets"));
        assertEquals(export.get("sections"), v.get("sections"));
        assertEquals(export.get("agencies"), v.get("agencies"));
        assertEquals(
                Files.readString(WebCorpus.out().resolve("plans/" + planId + ".txt")),
                v.get("text").asText());
        assertTrue(v.get("spans").size() >= export.get("targets").size());
    }

    @Test
    void openApi_describesEveryApiMapping_withItsParameters() throws Exception {
        MockHttpServletResponse r = call("/api/v1/openapi.json", Map.of());
        assertEquals(200, r.getStatus());
        JsonNode api = JSON.readTree(r.getContentAsString(StandardCharsets.UTF_8));
        assertTrue(api.get("openapi").asText().startsWith("3."));
        JsonNode paths = api.get("paths");
        Set<String> mapped = new HashSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (method.getBeanType() != ApiController.class) return;
            for (String pattern : info.getPatternValues()) {
                mapped.add(pattern);
                JsonNode op = paths.path(pattern).path("get");
                assertFalse(op.isMissingNode(), pattern + " is not described");
                Set<String> described = new HashSet<>();
                op.path("parameters").forEach(p -> described.add(p.get("name").asText()));
                for (MethodParameter p : method.getMethodParameters()) {
                    RequestParam rp = p.getParameterAnnotation(RequestParam.class);
                    if (rp != null) assertTrue(described.contains(rp.name()), pattern + " lacks " + rp.name());
                    if (p.getParameterType() == PlanFilter.class) {
                        Params.PLAN_FILTERS.forEach(
                                f -> assertTrue(described.contains(f.name()), pattern + " lacks " + f.name()));
                    }
                }
                assertTrue(op.path("responses").has("200"), pattern);
                // a bad parameter is a 400 problem wherever there are query parameters; an unknown plan a 404
                assertTrue(op.path("responses").has(pattern.contains("{") ? "404" : "400"), pattern);
            }
        });
        Set<String> documented = new HashSet<>();
        paths.fieldNames().forEachRemaining(documented::add);
        assertEquals(mapped, documented);
        assertEquals(9, mapped.size());
    }

    static void assertNoTrace(String body) {
        assertFalse(body.contains("Exception"), body);
        assertFalse(body.contains("\tat ") || body.contains("at org."), body);
    }
}
