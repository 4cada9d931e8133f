package org.planlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.rules.Fold;
import picocli.CommandLine;

/**
 * The query commands on an index made by the real ingest of corpus/, checked against the plan JSON exports of
 * the same run (so they hold whatever the extractors find).
 */
class QueryCommandsIntegrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path out;

    static List<JsonNode> plans;

    record Result(int exit, String out, String err) {}

    @BeforeAll
    static void ingest() throws IOException {
        assertEquals(
                0, PlanlensMain.commandLine().execute("ingest", "corpus", "--out", out.toString(), "--threads", "2"));
        // the same corpus again (forced): must replace, not add
        assertEquals(
                0,
                PlanlensMain.commandLine()
                        .execute("ingest", "corpus", "--out", out.toString(), "--threads", "2", "--force"));
        plans = new ArrayList<>();
        try (Stream<Path> files = Files.list(out.resolve("plans"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).toList())
                plans.add(JSON.readTree(p.toFile()));
        }
        plans.sort(Comparator.comparing(QueryCommandsIntegrationTest::planOrder));
    }

    static Result run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        CommandLine cl = PlanlensMain.commandLine();
        cl.setOut(new PrintWriter(o));
        cl.setErr(new PrintWriter(e));
        List<String> all = new ArrayList<>(Arrays.asList(args));
        if (!all.contains("--index")) {
            all.add("--index");
            all.add(out.resolve("index").toString());
        }
        int code = cl.execute(all.toArray(String[]::new));
        return new Result(code, o.toString(), e.toString());
    }

    static List<Map<String, Object>> json(String... args) throws IOException {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.add("--format");
        all.add("json");
        Result r = run(all.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (JsonNode n : JSON.readTree(r.out())) rows.add(JSON.convertValue(n, LinkedHashMap.class));
        return rows;
    }

    private static String planOrder(JsonNode p) {
        JsonNode issuer = p.path("metadata").path("issuer");
        JsonNode year = p.path("metadata").path("issueDate").path("year");
        if (year.isNull() || year.isMissingNode())
            year = p.path("metadata").path("period").path("from");
        return String.join(
                "\u0001",
                key(issuer.path("province")),
                key(issuer.path("district")),
                key(issuer.path("commune")),
                year.isNumber() ? String.format("%04d", year.asInt()) : "9999",
                p.path("id").asText());
    }

    private static String key(JsonNode n) {
        return n.isTextual() ? Fold.key(n.asText()) : "";
    }

    private static Map<String, Object> base(JsonNode p) {
        Map<String, Object> m = new LinkedHashMap<>();
        JsonNode md = p.path("metadata");
        JsonNode issuer = md.path("issuer");
        m.put("planId", p.path("id").asText());
        m.put("file", p.path("source").path("file").asText());
        m.put("issuer", text(issuer.path("name")));
        m.put("level", text(issuer.path("level")));
        m.put("commune", text(issuer.path("commune")));
        m.put("district", text(issuer.path("district")));
        m.put("province", text(issuer.path("province")));
        JsonNode year = md.path("issueDate").path("year");
        if (!year.isNumber()) year = md.path("period").path("from");
        m.put("year", year.isNumber() ? year.asInt() : null);
        return m;
    }

    private static String text(JsonNode n) {
        return n.isTextual() ? n.asText() : null;
    }

    private static Map<String, String> paths(JsonNode p) {
        Map<String, String> byId = new LinkedHashMap<>();
        for (JsonNode s : p.path("sections"))
            byId.put(s.path("id").asText(), s.path("path").asText());
        return byId;
    }

    private static Map<String, Object> pick(Map<String, Object> row, Set<String> keys) {
        Map<String, Object> m = new LinkedHashMap<>();
        keys.forEach(k -> m.put(k, row.get(k)));
        return m;
    }

    @Test
    void exportPlans_agreesWithTheJsonExports_andHasNoDuplicatesAfterReingest() throws IOException {
        List<Map<String, Object>> rows = json("export", "--what", "plans");
        List<Map<String, Object>> expected = new ArrayList<>();
        for (JsonNode p : plans) {
            Map<String, Object> m = base(p);
            m.put("sections", p.path("sections").size());
            m.put("targets", p.path("targets").size());
            m.put("references", p.path("legalReferences").size());
            m.put("agencies", p.path("agencies").size());
            m.put("tasks", p.path("tasks").size());
            expected.add(m);
        }
        assertEquals(5, rows.size());
        assertEquals(
                expected,
                rows.stream().map(r -> pick(r, expected.get(0).keySet())).toList());
    }

    @Test
    void exportSections_andTargets_agreeWithTheJsonExportsInOrder() throws IOException {
        List<Map<String, Object>> expSections = new ArrayList<>();
        List<Map<String, Object>> expTargets = new ArrayList<>();
        for (JsonNode p : plans) {
            Map<String, String> paths = paths(p);
            for (JsonNode s : p.path("sections")) {
                Map<String, Object> m = base(p);
                m.put("sectionPath", s.path("path").asText());
                m.put("heading", text(s.path("heading")));
                m.put("start", s.path("start").asInt());
                m.put("end", s.path("end").asInt());
                expSections.add(m);
            }
            for (JsonNode t : p.path("targets")) {
                Map<String, Object> m = base(p);
                m.put("sectionPath", paths.get(t.path("sectionId").asText()));
                m.put("indicator", text(t.path("indicator")));
                m.put("value", t.path("value").asDouble());
                expTargets.add(m);
            }
        }
        assertFalse(expSections.isEmpty());
        List<Map<String, Object>> sections = json("export", "--what", "sections");
        assertEquals(
                expSections,
                sections.stream().map(r -> pick(r, expSections.get(0).keySet())).toList());
        List<Map<String, Object>> targets = json("targets", "--all");
        assertEquals(expTargets.size(), targets.size());
        if (!expTargets.isEmpty()) {
            assertEquals(
                    expTargets,
                    targets.stream()
                            .map(r -> {
                                Map<String, Object> m =
                                        pick(r, expTargets.get(0).keySet());
                                m.put("value", ((Number) m.get("value")).doubleValue());
                                return m;
                            })
                            .toList());
        }
    }

    @Test
    void everyKind_exportsAsManyRowsAsTheExportsHold_andCsvParsesBackToTheJsonRows() throws IOException {
        Map<String, String> partOf = Map.of(
                "sections",
                "sections",
                "targets",
                "targets",
                "references",
                "legalReferences",
                "agencies",
                "agencies",
                "tasks",
                "tasks");
        for (var e : partOf.entrySet()) {
            int expected =
                    plans.stream().mapToInt(p -> p.path(e.getValue()).size()).sum();
            List<Map<String, Object>> rows = json("export", "--what", e.getKey());
            assertEquals(expected, rows.size(), e.getKey());
            rows.forEach(r -> assertTrue(r.containsKey("planId") && r.containsKey("file"), e.getKey()));
            Result csv = run("export", "--what", e.getKey(), "--format", "csv");
            assertEquals(0, csv.exit());
            List<List<String>> parsed = Csv.parse(csv.out());
            assertEquals(rows.size() + 1, parsed.size(), e.getKey());
            if (!rows.isEmpty()) {
                assertEquals(new ArrayList<>(rows.get(0).keySet()), parsed.get(0));
            }
            for (int i = 0; i < rows.size(); i++) {
                assertEquals(Csv.cells(rows.get(i)), parsed.get(i + 1), e.getKey() + " row " + i);
            }
        }
    }

    @Test
    void filters_selectThePlansTheExportsSay() throws IOException {
        JsonNode first = plans.get(0);
        String planId = first.path("id").asText();
        String province = text(first.path("metadata").path("issuer").path("province"));
        List<Map<String, Object>> all = json("export", "--what", "sections");
        if (province != null) {
            String folded = Fold.fold(province).toUpperCase();
            List<Map<String, Object>> rows = json("export", "--what", "sections", "--province", folded);
            long expected =
                    all.stream().filter(r -> province.equals(r.get("province"))).count();
            assertEquals(expected, rows.size());
        }
        // a province no plan has: nothing
        assertEquals(List.of(), json("export", "--what", "sections", "--province", "Không Có Tỉnh Này"));
        // a year: plans whose period (else issue year) covers it
        for (JsonNode p : plans) {
            JsonNode from = p.path("metadata").path("period").path("from");
            Integer year = from.isNumber() ? Integer.valueOf(from.asInt()) : (Integer) base(p).get("year");
            if (year == null) continue;
            List<Map<String, Object>> rows = json("export", "--what", "plans", "--year", year.toString());
            assertTrue(rows.stream().anyMatch(r -> p.path("id").asText().equals(r.get("planId"))));
        }
        assertTrue(json("export", "--what", "plans").stream().anyMatch(r -> planId.equals(r.get("planId"))));
    }

    @Test
    void search_findsAccentedHeadingsFromUnaccentedWords() throws IOException {
        JsonNode section = null;
        JsonNode plan = null;
        for (JsonNode p : plans) {
            for (JsonNode s : p.path("sections")) {
                String h = s.path("heading").asText("");
                if (section == null
                        && h.split("\\s+").length >= 3
                        && !Fold.fold(h).equals(h.toLowerCase())) {
                    section = s;
                    plan = p;
                }
            }
        }
        assertTrue(section != null, "the corpus has accented headings");
        String[] words = Fold.key(section.path("heading").asText()).split(" ");
        String query = "\"" + String.join(" ", Arrays.copyOf(words, Math.min(5, words.length))) + "\"";
        List<Map<String, Object>> hits = json("search", query, "--type", "section", "--limit", "50");
        String id = plan.path("id").asText();
        String path = section.path("path").asText();
        assertTrue(
                hits.stream().anyMatch(h -> id.equals(h.get("planId")) && path.equals(h.get("sectionPath"))),
                query + " -> " + hits);
        assertTrue(hits.stream().allMatch(h -> "section".equals(h.get("kind"))));
        Map<String, Object> top = hits.get(0);
        assertTrue(String.valueOf(top.get("snippet")).contains("«"), "snippet highlights the match");
    }

    @Test
    void targets_min_keepsValuesAtOrAbove() throws IOException {
        List<Map<String, Object>> all = json("targets", "--all");
        List<Map<String, Object>> kept = json("targets", "--min", "90", "--all");
        long expected = all.stream()
                .filter(r -> ((Number) r.get("value")).doubleValue() >= 90)
                .count();
        assertEquals(expected, kept.size());
    }

    @Test
    void listings_printAFirstPage_andTheTotal_andPageOnOrTakeAll() throws IOException {
        List<Map<String, Object>> all = json("targets", "--all");
        assertTrue(all.size() > PageOptions.DEFAULT_LIMIT, "the corpus has more targets than a page");
        Result first = run("targets", "--format", "json");
        assertEquals(0, first.exit(), first.err());
        assertEquals(all.subList(0, PageOptions.DEFAULT_LIMIT), rows(first.out()));
        assertTrue(first.err().contains("rows 1-50 of " + all.size() + " (--offset 50 for the next page"), first.err());
        assertEquals(all.subList(50, 60), json("targets", "--offset", "50", "--limit", "10"));
        assertEquals(all.subList(80, all.size()), json("targets", "--offset", "80"));
        assertEquals(List.of(), json("targets", "--offset", String.valueOf(all.size())));
        Result everything = run("targets", "--all", "--format", "csv");
        assertTrue(everything.err().contains("rows 1-" + all.size() + " of " + all.size()), everything.err());
        assertEquals(all.size() + 1, Csv.parse(everything.out()).size(), "header and every row");
        for (String[] cmd : List.of(new String[] {"cites", "76/NQ-CP"}, new String[] {"agencies"}, new String[] {
            "compare", "--indicator", "dich vu cong"
        })) {
            List<String> args = new ArrayList<>(Arrays.asList(cmd));
            List<Map<String, Object>> every = json(concat(args, "--all"));
            assertFalse(every.isEmpty(), String.join(" ", cmd));
            int from = every.size() / 2;
            assertEquals(
                    every.subList(from, Math.min(every.size(), from + 2)),
                    json(concat(args, "--offset", String.valueOf(from), "--limit", "2")),
                    String.join(" ", cmd));
            Result page = run(concat(args, "--limit", "1"));
            assertTrue(page.err().contains("rows 1-1 of " + every.size()), page.err());
        }
        assertEquals(ExitCodes.USAGE, run("targets", "--limit", "0").exit());
        assertEquals(ExitCodes.USAGE, run("targets", "--offset", "-1").exit());
        assertEquals(ExitCodes.USAGE, run("targets", "--all", "--offset", "5").exit());
    }

    private static String[] concat(List<String> args, String... more) {
        List<String> all = new ArrayList<>(args);
        all.addAll(Arrays.asList(more));
        return all.toArray(String[]::new);
    }

    private static List<Map<String, Object>> rows(String json) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (JsonNode n : JSON.readTree(json)) rows.add(JSON.convertValue(n, LinkedHashMap.class));
        return rows;
    }

    @Test
    void queryCommands_runWithFilters() {
        for (String[] cmd : List.of(
                new String[] {"cites", "3611/QĐ-UBND"},
                new String[] {"references"},
                new String[] {"agencies", "--role", "lead"},
                new String[] {"compare", "--indicator", "hài lòng"},
                new String[] {"facets"},
                new String[] {"targets", "--pillar", "procedures", "--unit", "%"})) {
            List<String> args = new ArrayList<>(Arrays.asList(cmd));
            args.addAll(List.of("--level", "commune", "--from", "2020", "--to", "2025"));
            Result r = run(args.toArray(String[]::new));
            assertEquals(0, r.exit(), String.join(" ", cmd) + ": " + r.err());
            assertTrue(r.out().contains("row"), r.out());
        }
    }

    /** Issue 20: which plans implement 76/NQ-CP, which have it as their legal basis, as the exports say. */
    @Test
    void citesByRelation_keepsThePlansWhoseMentionsCarryIt() throws IOException {
        for (String relation : List.of("basis", "implements")) {
            Set<String> expected = new TreeSet<>();
            for (JsonNode p : plans) {
                for (JsonNode r : p.get("legalReferences")) {
                    if ("76/nq-cp@2021".equals(r.get("key").asText())) {
                        r.get("mentions").forEach(m -> {
                            if (relation.equals(m.path("relation").asText())) {
                                expected.add(p.get("id").asText());
                            }
                        });
                    }
                }
            }
            Set<String> got = new TreeSet<>();
            json("cites", "76/NQ-CP@2021", "--relation", relation).forEach(r -> got.add((String) r.get("planId")));
            assertEquals(expected, got, relation);
        }
        assertFalse(json("cites", "76/NQ-CP", "--relation", "basis").isEmpty(), "seed 001 cites it under Căn cứ");
        assertEquals(
                ExitCodes.USAGE,
                run("cites", "76/NQ-CP", "--relation", "follows").exit());
    }

    @Test
    void facets_countPlansByYearAsTheExportsDo() throws IOException {
        Map<String, Integer> byYear = new LinkedHashMap<>();
        for (JsonNode p : plans) {
            Integer y = (Integer) base(p).get("year");
            if (y != null) byYear.merge(y.toString(), 1, Integer::sum);
        }
        Map<String, Integer> got = new LinkedHashMap<>();
        for (Map<String, Object> r : json("facets")) {
            if ("year".equals(r.get("dimension"))) got.put((String) r.get("value"), (Integer) r.get("count"));
        }
        assertEquals(byYear, got);
    }

    @Test
    void errors_oneLineAndTheStatedExitCodes() {
        Result bad = run("search", "\"unclosed");
        assertEquals(ExitCodes.USAGE, bad.exit());
        assertEquals(1, bad.err().strip().lines().count(), bad.err());
        assertEquals(ExitCodes.USAGE, run("targets", "--bogus").exit());
        assertEquals(ExitCodes.USAGE, run("targets", "--format", "xml").exit());
        assertEquals(ExitCodes.USAGE, run("targets", "--level", "village").exit());
        assertEquals(ExitCodes.USAGE, run("targets", "--min", "ninety").exit());
        Result missing = run("targets", "--index", out.resolve("no-such-index").toString());
        assertEquals(ExitCodes.FAILED, missing.exit());
        assertTrue(missing.err().contains("no index"), missing.err());
    }

    @Test
    void out_writesTheFileInUtf8() throws IOException {
        Path file = out.resolve("sections.csv");
        assertEquals(
                0,
                run("export", "--what", "sections", "--format", "csv", "--out", file.toString())
                        .exit());
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("planId,file,"));
        Set<String> ids = new HashSet<>();
        for (List<String> row : Csv.parse(csv).subList(1, Csv.parse(csv).size())) ids.add(row.get(0));
        assertEquals(plans.size(), ids.size());
    }

    /** A strict RFC 4180 reader for checking the CSV writer, and the cell text the writer should give. */
    static final class Csv {
        static List<List<String>> parse(String s) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    row.add(cell.toString());
                    cell.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                    i++;
                } else {
                    cell.append(c);
                }
            }
            return rows;
        }

        static List<String> cells(Map<String, Object> row) {
            List<String> out = new ArrayList<>();
            for (Object v : row.values()) out.add(spreadsheetSafe(cell(v)));
            return out;
        }

        /** A text cell opening like a formula is written with a leading {@code '}; numbers are not. */
        private static String spreadsheetSafe(String cell) {
            if (cell.isEmpty()) return cell;
            char c = cell.charAt(0);
            boolean number = cell.matches("[+-]?\\d+(\\.\\d+)?");
            return "=+-@\t\r".indexOf(c) >= 0 && !number ? "'" + cell : cell;
        }

        private static String cell(Object v) {
            if (v == null) return "";
            if (v instanceof List<?> l)
                return String.join("; ", l.stream().map(Csv::cell).toList());
            if (v instanceof Double d && d == Math.rint(d)) return Long.toString(d.longValue());
            return v.toString();
        }
    }
}
