package org.planlens.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.planlens.extract.agency.AgencyPillars;
import org.planlens.index.ReferenceNumbers;
import org.planlens.model.AdminLevel;
import org.planlens.model.Agency;
import org.planlens.model.Comparator;
import org.planlens.model.DocumentType;
import org.planlens.model.Issuer;
import org.planlens.model.LegalReference;
import org.planlens.model.Mention;
import org.planlens.model.Metadata;
import org.planlens.model.PartialDate;
import org.planlens.model.Period;
import org.planlens.model.Pillar;
import org.planlens.model.Plan;
import org.planlens.model.Role;
import org.planlens.model.Section;
import org.planlens.model.Signer;
import org.planlens.model.SourceFormat;
import org.planlens.model.SourceInfo;
import org.planlens.model.Target;
import org.planlens.model.Task;
import org.planlens.model.TaskSource;
import org.planlens.model.TextEncoding;
import org.planlens.rules.ModelData;

/**
 * Makes realistic plans for benchmarks by recombining real ones: each generated plan takes a template plan
 * (an export {@code plans/<id>.json} with its {@code .txt}; parts the export lacks are taken from a gold-shaped
 * file of the same source name when one is given) and gets another place, level, year and figures. Deterministic
 * for a seed.
 */
public final class PlanGenerator {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final AgencyPillars AGENCY_PILLARS = new AgencyPillars(ModelData.packaged());

    /** A real plan to vary: its export, its text, and optionally richer parts (gold shape). */
    record Template(JsonNode export, String text, JsonNode parts) {}

    /** A generated plan and the text its offsets point into. */
    public record Generated(Plan plan, String text) {}

    private final List<Template> templates;
    private final List<String[]> places;

    private PlanGenerator(List<Template> templates, List<String[]> places) {
        if (templates.isEmpty()) throw new IllegalArgumentException("no template plans found");
        if (places.isEmpty()) throw new IllegalArgumentException("no places given");
        this.templates = templates;
        this.places = places;
    }

    /**
     * Reads templates from an export folder ({@code plans/*.json} + {@code .txt}), parts from {@code goldDir}
     * (may be null; file {@code <source file name>.json}), places from a TSV (province, district, commune).
     */
    public static PlanGenerator load(Path plansDir, Path goldDir, Path placesTsv) throws IOException {
        List<Template> templates = new ArrayList<>();
        try (Stream<Path> files = Files.list(plansDir)) {
            for (Path json :
                    files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode export = JSON.readTree(json.toFile());
                Path txt = json.resolveSibling(json.getFileName().toString().replaceAll("\\.json$", ".txt"));
                String text = Files.exists(txt) ? Files.readString(txt, StandardCharsets.UTF_8) : "";
                JsonNode parts = null;
                String source = export.path("source").path("file").asText("");
                if (goldDir != null && !source.isEmpty()) {
                    Path g = goldDir.resolve(Path.of(source).getFileName() + ".json");
                    if (Files.exists(g)) parts = JSON.readTree(g.toFile());
                }
                templates.add(new Template(export, text, parts));
            }
        }
        List<String[]> places = new ArrayList<>();
        for (String line : Files.readAllLines(placesTsv, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            places.add(line.split("\t"));
        }
        return new PlanGenerator(templates, places);
    }

    /** The {@code i}-th generated plan of a run seeded with {@code seed}. */
    public Generated generate(long seed, int i) {
        Random rnd = new Random(seed * 1_000_003L + i);
        Template t = templates.get(i % templates.size());
        JsonNode src = t.parts() != null ? t.parts() : t.export();
        String[] place = places.get(rnd.nextInt(places.size()));
        AdminLevel level = AdminLevel.values()[rnd.nextInt(3)];
        int year = 2016 + rnd.nextInt(10);
        int span = rnd.nextInt(4) == 0 ? 4 : 0;
        String province = place[0];
        String district = level == AdminLevel.PROVINCE ? null : place[1];
        String commune = level == AdminLevel.COMMUNE ? place[2] : null;
        String issuerName = switch (level) {
            case PROVINCE -> "Ủy ban nhân dân tỉnh " + province;
            case DISTRICT -> "Ủy ban nhân dân huyện " + district;
            default -> "Ủy ban nhân dân xã " + commune;
        };
        String id = String.format("bench-%07d", i);
        Metadata m = new Metadata(
                "Kế hoạch cải cách hành chính năm " + year,
                DocumentType.KE_HOACH,
                (1 + rnd.nextInt(400)) + "/KH-UBND",
                new PartialDate(year, 1 + rnd.nextInt(12), null),
                new Issuer(issuerName, level, commune, district, province),
                new Period(year, year + span),
                new Signer(null, "Chủ tịch"));
        String text = t.text();
        List<Section> sections = sections(t.export());
        List<Target> targets = targets(src.path("targets"), sections, text, rnd, year);
        List<LegalReference> refs = references(src.path("legalReferences"), text);
        List<Agency> agencies = agencies(src.path("agencies"), sections, text);
        List<Task> tasks = tasks(src.path("tasks"));
        Plan plan = new Plan(
                Plan.SCHEMA_VERSION,
                id,
                new SourceInfo(
                        "bench/" + id + ".txt",
                        null,
                        SourceFormat.of("txt"),
                        null,
                        false,
                        TextEncoding.UNICODE,
                        text.length()),
                m,
                sections,
                refs,
                targets,
                agencies,
                tasks,
                List.of());
        return new Generated(plan, text);
    }

    private static List<Section> sections(JsonNode export) {
        List<Section> out = new ArrayList<>();
        for (JsonNode s : export.path("sections")) {
            out.add(new Section(
                    s.path("id").asText(null),
                    s.path("path").asText(null),
                    s.path("heading").asText(null),
                    s.path("level").asInt(1),
                    s.path("parentId").asText(null),
                    pillar(s.path("pillar")),
                    s.path("start").asInt(0),
                    s.path("end").asInt(0)));
        }
        return out;
    }

    private static List<Target> targets(JsonNode nodes, List<Section> sections, String text, Random rnd, int year) {
        List<Target> out = new ArrayList<>();
        int n = 0;
        for (JsonNode t : nodes) {
            String clause = t.hasNonNull("text")
                    ? t.get("text").asText()
                    : t.path("anchor").asText("");
            String indicator = t.hasNonNull("indicator") ? t.get("indicator").asText() : clause;
            double base = t.path("value").asDouble(0);
            // figures move a little between plans, as real plans' figures do; percentages stay within 0..100
            double value = Math.round(base * (0.85 + rnd.nextDouble() * 0.3));
            if ("%".equals(t.path("unit").asText(null))) value = Math.min(100, value);
            int start = Math.max(0, text.indexOf(clause));
            Section s = containing(sections, start);
            out.add(new Target(
                    "t" + (++n),
                    s == null ? null : s.id(),
                    pillar(t.path("pillar")),
                    clause,
                    indicator,
                    value,
                    t.path("unit").asText(null),
                    comparator(t.path("comparator")),
                    t.hasNonNull("deadline") ? Integer.valueOf(year + rnd.nextInt(5)) : null,
                    start,
                    Math.min(text.length(), start + clause.length())));
        }
        return out;
    }

    private static List<LegalReference> references(JsonNode nodes, String text) {
        List<LegalReference> out = new ArrayList<>();
        int n = 0;
        for (JsonNode r : nodes) {
            String number = r.path("number").asText(null);
            String date = r.path("date").asText(null);
            String key = r.hasNonNull("key")
                    ? r.get("key").asText()
                    : number == null
                            ? null
                            : ReferenceNumbers.normalise(number) + (date == null ? "" : "@" + date.substring(0, 4));
            out.add(new LegalReference(
                    "r" + (++n),
                    r.path("type").asText(null),
                    number,
                    key,
                    date,
                    r.path("issuer").asText(null),
                    r.path("name").asText(null),
                    mentions(text, number)));
        }
        return out;
    }

    private static List<Agency> agencies(JsonNode nodes, List<Section> sections, String text) {
        List<Agency> out = new ArrayList<>();
        int n = 0;
        for (JsonNode a : nodes) {
            List<Role> roles = new ArrayList<>();
            a.path("roles").forEach(r -> roles.add(Role.fromCode(r.asText())));
            List<String> aliases = new ArrayList<>();
            a.path("aliases").forEach(x -> aliases.add(x.asText()));
            String name = a.path("name").asText(null);
            List<Mention> mentions = mentions(text, name);
            out.add(new Agency(
                    "a" + (++n), name, aliases, roles, AGENCY_PILLARS.of(mentions, sections, text), mentions));
        }
        return out;
    }

    private static List<Task> tasks(JsonNode nodes) {
        List<Task> out = new ArrayList<>();
        int n = 0;
        for (JsonNode t : nodes) {
            List<String> lead = new ArrayList<>();
            t.path("lead").forEach(x -> lead.add(x.asText()));
            List<String> coordinate = new ArrayList<>();
            t.path("coordinate").forEach(x -> coordinate.add(x.asText()));
            out.add(new Task(
                    "k" + (++n),
                    t.path("path").asText(null),
                    t.path("sectionId").asText(null),
                    TaskSource.TABLE,
                    t.path("description").asText(null),
                    t.path("output").asText(null),
                    t.path("timeline").asText(null),
                    lead,
                    coordinate));
        }
        return out;
    }

    private static List<Mention> mentions(String text, String needle) {
        if (needle == null || needle.isEmpty()) return List.of();
        List<Mention> out = new ArrayList<>();
        for (int at = text.indexOf(needle); at >= 0 && out.size() < 5; at = text.indexOf(needle, at + 1)) {
            out.add(new Mention(at, at + needle.length(), null));
        }
        return out;
    }

    private static Section containing(List<Section> sections, int offset) {
        Section best = null;
        for (Section s : sections) {
            if (s.start() <= offset && offset < s.end()) best = s;
        }
        return best;
    }

    private static Pillar pillar(JsonNode n) {
        return n.isTextual() ? Pillar.fromCode(n.asText()) : null;
    }

    private static Comparator comparator(JsonNode n) {
        return n.isTextual() ? Comparator.fromCode(n.asText()) : null;
    }
}
