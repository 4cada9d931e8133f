package org.planlens.bench.crf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.planlens.extract.agency.AgencyLexicon;
import org.planlens.extract.agency.Tokens;
import org.planlens.extract.agency.Tokens.Token;
import org.planlens.model.Agency;
import org.planlens.model.Issuer;
import org.planlens.rules.ModelData;

/**
 * The agency-mention CRF experiment of bench/crf.sh (issue 18, point 7), over the exports of an ingest (each
 * {@code plans/<id>.json} beside the text it was read from, {@code plans/<id>.txt}):
 *
 * <pre>
 *   data OUT.tsv PLANS GOLD [PLANS GOLD ...]   the CRF's training file: each read line's tokens, BIO-labelled
 *                                              from the gold agencies' names and aliases (one line, one sequence)
 *   gazette OUT                                the CRF's gazette from the word lists of models/
 *   variants MODEL PLANS OUT                   the exports again with the agencies of the CRF alone (OUT/crf), the
 *                                              rules plus the CRF where they found none (OUT/add) and the rules
 *                                              filtered by the CRF's tags (OUT/filter) or vetoed only where
 *                                              the CRF is sure (OUT/veto), for shared/tools/score.py
 *   mentions MODEL PLANS GOLD                  the mention spans of the CRF and of the rules against the gold
 *                                              labels of the data file, exact spans: P R F1 of each
 * </pre>
 */
public final class AgencyCrfCommand {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AgencyCrfCommand() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException(
                    "usage: data OUT PLANS GOLD ... | gazette OUT | variants MODEL PLANS OUT");
        }
        ModelData models = ModelData.packaged();
        switch (args[0]) {
            case "data" -> data(models, Path.of(args[1]), List.of(args).subList(2, args.length));
            case "gazette" -> Files.write(Path.of(args[1]), Gazette.lines(models));
            case "variants" -> variants(models, Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
            case "mentions" -> mentions(models, Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    private static List<Path> exports(Path plans) throws IOException {
        try (Stream<Path> s = Files.list(plans)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static String textOf(Path export) throws IOException {
        String name = export.getFileName().toString();
        return Files.readString(export.resolveSibling(name.substring(0, name.length() - ".json".length()) + ".txt"));
    }

    private static Map<String, JsonNode> golds(Path dir) throws IOException {
        Map<String, JsonNode> out = new HashMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".json")).toList()) {
                JsonNode g = JSON.readTree(p.toFile());
                out.put(g.path("file").asText(), g);
            }
        }
        return out;
    }

    private static GoldLabels goldLabels(JsonNode gold) {
        List<String> names = new ArrayList<>();
        for (JsonNode a : gold.path("agencies")) {
            names.add(a.path("name").asText());
            a.path("aliases").forEach(n -> names.add(n.asText()));
        }
        return new GoldLabels(names);
    }

    private static JsonNode goldOf(Map<String, JsonNode> golds, JsonNode plan) {
        return golds.get(
                Path.of(plan.path("source").path("file").asText()).getFileName().toString());
    }

    /** An export that has a gold file: the plan, its gold and its text. */
    private record Annotated(JsonNode plan, JsonNode gold, String text) {}

    private static List<Annotated> annotated(Path plans, Path goldDir) throws IOException {
        Map<String, JsonNode> golds = golds(goldDir);
        List<Annotated> out = new ArrayList<>();
        for (Path export : exports(plans)) {
            JsonNode plan = JSON.readTree(export.toFile());
            JsonNode gold = goldOf(golds, plan);
            if (gold != null) {
                out.add(new Annotated(plan, gold, textOf(export)));
            }
        }
        return out;
    }

    private static void data(ModelData models, Path out, List<String> pairs) throws IOException {
        PlanLines lines = new PlanLines(models, new AgencyLexicon(models));
        int sequences = 0;
        int mentions = 0;
        try (Writer w = Files.newBufferedWriter(out)) {
            for (int k = 0; k + 1 < pairs.size(); k += 2) {
                for (Annotated doc : annotated(Path.of(pairs.get(k)), Path.of(pairs.get(k + 1)))) {
                    GoldLabels labels = goldLabels(doc.gold());
                    for (PlanLines.Line line : lines.read(doc.text())) {
                        List<Token> tokens = Tokens.of(line.text(), 0);
                        if (tokens.isEmpty()) {
                            continue;
                        }
                        String[] l = labels.label(tokens);
                        for (int i = 0; i < tokens.size(); i++) {
                            w.write(tokens.get(i).text() + "\t" + l[i] + "\n");
                            mentions += l[i].equals(GoldLabels.BEGIN) ? 1 : 0;
                        }
                        w.write("\n");
                        sequences++;
                    }
                }
            }
        }
        System.out.println(out + ": " + sequences + " sequences, " + mentions + " gold mentions");
    }

    private static void variants(ModelData models, Path model, Path plans, Path out) throws IOException {
        CrfAgencies crf = new CrfAgencies(models, new CrfTagger(model));
        for (String v : List.of("crf", "add", "filter", "veto")) {
            Files.createDirectories(out.resolve(v));
        }
        for (Path export : exports(plans)) {
            ObjectNode plan = (ObjectNode) JSON.readTree(export.toFile());
            String text = textOf(export);
            Issuer issuer = JSON.treeToValue(plan.path("metadata").path("issuer"), Issuer.class);
            List<Agency> rules = List.of(JSON.treeToValue(plan.path("agencies"), Agency[].class));
            write(out.resolve("crf"), export, plan, crf.alone(text, issuer, plan.path("tasks")));
            write(out.resolve("add"), export, plan, crf.added(text, issuer, rules));
            write(out.resolve("filter"), export, plan, crf.filtered(text, rules));
            write(out.resolve("veto"), export, plan, crf.vetoed(text, rules));
        }
    }

    private static void write(Path dir, Path export, ObjectNode plan, List<Agency> agencies) {
        ObjectNode copy = plan.deepCopy();
        copy.set("agencies", JSON.valueToTree(agencies));
        try {
            JSON.writeValue(dir.resolve(export.getFileName()).toFile(), copy);
        } catch (IOException e) {
            throw new UncheckedIOException(export + ": cannot write its variant", e);
        }
    }

    /** Exact mention spans of the CRF and of the rules against the gold labels, over the lines the rules read. */
    private static void mentions(ModelData models, Path model, Path plans, Path goldDir) throws IOException {
        PlanLines lines = new PlanLines(models, new AgencyLexicon(models));
        CrfTagger crf = new CrfTagger(model);
        int[] byCrf = new int[3];
        int[] byRules = new int[3];
        for (Annotated doc : annotated(plans, goldDir)) {
            GoldLabels labels = goldLabels(doc.gold());
            String text = doc.text();
            Set<List<Integer>> ruled = new HashSet<>();
            for (JsonNode a : doc.plan().path("agencies")) {
                a.path("mentions")
                        .forEach(m -> ruled.add(
                                List.of(m.path("start").asInt(), m.path("end").asInt())));
            }
            for (PlanLines.Line line : lines.read(text)) {
                List<Token> tokens = Tokens.of(line.text(), line.start());
                Set<List<Integer>> expected = spans(tokens, labels.label(tokens));
                Set<List<Integer>> tagged = new HashSet<>();
                crf.tag(text, line.text(), line.start()).forEach(s -> tagged.add(List.of(s.start(), s.end())));
                Set<List<Integer>> rules = new HashSet<>();
                int end = line.start() + line.text().length();
                ruled.stream()
                        .filter(r -> r.get(0) >= line.start() && r.get(0) < end)
                        .forEach(rules::add);
                count(byCrf, expected, tagged);
                count(byRules, expected, rules);
            }
        }
        System.out.println(prf(byCrf) + " " + prf(byRules));
    }

    private static Set<List<Integer>> spans(List<Token> tokens, String[] labels) {
        Set<List<Integer>> out = new HashSet<>();
        int start = -1;
        for (int i = 0; i <= tokens.size(); i++) {
            boolean inside = i < tokens.size() && labels[i].equals(GoldLabels.INSIDE);
            if (start >= 0 && !inside) {
                out.add(List.of(tokens.get(start).start(), tokens.get(i - 1).end()));
                start = -1;
            }
            if (i < tokens.size() && labels[i].equals(GoldLabels.BEGIN)) {
                start = i;
            }
        }
        return out;
    }

    private static void count(int[] tpFpFn, Set<List<Integer>> expected, Set<List<Integer>> found) {
        long tp = found.stream().filter(expected::contains).count();
        tpFpFn[0] += (int) tp;
        tpFpFn[1] += found.size() - (int) tp;
        tpFpFn[2] += expected.size() - (int) tp;
    }

    private static String prf(int[] c) {
        double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
        double r = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return String.format(Locale.ROOT, "%.3f %.3f %.3f", p, r, f);
    }
}
