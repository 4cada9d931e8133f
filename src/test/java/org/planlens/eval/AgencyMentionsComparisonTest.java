package org.planlens.eval;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.extract.AgencyExtractor;
import org.planlens.extract.TaskTableExtractor;
import org.planlens.extract.agency.AgencyLexicon;
import org.planlens.extract.agency.MentionFinder.Found;
import org.planlens.extract.agency.Mentions;
import org.planlens.extract.agency.RuleMentionFinder;
import org.planlens.extract.agency.Tokens;
import org.planlens.model.AdminLevel;
import org.planlens.model.Agency;
import org.planlens.model.Issuer;
import org.planlens.model.Task;
import org.planlens.rules.Fold;
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

    /**
     * A CRFClassifier (CoreNLP) trained on the annotated dev documents to tag agency names (tokens of every printed
     * occurrence of a gold name or alias), with the words and the gazetteer classes of models/ as features; scored
     * by 4-fold cross-validation over the documents, each fold's names read for roles by the same clause reader.
     */
    @Test
    void crfTrainedOnTheDevDocuments(@TempDir Path out) throws Exception {
        String plans = System.getProperty("agency.plans");
        String gold = System.getProperty("agency.gold");
        assumeTrue(plans != null && gold != null, "plans and gold given");
        ModelData models = ModelData.packaged();
        AgencyLexicon lex = new AgencyLexicon(models);
        RuleMentionFinder tagger = new RuleMentionFinder(lex, models);
        ObjectMapper json = new ObjectMapper();
        List<Path> docs;
        try (var files = Files.list(Path.of(plans))) {
            docs = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        Path dir = Files.createDirectories(out.resolve("crf"));
        int folds = 4;
        for (int fold = 0; fold < folds; fold++) {
            StringBuilder train = new StringBuilder();
            List<Path> test = new ArrayList<>();
            for (int d = 0; d < docs.size(); d++) {
                if (d % folds == fold) {
                    test.add(docs.get(d));
                    continue;
                }
                JsonNode plan = json.readTree(docs.get(d).toFile());
                String file = Path.of(plan.path("source").path("file").asText())
                        .getFileName()
                        .toString();
                Path g = Path.of(gold, file + ".json");
                List<List<String>> names = new ArrayList<>();
                if (Files.exists(g)) {
                    for (JsonNode a : json.readTree(g.toFile()).path("agencies")) {
                        names.add(folded(a.path("name").asText()));
                        a.path("aliases").forEach(x -> names.add(folded(x.asText())));
                    }
                }
                String text = Files.readString(Path.of(docs.get(d).toString().replaceFirst("\\.json$", ".txt")));
                for (String line : text.split("\n")) {
                    List<Tokens.Token> t = Tokens.of(line, 0);
                    if (t.isEmpty()) {
                        continue;
                    }
                    String[][] cls = tagger.classes(t);
                    boolean[] in = new boolean[t.size()];
                    for (int i = 0; i < t.size(); i++) {
                        for (List<String> n : names) {
                            if (matches(t, i, n)) {
                                for (int k = i; k < i + n.size(); k++) {
                                    in[k] = true;
                                }
                            }
                        }
                    }
                    for (int i = 0; i < t.size(); i++) {
                        train.append(t.get(i).text())
                                .append('\t')
                                .append(cls[0][i])
                                .append('|')
                                .append(cls[1][i])
                                .append('\t')
                                .append(in[i] ? "AG" : "O")
                                .append('\n');
                    }
                    train.append('\n');
                }
            }
            Path trainFile = out.resolve("train" + fold + ".tsv");
            Files.writeString(trainFile, train);
            Properties props = new Properties();
            props.setProperty("trainFile", trainFile.toString());
            props.setProperty("map", "word=0,tag=1,answer=2");
            for (String flag : List.of(
                    "useClassFeature",
                    "useWord",
                    "useNGrams",
                    "noMidNGrams",
                    "usePrev",
                    "useNext",
                    "useTags",
                    "usePrevSequences",
                    "useSequences",
                    "useDisjunctive",
                    "useTypeSeqs",
                    "useTypeSeqs2",
                    "useTypeySequences")) {
                props.setProperty(flag, "true");
            }
            props.setProperty("maxNGramLeng", "6");
            props.setProperty("maxLeft", "1");
            props.setProperty("wordShape", "chris2useLC");
            props.setProperty("disjunctionWidth", "4");
            CRFClassifier<CoreLabel> crf = new CRFClassifier<>(props);
            crf.train();
            Mentions mentions = (text, base, t) -> crfFind(crf, tagger, text, base, t);
            extract(models, new AgencyExtractor(models, mentions), test, dir);
        }
        Process score = new ProcessBuilder("python3", "../shared/tools/score.py", dir.toString(), gold)
                .redirectErrorStream(true)
                .start();
        String table = new String(score.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        score.waitFor();
        System.out.println("=== CRFClassifier, " + folds + "-fold cross-validation over the documents ===");
        table.lines().filter(l -> l.startsWith("agenc")).forEach(System.out::println);
    }

    private static List<Found> crfFind(
            CRFClassifier<CoreLabel> crf, RuleMentionFinder tagger, String text, int base, List<Tokens.Token> t) {
        List<Found> out = new ArrayList<>();
        if (t.isEmpty()) {
            return out;
        }
        String[][] cls = tagger.classes(t);
        List<CoreLabel> labels = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            CoreLabel l = new CoreLabel();
            l.setWord(t.get(i).text());
            l.setTag(cls[0][i] + "|" + cls[1][i]);
            labels.add(l);
        }
        List<CoreLabel> tagged = crf.classify(labels);
        int i = 0;
        while (i < t.size()) {
            if (!"AG".equals(tagged.get(i).get(CoreAnnotations.AnswerAnnotation.class))) {
                i++;
                continue;
            }
            int j = i;
            while (j < t.size() && "AG".equals(tagged.get(j).get(CoreAnnotations.AnswerAnnotation.class))) {
                j++;
            }
            int s = t.get(i).start();
            int e = t.get(j - 1).end();
            String name = text.substring(s - base, e - base);
            out.add(new Found(s, s, e, name, t.get(i).lower().equals("các"), false));
            i = j;
        }
        return out;
    }

    private static List<String> folded(String name) {
        return Tokens.of(name, 0).stream().map(k -> Fold.fold(k.text())).toList();
    }

    private static boolean matches(List<Tokens.Token> t, int i, List<String> name) {
        if (name.isEmpty() || i + name.size() > t.size()) {
            return false;
        }
        for (int k = 0; k < name.size(); k++) {
            if (!Fold.fold(t.get(i + k).text()).equals(name.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static long extract(ModelData models, boolean rules, Path plans, Path out) throws Exception {
        try (var files = Files.list(plans)) {
            return extract(
                    models,
                    new AgencyExtractor(models, rules),
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList(),
                    out);
        }
    }

    private static long extract(ModelData models, AgencyExtractor agencies, List<Path> docs, Path out)
            throws Exception {
        SectionParser sections = new SectionParser(models);
        TaskTableExtractor tasks = new TaskTableExtractor(models);
        ObjectMapper json = new ObjectMapper();
        long nanos = 0;
        {
            for (Path p : docs) {
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
