package org.planlens.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.locks.LockSupport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.planlens.index.PlanIndexWriter;
import org.planlens.query.TestPlans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A server started before there is any index (issue 21): a clear 503 page and problem, never a stack trace; then
 * the ingest writes the index and, later, a newer commit: both are read without a restart.
 */
@SpringBootTest(classes = WebApplication.class)
@AutoConfigureMockMvc
class WebIndexLifecycleIntegrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path OUT = temp();

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void index(DynamicPropertyRegistry registry) {
        registry.add(WebApplication.INDEX, () -> OUT.resolve("index").toString());
    }

    private static Path temp() {
        try {
            return Files.createTempDirectory("planlens-web-lifecycle-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private MockHttpServletResponse call(String url) throws Exception {
        return mvc.perform(get(url)).andReturn().getResponse();
    }

    @Test
    void missingIndex_isAClear503_thenTheIngestsCommitsAreReadWithoutARestart() throws Exception {
        MockHttpServletResponse api = call("/api/v1/targets");
        assertEquals(503, api.getStatus());
        assertTrue(api.getContentType().startsWith("application/problem+json"));
        var problem = JSON.readTree(api.getContentAsString(StandardCharsets.UTF_8));
        assertEquals(
                "https://planlens.org/problems/no-index", problem.get("type").asText());
        assertTrue(problem.get("detail").asText().contains("no index at"), problem.toString());
        WebApiIntegrationTest.assertNoTrace(api.getContentAsString());

        MockHttpServletResponse page = call("/targets");
        assertEquals(503, page.getStatus());
        Document d = Jsoup.parse(page.getContentAsString(StandardCharsets.UTF_8));
        assertEquals("Chưa có chỉ mục để tra cứu", d.selectFirst("h1").text());
        assertTrue(
                d.selectFirst("pre").text().contains("./planlens ingest"),
                d.selectFirst("pre").text());
        assertTrue(d.selectFirst("pre")
                .text()
                .endsWith(OUT.toAbsolutePath().normalize().toString()));
        WebApiIntegrationTest.assertNoTrace(page.getContentAsString());

        try (PlanIndexWriter w = PlanIndexWriter.open(OUT.resolve("index"))) {
            add(w, "p-dong-quang", "Đông Quang");
            assertEquals(
                    1,
                    JSON.readTree(call("/api/v1/export?what=plans").getContentAsString())
                            .size());
            add(w, "p-quang-binh", "Quảng Bình");
            // a newer commit is looked for a quarter of a second after the last look
            LockSupport.parkNanos(400_000_000L);
            assertEquals(
                    2,
                    JSON.readTree(call("/api/v1/export?what=plans").getContentAsString())
                            .size());
            assertEquals(200, call("/plans/p-quang-binh").getStatus());
        }
    }

    private static void add(PlanIndexWriter w, String id, String commune) throws IOException {
        var p = TestPlans.commune(id, commune, "Đông Sơn", "Thanh Hóa", 2023, 90, "Mức độ hài lòng");
        Files.createDirectories(OUT.resolve("plans"));
        Files.writeString(OUT.resolve("plans").resolve(id + ".txt"), p.text(), StandardCharsets.UTF_8);
        w.replace(p.plan(), p.text(), "fp");
        w.commit();
    }
}
