package org.planlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;

/**
 * Every query command, with filters, as JSON rows: asked of two indexes, the rows must be the same, in the same
 * order; search scores equal to within {@code scoreTolerance} (relative).
 */
final class BackendRows {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The questions: every command, every record kind, filters of each sort, phrases, synonyms, negation. */
    static final List<List<String>> QUESTIONS = List.of(
            List.of("search", "hai long"),
            List.of("search", "hài lòng", "--type", "target"),
            List.of("search", "\"cải cách hành chính\"", "--type", "section", "--limit", "50"),
            List.of("search", "UBND", "--limit", "50"),
            List.of("search", "TTHC -\"dịch vụ công\"", "--level", "commune"),
            List.of("search", "chuyen doi so OR \"chính quyền số\"", "--from", "2021", "--to", "2025"),
            List.of("targets"),
            List.of("targets", "--all"),
            List.of("targets", "--offset", "40", "--limit", "30"),
            List.of("targets", "--indicator", "hai long", "--min", "90"),
            List.of("targets", "--pillar", "procedures", "--unit", "%", "--max", "80"),
            List.of("targets", "--comparator", "at_least", "--year", "2023"),
            List.of("cites", "76/nq-cp"),
            List.of("cites", "30c/NQ-CP năm 2011"),
            List.of("references"),
            List.of("references", "--province", "thanh hoa"),
            List.of("agencies", "--role", "standing"),
            List.of("agencies", "--name", "van phong", "--level", "commune"),
            List.of("compare", "--indicator", "dich vu cong truc tuyen"),
            List.of("compare", "--indicator", "dich vu cong", "--all"),
            List.of("agencies", "--all"),
            List.of("agencies", "--offset", "10", "--limit", "5"),
            List.of("cites", "76/nq-cp", "--all"),
            List.of("export", "--what", "plans"),
            List.of("export", "--what", "sections"),
            List.of("export", "--what", "references"),
            List.of("export", "--what", "agencies"),
            List.of("export", "--what", "tasks", "--doc-type", "ke_hoach"),
            List.of("facets"),
            List.of("facets", "--type", "target"),
            List.of("facets", "--type", "section", "--level", "commune"));

    private BackendRows() {}

    /** Asserts every question gets the same rows from both indexes (given as extra arguments) and some rows overall. */
    static int assertSameRows(List<String> localIndex, List<String> otherIndex, double scoreTolerance)
            throws Exception {
        int rows = 0;
        for (List<String> q : QUESTIONS) {
            JsonNode a = ask(q, localIndex);
            JsonNode b = ask(q, otherIndex);
            assertEquals(a.size(), b.size(), String.join(" ", q));
            for (int i = 0; i < a.size(); i++) {
                JsonNode ra = a.get(i).deepCopy();
                JsonNode rb = b.get(i).deepCopy();
                if (ra.has("score")) {
                    double sa = ra.get("score").asDouble();
                    double sb = rb.get("score").asDouble();
                    assertEquals(sa, sb, Math.abs(sa) * scoreTolerance, String.join(" ", q) + " row " + i + " score");
                    ((ObjectNode) ra).remove("score");
                    ((ObjectNode) rb).remove("score");
                }
                assertEquals(ra, rb, String.join(" ", q) + " row " + i);
            }
            rows += a.size();
        }
        return rows;
    }

    static JsonNode ask(List<String> question, List<String> index) throws Exception {
        List<String> args = new ArrayList<>(question);
        args.addAll(index);
        args.addAll(Arrays.asList("--format", "json"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = PlanlensMain.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args.toArray(String[]::new));
        assertEquals(0, code, String.join(" ", args) + ": " + err);
        return JSON.readTree(out.toString());
    }
}
