package org.planlens.eval;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.extract.AgencyExtractor;
import org.planlens.extract.TaskTableExtractor;
import org.planlens.model.AdminLevel;
import org.planlens.model.Agency;
import org.planlens.model.Issuer;
import org.planlens.model.Task;
import org.planlens.rules.ModelData;
import org.planlens.structure.SectionParser;
import org.planlens.structure.SectionTree;

/**
 * Issue 18, point 7: agencies and roles found with the Java name finder and with the TokensRegex rules of
 * models/agency-mentions.rules, from the same exported plans (their text and issuer), scored by shared/tools/score.py.
 * Runs only when given the plans and their gold: {@code -Dagency.plans=DIR -Dagency.gold=DIR}
 * (bench/agency-mentions.sh).
 */
class AgencyMentionsComparisonTest {
    @Test
    void javaFinderAgainstTokensRegexRules(@TempDir Path out) throws Exception {
        String plans = System.getProperty("agency.plans");
        String gold = System.getProperty("agency.gold");
        assumeTrue(plans != null && gold != null, "plans and gold given");
        ModelData models = ModelData.packaged();
        for (boolean rules : List.of(false, true)) {
            Path dir = Files.createDirectories(out.resolve(rules ? "rules" : "java"));
            long nanos = extract(models, rules, Path.of(plans), dir);
            Process score = new ProcessBuilder("python3", "../shared/tools/score.py", dir.toString(), gold)
                    .redirectErrorStream(true)
                    .start();
            String table = new String(score.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            score.waitFor();
            System.out.println("=== " + (rules ? "TokensRegex rules" : "Java finder") + ", agency extraction "
                    + nanos / 1_000_000 + " ms ===");
            table.lines().filter(l -> l.startsWith("agenc")).forEach(System.out::println);
        }
    }

    private static long extract(ModelData models, boolean rules, Path plans, Path out) throws Exception {
        SectionParser sections = new SectionParser(models);
        TaskTableExtractor tasks = new TaskTableExtractor(models);
        AgencyExtractor agencies = new AgencyExtractor(models, rules);
        ObjectMapper json = new ObjectMapper();
        long nanos = 0;
        try (var files = Files.list(plans)) {
            for (Path p :
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode plan = json.readTree(p.toFile());
                String text = Files.readString(Path.of(p.toString().replaceFirst("\\.json$", ".txt")));
                SectionTree tree = sections.parse(text, false);
                List<Task> rows = tasks.extract(text, tree);
                long start = System.nanoTime();
                List<Agency> found = agencies.extract(
                        text, tree, rows, issuer(plan.path("metadata").path("issuer")));
                nanos += System.nanoTime() - start;
                ObjectNode o = json.createObjectNode();
                o.set("source", plan.get("source"));
                ArrayNode list = o.putArray("agencies");
                for (Agency a : found) {
                    ObjectNode x = list.addObject();
                    x.put("name", a.name());
                    a.roles().forEach(r -> x.withArray("roles").add(r.code()));
                }
                json.writeValue(out.resolve(p.getFileName()).toFile(), o);
            }
        }
        return nanos;
    }

    private static Issuer issuer(JsonNode i) {
        String level = i.path("level").asText(null);
        return new Issuer(
                i.path("name").asText(null),
                level == null ? null : AdminLevel.fromCode(level),
                i.path("commune").asText(null),
                i.path("district").asText(null),
                i.path("province").asText(null));
    }
}
