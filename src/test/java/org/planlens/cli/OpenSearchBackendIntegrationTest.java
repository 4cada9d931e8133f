package org.planlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.index.IndexFields;
import org.planlens.index.IndexLocation;
import org.planlens.index.RecordIndex;
import org.planlens.rules.ModelData;
import org.planlens.support.IngestRun;
import org.planlens.support.OpenSearchNodes;
import picocli.CommandLine;

/**
 * The real ingest of corpus/ written once into the local index and once into a real OpenSearch node: every query
 * command gives the same rows from both; re-ingesting replaces, never adds. The rows are compared first, while both
 * indexes have the same history (a replaced record counts in the term statistics of either engine until merged
 * away, and the two merge at different times).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenSearchBackendIntegrationTest {
    @TempDir
    static Path local;

    @TempDir
    static Path remote;

    static String url;

    @BeforeAll
    static void ingestBoth() throws Exception {
        url = OpenSearchNodes.shared().url() + "/corpus-it";
        HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).DELETE().build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(0, IngestRun.ingest(local, "corpus", "--threads", "2").exitCode());
        assertEquals(
                0,
                IngestRun.ingest(remote, "corpus", "--threads", "2", "--index-url", url)
                        .exitCode());
    }

    @Test
    @Order(1)
    void everyQueryCommand_givesTheSameRowsFromBothBackends() throws Exception {
        int rows = BackendRows.assertSameRows(
                List.of("--index", local.resolve("index").toString()), List.of("--index-url", url), 1e-5);
        assertTrue(rows > 100, "the questions found rows: " + rows);
    }

    @Test
    @Order(2)
    void reingest_replacesByPlanId_andSkipsUnchangedPlans() throws Exception {
        long before = records(IndexLocation.of(null, url));
        IngestRun again = IngestRun.ingest(remote, "corpus", "--threads", "2", "--index-url", url);
        assertEquals(5, again.count("unchanged"), "fingerprints read back from OpenSearch");
        IngestRun forced = IngestRun.ingest(remote, "corpus", "--threads", "2", "--index-url", url, "--force");
        assertEquals(5, forced.count("exported"));
        assertEquals(before, records(IndexLocation.of(null, url)));
        assertEquals(records(IndexLocation.local(local.resolve("index"))), before);
    }

    /**
     * A bulk request cut off mid-plan leaves the plan without its plan record (deleted first, written last): the plan
     * is not counted as indexed, so the next ingest re-makes it, and its records are not doubled.
     */
    @Test
    @Order(3)
    void planCutOffMidBulk_isRedoneByTheNextIngest() throws Exception {
        long before = records(IndexLocation.of(null, url));
        JsonNode plans = BackendRows.ask(List.of("export", "--what", "plans"), List.of("--index-url", url));
        String planId = plans.get(0).path("planId").asText();
        HttpResponse<String> deleted = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        url + "/_doc/" + planId + "%2F0?routing=" + planId + "&refresh=true"))
                                .DELETE()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, deleted.statusCode(), deleted.body());
        IngestRun again = IngestRun.ingest(remote, "corpus", "--threads", "2", "--index-url", url);
        assertEquals(1, again.count("exported"), "the plan without its plan record is re-made");
        assertEquals(4, again.count("unchanged"));
        assertEquals(before, records(IndexLocation.of(null, url)));
    }

    /**
     * A corrected file (other bytes at the same place) supersedes the plan its old bytes made in the cluster too: the
     * old plan's records are all deleted with the chunk that writes the new one, and the report says so.
     */
    @Test
    @Order(4)
    void correctedFile_supersedesItsOldPlan_inTheCluster() throws Exception {
        String at = OpenSearchNodes.shared().url() + "/supersede-it";
        HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(at)).DELETE().build(), HttpResponse.BodyHandlers.discarding());
        Path inbox = Files.createDirectories(remote.resolve("inbox"));
        Path out = remote.resolve("supersede-out");
        Files.copy(Path.of("corpus/003_a473bff622232a9a.txt"), inbox.resolve("corrected.txt"));
        assertEquals(
                0, IngestRun.ingest(out, inbox.toString(), "--index-url", at).exitCode());
        String before = onlyPlan(at);
        assertTrue(recordsOf(at, before) > 1);
        Files.writeString(inbox.resolve("corrected.txt"), "\nBản sửa ngày 01/6/2025.\n", StandardOpenOption.APPEND);
        IngestRun second = IngestRun.ingest(out, inbox.toString(), "--index-url", at);
        assertEquals(0, second.exitCode());
        String now = onlyPlan(at);
        assertTrue(!now.equals(before), now);
        JsonNode superseded = second.report().get("superseded");
        assertEquals(1, superseded.size(), superseded.toString());
        assertEquals(before, superseded.get(0).get("planId").asText());
        assertEquals(now, superseded.get(0).get("by").asText());
        assertEquals(0, recordsOf(at, before), "nothing of the old plan is left");
        assertEquals(records(IndexLocation.of(null, at)), recordsOf(at, now));
    }

    /** How many records of plan {@code planId} the cluster's index holds. */
    private static long recordsOf(String at, String planId) throws Exception {
        String query = "{\"query\":{\"term\":{\"" + IndexFields.PLAN_ID + "\":\"" + planId + "\"}}}";
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(at + "/_count"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(query))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return new ObjectMapper().readTree(r.body()).path("count").asLong();
    }

    private static String onlyPlan(String at) throws Exception {
        JsonNode plans = BackendRows.ask(List.of("export", "--what", "plans"), List.of("--index-url", at));
        assertEquals(1, plans.size(), plans.toString());
        return plans.get(0).path("planId").asText();
    }

    @Test
    void missingIndex_isExitOneWithOneLine() throws Exception {
        StringWriter err = new StringWriter();
        CommandLine cl = PlanlensMain.commandLine();
        cl.setErr(new PrintWriter(err));
        assertEquals(
                ExitCodes.FAILED,
                cl.execute("targets", "--index-url", OpenSearchNodes.shared().url() + "/no-such-index"));
        assertTrue(err.toString().contains("no index"), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
    }

    private static long records(IndexLocation at) throws Exception {
        try (RecordIndex index = at.openReader(ModelData.packaged())) {
            return index.records();
        }
    }
}
