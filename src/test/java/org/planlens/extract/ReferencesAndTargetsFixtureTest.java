package org.planlens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.planlens.model.LegalReference;
import org.planlens.model.Target;
import org.planlens.rules.ModelData;
import org.planlens.structure.SectionParser;
import org.planlens.structure.SectionTree;
import org.planlens.text.normalize.TextNormalizer;

/**
 * The two extractors on whole plans: the composed fixtures of {@code src/test/resources/gold-fixtures} (text and
 * gold written together, matched by the rules of GOLD.md) and, for invariants only, the seeds of {@code corpus/}.
 */
class ReferencesAndTargetsFixtureTest {
    private static final ModelData MODELS = ModelData.packaged();
    private static final SectionParser SECTIONS = new SectionParser(MODELS);
    private static final LegalReferenceExtractor REFERENCES = new LegalReferenceExtractor(MODELS);
    private static final TargetExtractor TARGETS = new TargetExtractor(MODELS);
    private static final MetadataExtractor METADATA = new MetadataExtractor(MODELS);
    /** The extractors read normalised text (one paragraph a line), as the pipeline hands it over. */
    private static final TextNormalizer NORMALIZER = TextNormalizer.standard();

    private static final Path FIXTURES = Path.of("src/test/resources/gold-fixtures");

    static Stream<Path> fixtures() throws IOException {
        return Files.list(FIXTURES).filter(p -> p.toString().endsWith(".txt")).sorted();
    }

    static Stream<Path> plans() throws IOException {
        return Stream.concat(
                fixtures(),
                Files.list(Path.of("corpus"))
                        .filter(p -> p.toString().endsWith(".txt"))
                        .sorted());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixture_referencesMatchGold(Path txt) throws IOException {
        String text = NORMALIZER.normalize(Files.readString(txt, StandardCharsets.UTF_8));
        JsonNode gold = new ObjectMapper().readTree(Path.of(txt + ".json").toFile());
        Set<String> expected = new HashSet<>();
        gold.get("legalReferences")
                .forEach(r -> expected.add(refKey(text(r, "number"), text(r, "type"), text(r, "name"))));
        Set<String> found = new HashSet<>();
        for (LegalReference r : REFERENCES.extract(text, SECTIONS.parse(text))) {
            found.add(refKey(r.number(), r.type(), r.name()));
        }
        assertEquals(expected, found);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixture_targetsMatchGoldWithTheirFields(Path txt) throws IOException {
        String text = NORMALIZER.normalize(Files.readString(txt, StandardCharsets.UTF_8));
        JsonNode gold = new ObjectMapper().readTree(Path.of(txt + ".json").toFile());
        SectionTree tree = SECTIONS.parse(text);
        // as in the pipeline, the plan's period (from its metadata) dates figures about earlier years as the past
        List<Target> found = new ArrayList<>(
                TARGETS.extract(text, tree, METADATA.extract(text, tree).period()));
        for (JsonNode g : gold.get("targets")) {
            String anchor = norm(g.get("anchor").asText());
            Target match = found.stream()
                    .filter(t -> Math.abs(t.value() - g.get("value").asDouble()) < 1e-9
                            && norm(t.unit()).equals(norm(g.get("unit").asText())))
                    .filter(t -> norm(t.indicator()).contains(anchor))
                    .findFirst()
                    .orElseThrow(
                            () -> new AssertionError("no target with indicator holding '" + anchor + "' in " + found));
            found.remove(match);
            assertEquals(g.get("comparator").asText(), match.comparator().code(), anchor);
            assertEquals(g.get("deadline").isNull() ? null : g.get("deadline").asInt(), match.deadline(), anchor);
            assertEquals(g.get("pillar").asText(), match.pillar().code(), anchor);
        }
        assertEquals(List.of(), found, "targets beyond the gold");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void anyPlan_offsetsAndIdsHold(Path txt) throws IOException {
        String text = NORMALIZER.normalize(Files.readString(txt, StandardCharsets.UTF_8));
        SectionTree tree = SECTIONS.parse(text);
        List<Target> targets = TARGETS.extract(text, tree);
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            assertEquals("t" + (i + 1), t.id());
            assertEquals(text.substring(t.start(), t.end()), t.text());
            assertTrue(t.text().length() <= 300, t.text());
            assertFalse(t.indicator().isBlank(), t.text());
        }
        List<LegalReference> refs = REFERENCES.extract(text, tree);
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < refs.size(); i++) {
            LegalReference r = refs.get(i);
            assertEquals("r" + (i + 1), r.id());
            assertTrue(keys.add(r.key()), "one entry per document: " + r.key());
            assertFalse(r.mentions().isEmpty());
            if (i > 0) {
                assertTrue(
                        refs.get(i - 1).mentions().get(0).start()
                                < r.mentions().get(0).start(),
                        "ids in order of first mention");
            }
        }
    }

    private static String refKey(String number, String type, String name) {
        return number != null ? "n:" + norm(number).replace(" ", "") : "t:" + norm(type) + " " + norm(name);
    }

    private static String text(JsonNode node, String field) {
        return node.get(field).isNull() ? null : node.get(field).asText();
    }

    /** GOLD.md normalisation: NFC, lower case, đ to d, no diacritics, punctuation but / and - made space. */
    private static String norm(String s) {
        String lower = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT)
                .replace('đ', 'd');
        String bare = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{Mn}", "");
        return bare.replaceAll("[–—]", "-")
                .replaceAll("[^\\w\\s/\\-]", " ")
                .replaceAll("\\s+", " ")
                .strip();
    }
}
