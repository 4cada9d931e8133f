package org.planlens.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planlens.cli.PlanlensMain;
import org.planlens.support.OpenSearchNodes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import picocli.CommandLine;

/**
 * {@code planlens serve --index-url} (issue 22 with issue 21): the web over an index in a real OpenSearch node.
 * Started before any ingest it answers 503 no-index; once {@code planlens ingest --index-url} has written the
 * index, without a restart, every API question gives the CLI's rows from the same cluster byte for byte, a search
 * says its total, the search page counts its facets, and a plan's page reads its text from the export beside
 * {@code --index}.
 */
@SpringBootTest(classes = WebApplication.class)
@AutoConfigureMockMvc
class OpenSearchWebIntegrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path out;

    @Autowired
    MockMvc mvc;

    static synchronized Path out() {
        if (out == null) {
            try {
                out = Files.createTempDirectory("planlens-web-os-").resolve("out");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    static String url() {
        return OpenSearchNodes.shared().url() + "/web-test";
    }

    @DynamicPropertySource
    static void index(DynamicPropertyRegistry registry) {
        registry.add(WebApplication.INDEX, () -> out().resolve("index").toString());
        registry.add(WebApplication.INDEX_URL, OpenSearchWebIntegrationTest::url);
    }

    @Test
    void serve_overOpenSearch_followsTheIngest_andGivesTheCliRows() throws Exception {
        HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url())).DELETE().build(),
                        HttpResponse.BodyHandlers.discarding());
        MockHttpServletResponse before = call("/api/v1/targets", Map.of());
        assertEquals(503, before.getStatus(), before.getContentAsString());
        assertTrue(before.getContentAsString().contains("no-index"), before.getContentAsString());

        assertEquals(
                0,
                PlanlensMain.commandLine()
                        .execute(
                                "ingest", "corpus", "--out", out().toString(), "--threads", "2", "--index-url", url()));

        int nonEmpty = 0;
        for (WebApiIntegrationTest.Case c : WebApiIntegrationTest.CASES) {
            MockHttpServletResponse r = call(c.path(), c.params());
            assertEquals(200, r.getStatus(), c.path() + " " + c.params() + ": " + r.getContentAsString());
            List<String> args = new ArrayList<>(c.cli());
            args.addAll(List.of("--format", "json"));
            String expected = cli(args.toArray(String[]::new));
            assertEquals(expected, r.getContentAsString(StandardCharsets.UTF_8), c.path() + " " + c.params());
            if (JSON.readTree(expected).size() > 0) nonEmpty++;
        }
        assertTrue(nonEmpty >= WebApiIntegrationTest.CASES.size() - 2, "the cases ask questions the corpus answers");

        MockHttpServletResponse search = call("/api/v1/search", Map.of("q", "hài lòng", "limit", "2"));
        assertEquals(
                2,
                JSON.readTree(search.getContentAsString(StandardCharsets.UTF_8)).size());
        int all = JSON.readTree(cli("search", "hài lòng", "--limit", "1000", "--format", "json"))
                .size();
        assertEquals(Integer.toString(all), search.getHeader("X-Total-Count"));
        MockHttpServletResponse page2 = call("/api/v1/search", Map.of("q", "hài lòng", "limit", "2", "offset", "2"));
        assertEquals(200, page2.getStatus(), page2.getContentAsString());
        assertEquals(
                3,
                JSON.readTree(page2.getContentAsString(StandardCharsets.UTF_8))
                        .get(0)
                        .get("rank")
                        .asInt());

        MockHttpServletResponse searchPage = call("/search", Map.of("q", "hài lòng"));
        assertEquals(200, searchPage.getStatus());

        String planId = JSON.readTree(cli("export", "--what", "plans", "--format", "json"))
                .get(0)
                .get("planId")
                .asText();
        MockHttpServletResponse plan = call("/api/v1/plans/" + planId, Map.of());
        assertEquals(200, plan.getStatus(), plan.getContentAsString());
        JsonNode v = JSON.readTree(plan.getContentAsString(StandardCharsets.UTF_8));
        JsonNode export =
                JSON.readTree(out().resolve("plans/" + planId + ".json").toFile());
        assertEquals(export.get("targets"), v.get("targets"));
        assertEquals(
                Files.readString(out().resolve("plans/" + planId + ".txt")),
                v.get("text").asText());
        assertEquals(200, call("/plans/" + planId, Map.of()).getStatus());

        // the index deleted under the running server: 503 saying so, not a 500
        HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url())).DELETE().build(),
                        HttpResponse.BodyHandlers.discarding());
        for (var question : Map.of(
                        "/api/v1/targets", Map.<String, String>of(), "/api/v1/search", Map.of("q", "hài lòng"))
                .entrySet()) {
            MockHttpServletResponse gone = call(question.getKey(), question.getValue());
            assertEquals(503, gone.getStatus(), question.getKey() + ": " + gone.getContentAsString());
            String body = gone.getContentAsString(StandardCharsets.UTF_8);
            assertTrue(body.contains("no-index") && body.contains("no such index"), body);
        }
    }

    private MockHttpServletResponse call(String path, Map<String, String> params) throws Exception {
        MockHttpServletRequestBuilder r = get(path);
        params.forEach(r::param);
        return mvc.perform(r).andReturn().getResponse();
    }

    /** What {@code planlens ARGS --index-url URL} prints (it must succeed). */
    private static String cli(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        CommandLine cl = PlanlensMain.commandLine();
        cl.setOut(new PrintWriter(o));
        cl.setErr(new PrintWriter(e));
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.add("--index-url");
        all.add(url());
        assertEquals(0, cl.execute(all.toArray(String[]::new)), String.join(" ", args) + ": " + e);
        return o.toString();
    }
}
