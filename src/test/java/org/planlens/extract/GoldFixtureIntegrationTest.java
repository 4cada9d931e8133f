package org.planlens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.planlens.model.Agency;
import org.planlens.model.Metadata;
import org.planlens.model.Task;
import org.planlens.rules.Fold;
import org.planlens.rules.ModelData;
import org.planlens.structure.SectionParser;
import org.planlens.structure.SectionTree;
import org.planlens.text.normalize.TextNormalizer;

/**
 * The metadata, task-table and agency extractors on plans written for these tests (src/test/resources/gold-fixtures:
 * a text and its gold in the GOLD.md format), scored with GOLD.md's matching rules.
 */
class GoldFixtureIntegrationTest {
    private static final ModelData MODELS = ModelData.packaged();
    private static final double MIN_F1 = 0.85;
    private static final double SAME_TEXT = 0.8;

    static Stream<String> fixtures() {
        return Stream.of(
                "an-binh-2022.txt",
                "ke-hoach-cchc-tinh-phu-yen-2023.txt",
                "quyet-dinh-cchc-bao-loc-2023-2025.txt",
                "ke-hoach-cchc-phuong-quang-trung-2024.txt",
                "ke-hoach-cchc-huyen-phong-dien-2025.txt",
                "ke-hoach-cchc-xa-khong-lao-2026.txt");
    }

    private record Run(JsonNode gold, Metadata metadata, List<Task> tasks, List<Agency> agencies) {}

    private static Run run(String file) throws IOException {
        String raw = resource(file);
        JsonNode gold = new ObjectMapper().readTree(resource(file + ".json"));
        String text = TextNormalizer.standard().normalize(raw);
        SectionTree tree = new SectionParser(MODELS).parse(text);
        List<Task> tasks = new TaskTableExtractor(MODELS).extract(text, tree);
        Metadata metadata = new MetadataExtractor(MODELS).extract(text, tree);
        return new Run(
                gold, metadata, tasks, new AgencyExtractor(MODELS).extract(text, tree, tasks, metadata.issuer()));
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void metadata_matchesGoldInEveryPrintedField(String file) throws IOException {
        Run r = run(file);
        JsonNode g = r.gold().get("metadata");
        Metadata m = r.metadata();
        assertEquals(g.get("documentType").asText(), m.documentType().code());
        assertEquals(g.get("number").asText(null), m.number());
        assertEquals(key(g.get("title").asText()), key(m.title()));
        assertEquals(g.get("issueDate").get("year").asInt(), m.issueDate().year());
        assertEquals(g.get("issuer").get("level").asText(), m.issuer().level().code());
        assertEquals(
                key(g.get("issuer").get("commune").asText(null)), key(m.issuer().commune()));
        assertEquals(
                key(g.get("issuer").get("district").asText(null)),
                key(m.issuer().district()));
        assertEquals(
                key(g.get("issuer").get("province").asText(null)),
                key(m.issuer().province()));
        assertEquals(g.get("period").get("from").asInt(), m.period().from());
        assertEquals(g.get("period").get("to").asInt(), m.period().to());
        assertEquals(g.get("signer").get("name").asText(), m.signer().name());
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void taskRows_matchGoldByPathAndText(String file) throws IOException {
        Run r = run(file);
        Map<String, Task> byPath = new HashMap<>();
        r.tasks().forEach(t -> byPath.put(t.path(), t));
        int found = 0;
        for (JsonNode g : r.gold().get("tasks")) {
            Task t = byPath.get(g.get("path").asText());
            if (t != null && overlap(g.get("description").asText(), t.description()) >= SAME_TEXT) {
                found++;
                assertTrue(overlap(g.get("timeline").asText(), t.timeline()) >= SAME_TEXT, g.toString());
                assertTrue(overlap(joined(g.get("lead")), String.join(" ", t.lead())) >= SAME_TEXT, g.toString());
            }
        }
        assertTrue(
                f1(found, r.tasks().size(), r.gold().get("tasks").size()) >= MIN_F1,
                r.tasks().toString());
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void agencies_matchGoldByNameOrAlias(String file) throws IOException {
        Run r = run(file);
        Map<String, String> canonical = new HashMap<>();
        for (JsonNode g : r.gold().get("agencies")) {
            String name = agencyKey(g.get("name").asText());
            canonical.put(name, name);
            if (g.has("aliases")) {
                g.get("aliases").forEach(a -> canonical.put(agencyKey(a.asText()), name));
            }
        }
        Set<String> matched = new HashSet<>();
        for (Agency a : r.agencies()) {
            String hit = canonical.get(agencyKey(a.name()));
            if (hit != null) {
                matched.add(hit);
            }
        }
        assertTrue(
                f1(matched.size(), r.agencies().size(), r.gold().get("agencies").size()) >= MIN_F1,
                r.agencies().stream().map(Agency::name).toList().toString());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = GoldFixtureIntegrationTest.class.getResourceAsStream("/gold-fixtures/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource gold-fixtures/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String key(String s) {
        return s == null ? null : Fold.key(s);
    }

    /** GOLD.md: abbreviations expanded, "&" as "và", dashes alike. */
    private static String agencyKey(String s) {
        return Fold.key(s.replace("UBND", "Ủy ban nhân dân")
                        .replace("HĐND", "Hội đồng nhân dân")
                        .replace("&", " và "))
                .replaceAll("\\s*-\\s*", " - ");
    }

    private static String joined(JsonNode list) {
        StringBuilder sb = new StringBuilder();
        list.forEach(n -> sb.append(n.asText()).append(' '));
        return sb.toString();
    }

    private static double overlap(String a, String b) {
        Set<String> x = new HashSet<>(Arrays.asList(Fold.key(a == null ? "" : a).split(" ")));
        Set<String> y = new HashSet<>(Arrays.asList(Fold.key(b == null ? "" : b).split(" ")));
        int max = Math.max(x.size(), y.size());
        x.retainAll(y);
        return max == 0 ? 1 : (double) x.size() / max;
    }

    private static double f1(int tp, int predicted, int gold) {
        if (predicted == 0 && gold == 0) {
            return 1;
        }
        double p = predicted == 0 ? 0 : (double) tp / predicted;
        double r = gold == 0 ? 0 : (double) tp / gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
