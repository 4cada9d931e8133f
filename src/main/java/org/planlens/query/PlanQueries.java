package org.planlens.query;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planlens.index.IndexFields;
import org.planlens.index.IndexedRecord;
import org.planlens.index.RecordGroups;
import org.planlens.index.RecordIndex;
import org.planlens.index.RecordKind;
import org.planlens.index.RecordPage;
import org.planlens.index.RecordQuery;
import org.planlens.index.RecordQuery.AllWords;
import org.planlens.index.RecordQuery.Condition;
import org.planlens.index.RecordQuery.DoubleRange;
import org.planlens.index.RecordQuery.Keyword;
import org.planlens.index.ReferenceNumbers;
import org.planlens.model.Agency;
import org.planlens.model.LegalReference;
import org.planlens.model.Mention;
import org.planlens.model.Metadata;
import org.planlens.model.Relation;
import org.planlens.model.Section;
import org.planlens.model.Target;
import org.planlens.model.Task;
import org.planlens.query.Rows.AgencyRow;
import org.planlens.query.Rows.CitationRow;
import org.planlens.query.Rows.CitedDocumentRow;
import org.planlens.query.Rows.CompareRow;
import org.planlens.query.Rows.PlanRow;
import org.planlens.query.Rows.ReferenceRow;
import org.planlens.query.Rows.SectionRow;
import org.planlens.query.Rows.TargetRow;
import org.planlens.query.Rows.TaskRow;
import org.planlens.rules.Fold;
import org.planlens.rules.ModelData;
import org.planlens.rules.NamedWords;

/**
 * The structured questions across plans. Row order, unless a method says otherwise: province, district, commune,
 * year, plan id (all compared folded), then the record's order inside its plan, so the same index always gives
 * the same rows in the same order.
 */
public final class PlanQueries {
    /**
     * {@code 3611/QĐ-UBND@2022} or {@code 3611/QĐ-UBND năm 2022}: a number narrowed to the year it was issued; the
     * year's word is a row of {@code models/date-words.tsv}, with or without its accent.
     */
    private static final Pattern NUMBER_WITH_YEAR = new NamedWords(ModelData.packaged(), "date-words.tsv")
            .compile(
                    "(.+?)\\s*(?:@|\\s(?:$YEAR|$YEAR_UNACCENTED))\\s*((?:19|20)\\d{2})",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final RecordIndex index;
    /** The export's plans folder ({@code plans/}, beside the index): each plan's text; null when not known. */
    private final Path plansFolder;

    /** The questions on {@code index}; {@link #plan} gives no text (the export's plans folder is not known). */
    public PlanQueries(RecordIndex index) {
        this(index, null);
    }

    /** The questions on {@code index}; {@link #plan} reads each plan's text from {@code plansFolder}. */
    public PlanQueries(RecordIndex index, Path plansFolder) {
        this.index = index;
        this.plansFolder = plansFolder;
    }

    /** The export's plans folder for the index folder {@code indexDir}: {@code plans/} beside it. */
    public static Path plansFolder(Path indexDir) {
        return indexDir.toAbsolutePath().normalize().resolveSibling("plans");
    }

    public List<TargetRow> targets(PlanFilter plans, TargetFilter f) throws IOException {
        List<TargetRow> rows = new ArrayList<>();
        for (StoredRow d : all(RecordKind.TARGET, targetQuery(plans, f))) rows.add(targetRow(d));
        return rows;
    }

    /** Rows {@code offset + 1} to {@code offset + limit} of {@link #targets(PlanFilter, TargetFilter)}. */
    public Page<TargetRow> targets(PlanFilter plans, TargetFilter f, int offset, int limit) throws IOException {
        RecordPage<IndexedRecord> page =
                index.find(new RecordQuery(RecordKind.TARGET, targetQuery(plans, f)), offset, limit);
        return Page.of(
                page.records().stream().map(r -> targetRow(StoredRow.of(r))).toList(), offset, page);
    }

    private static TargetRow targetRow(StoredRow d) {
        return TargetRow.of(d.ref(), d.element(Target.class), d.firstSectionPath());
    }

    private static List<Condition> targetQuery(PlanFilter plans, TargetFilter f) {
        List<Condition> b = plans.conditions();
        if (f.indicator() != null) {
            b.add(new AllWords(IndexFields.INDICATOR, f.indicator(), "--indicator"));
        }
        if (f.min() != null || f.max() != null) {
            double lo = f.min() == null ? Double.NEGATIVE_INFINITY : f.min();
            double hi = f.max() == null ? Double.POSITIVE_INFINITY : f.max();
            b.add(new DoubleRange(IndexFields.VALUE, lo, hi));
        }
        if (f.unit() != null) {
            PlanFilter.keyword(b, IndexFields.UNIT_KEY, Fold.key(f.unit()));
        }
        PlanFilter.keyword(b, IndexFields.COMPARATOR, f.comparator());
        PlanFilter.keyword(b, IndexFields.PILLAR, f.pillar());
        return b;
    }

    /** Plans citing a document number, in any spacing or case; {@code NUMBER@YEAR} or a trailing year narrows. */
    public List<CitationRow> cites(String number, PlanFilter plans) throws IOException {
        return cites(number, null, plans);
    }

    /**
     * Plans citing a document number as {@link #cites(String, PlanFilter)}; with {@code relation}, only those where a
     * mention of it carries that relation ("which plans implement 76/NQ-CP?").
     */
    public List<CitationRow> cites(String number, Relation relation, PlanFilter plans) throws IOException {
        List<CitationRow> rows = new ArrayList<>();
        for (StoredRow d : all(RecordKind.REFERENCE, citesQuery(number, relation, plans))) rows.add(citationRow(d));
        return rows;
    }

    /** Rows {@code offset + 1} to {@code offset + limit} of {@link #cites(String, Relation, PlanFilter)}. */
    public Page<CitationRow> cites(String number, Relation relation, PlanFilter plans, int offset, int limit)
            throws IOException {
        RecordPage<IndexedRecord> page =
                index.find(new RecordQuery(RecordKind.REFERENCE, citesQuery(number, relation, plans)), offset, limit);
        return Page.of(
                page.records().stream().map(r -> citationRow(StoredRow.of(r))).toList(), offset, page);
    }

    private static List<Condition> citesQuery(String number, Relation relation, PlanFilter plans) {
        Matcher withYear = NUMBER_WITH_YEAR.matcher(number.strip());
        String n = ReferenceNumbers.normalise(withYear.matches() ? withYear.group(1) : number);
        if (n.isEmpty()) {
            throw new IllegalArgumentException("cites needs a document number, e.g. 3611/QĐ-UBND");
        }
        List<Condition> b = plans.conditions();
        if (withYear.matches()) {
            b.add(new Keyword(IndexFields.REF_KEY, n + "@" + withYear.group(2)));
        } else {
            b.add(new Keyword(IndexFields.REF_NUMBER_KEY, n));
        }
        if (relation != null) {
            b.add(new Keyword(IndexFields.REF_RELATION, relation.code()));
        }
        return b;
    }

    private static CitationRow citationRow(StoredRow d) {
        PlanRef p = d.ref();
        LegalReference r = d.element(LegalReference.class);
        return new CitationRow(
                p,
                r.number(),
                r.key(),
                r.mentions().size(),
                r.mentions().stream()
                        .map(Mention::relation)
                        .filter(Objects::nonNull)
                        .map(Relation::code)
                        .distinct()
                        .toList(),
                d.info().sectionPaths());
    }

    /**
     * Every cited document (grouped by reference key, else by its number, else by its type and name) with how many
     * of the filtered plans cite it. Order: most citing plans first, then key. The index groups the references by
     * their key fields' terms; only each group's first record, and references with neither field, are read whole.
     */
    public List<CitedDocumentRow> references(PlanFilter plans) throws IOException {
        RecordGroups found = index.group(
                new RecordQuery(RecordKind.REFERENCE, plans.conditions()),
                // an index made before the group key: the key fields, then the JSON of references with neither
                List.of(IndexFields.REF_GROUP, IndexFields.REF_KEY, IndexFields.REF_NUMBER_KEY),
                new NameKeys()::of);
        // a key's groups side by side (an index made now: one group per key), so one pass dedupes its plans
        Map<String, List<RecordGroups.Group>> byKey = new LinkedHashMap<>();
        for (RecordGroups.Group g : found.groups()) {
            byKey.computeIfAbsent(g.key(), k -> new ArrayList<>(1)).add(g);
        }
        PlanNumbers numbers = new PlanNumbers();
        List<CitedDocumentRow> rows = new ArrayList<>(byKey.size());
        int serial = 0;
        for (var e : byKey.entrySet()) {
            serial++;
            List<String> planIds = new ArrayList<>();
            List<String> files = new ArrayList<>();
            int mentions = 0;
            for (RecordGroups.Group g : e.getValue()) {
                for (RecordGroups.PlanFile plan : g.plans()) numbers.add(plan, serial, planIds, files);
                mentions += Math.toIntExact(g.mentions());
            }
            CitedFields first = StoredRow.of(e.getValue().get(0).first()).element(CitedFields.class);
            rows.add(new CitedDocumentRow(
                    e.getKey(),
                    first.number(),
                    first.type(),
                    first.date(),
                    first.name(),
                    planIds.size(),
                    mentions,
                    List.copyOf(planIds),
                    List.copyOf(files)));
        }
        rows.sort(Comparator.comparingInt(CitedDocumentRow::plans).reversed().thenComparing(CitedDocumentRow::key));
        return rows;
    }

    /**
     * The key of a reference without key or number ({@link IndexFields#REF_KEY}, {@link IndexFields#REF_NUMBER_KEY}
     * group the others): its type and name, folded. Only those two fields are read as text (the rest is skipped, in
     * whatever order a backend returns it), and each spelling is folded once.
     */
    private static final class NameKeys {
        private final Map<String, String> folded = new HashMap<>();

        String of(byte[] record) {
            String type = null;
            String name = null;
            try (JsonParser p = StoredRow.JSON.getFactory().createParser(record)) {
                if (p.nextToken() != JsonToken.START_OBJECT) throw new IOException("a record is no JSON object");
                for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                    String field = p.currentName();
                    p.nextToken();
                    if ("type".equals(field)) {
                        type = p.getValueAsString();
                    } else if ("name".equals(field)) {
                        name = p.getValueAsString();
                    }
                    p.skipChildren();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("unreadable reference record in the index", e);
            }
            String t = type;
            String n = name;
            return folded.computeIfAbsent(
                    (t == null ? "" : t) + ":" + (n == null ? "" : n), k -> ReferenceNumbers.nameKey(t, n));
        }
    }

    /**
     * The plans of the groups numbered once each, their ids and files too, so that a key's plan ids and files are
     * deduped by marks in arrays rather than by a set per key. A backend's groups share one object per plan (the
     * local index does) or not: the ids and files are numbered by value either way.
     */
    private static final class PlanNumbers {
        private final Map<RecordGroups.PlanFile, int[]> byPlan = new IdentityHashMap<>();
        private final Map<String, Integer> idNumbers = new HashMap<>();
        private final Map<String, Integer> fileNumbers = new HashMap<>();
        /** Per id (file) number, the serial of the last key that took it: a key takes each once. */
        private int[] idTaken = new int[64];

        private int[] fileTaken = new int[64];

        /** Adds {@code plan}'s id and file (when not null) to the key {@code serial}'s lists, unless already there. */
        void add(RecordGroups.PlanFile plan, int serial, List<String> planIds, List<String> files) {
            int[] n = byPlan.computeIfAbsent(plan, p ->
                    new int[] {number(idNumbers, p.planId()), p.file() == null ? -1 : number(fileNumbers, p.file())});
            idTaken = room(idTaken, n[0]);
            if (idTaken[n[0]] != serial) {
                idTaken[n[0]] = serial;
                planIds.add(plan.planId());
            }
            if (n[1] >= 0) {
                fileTaken = room(fileTaken, n[1]);
                if (fileTaken[n[1]] != serial) {
                    fileTaken[n[1]] = serial;
                    files.add(plan.file());
                }
            }
        }

        private static int number(Map<String, Integer> numbers, String value) {
            return numbers.computeIfAbsent(value, v -> numbers.size());
        }

        private static int[] room(int[] marks, int at) {
            return at < marks.length ? marks : Arrays.copyOf(marks, Math.max(at + 1, marks.length * 2));
        }
    }

    /**
     * The fields of a legal reference that name the cited document, read without its mentions (which the row
     * values count): grouping every reference of an archive reads only these.
     */
    private record CitedFields(String key, String number, String type, String date, String name) {}

    public List<AgencyRow> agencies(PlanFilter plans, AgencyFilter f) throws IOException {
        List<AgencyRow> rows = new ArrayList<>();
        for (StoredRow d : all(RecordKind.AGENCY, agencyQuery(plans, f))) rows.add(agencyRow(d));
        return rows;
    }

    /** Rows {@code offset + 1} to {@code offset + limit} of {@link #agencies(PlanFilter, AgencyFilter)}. */
    public Page<AgencyRow> agencies(PlanFilter plans, AgencyFilter f, int offset, int limit) throws IOException {
        RecordPage<IndexedRecord> page =
                index.find(new RecordQuery(RecordKind.AGENCY, agencyQuery(plans, f)), offset, limit);
        return Page.of(
                page.records().stream().map(r -> agencyRow(StoredRow.of(r))).toList(), offset, page);
    }

    private static List<Condition> agencyQuery(PlanFilter plans, AgencyFilter f) {
        List<Condition> b = plans.conditions();
        if (f.name() != null) {
            b.add(new AllWords(IndexFields.NAME, f.name(), "--name"));
        }
        PlanFilter.keyword(b, IndexFields.ROLE, f.role());
        PlanFilter.keyword(b, IndexFields.PILLAR, f.pillar());
        return b;
    }

    private static AgencyRow agencyRow(StoredRow d) {
        return AgencyRow.of(d.ref(), d.element(Agency.class), d.info().sectionPaths());
    }

    /** One row per plan having a target whose indicator has all the words; plans in row order. */
    public List<CompareRow> compare(String indicator, PlanFilter plans) throws IOException {
        return compareRows(targets(plans, indicatorFilter(indicator)));
    }

    /**
     * Rows {@code offset + 1} to {@code offset + limit} of {@link #compare(String, PlanFilter)}: the index gives the
     * matching targets of the page's plans only, and counts the plans having any.
     */
    public Page<CompareRow> compare(String indicator, PlanFilter plans, int offset, int limit) throws IOException {
        TargetFilter f = indicatorFilter(indicator);
        RecordPage<List<IndexedRecord>> page =
                index.byPlan(new RecordQuery(RecordKind.TARGET, targetQuery(plans, f)), offset, limit);
        List<TargetRow> targets = new ArrayList<>();
        for (List<IndexedRecord> plan : page.records()) {
            for (IndexedRecord r : plan) targets.add(targetRow(StoredRow.of(r)));
        }
        return Page.of(compareRows(targets), offset, page);
    }

    private static TargetFilter indicatorFilter(String indicator) {
        if (indicator == null || indicator.isBlank()) {
            throw new IllegalArgumentException("compare needs --indicator TEXT");
        }
        return new TargetFilter(indicator, null, null, null, null, null);
    }

    /** One row per plan of {@code targets} (in row order), holding its targets. */
    private static List<CompareRow> compareRows(List<TargetRow> targets) {
        Map<String, List<TargetRow>> byPlan = new LinkedHashMap<>();
        for (TargetRow t : targets) {
            byPlan.computeIfAbsent(t.planId(), k -> new ArrayList<>()).add(t);
        }
        List<CompareRow> rows = new ArrayList<>();
        for (List<TargetRow> ts : byPlan.values()) {
            TargetRow p = ts.get(0);
            rows.add(new CompareRow(
                    p.plan(),
                    ts.size(),
                    ts.stream().map(TargetRow::indicator).toList(),
                    ts.stream().map(TargetRow::comparator).toList(),
                    ts.stream().map(TargetRow::value).toList(),
                    ts.stream().map(TargetRow::unit).toList(),
                    ts.stream().map(TargetRow::deadline).toList(),
                    ts.stream().map(TargetRow::sectionPath).toList()));
        }
        return rows;
    }

    public List<PlanRow> plans(PlanFilter plans) throws IOException {
        List<PlanRow> rows = new ArrayList<>();
        for (StoredRow d : all(RecordKind.PLAN, plans.conditions())) {
            rows.add(planRow(d));
        }
        return rows;
    }

    private static PlanRow planRow(StoredRow d) {
        PlanRef p = d.ref();
        Metadata m = d.element(Metadata.class);
        return new PlanRow(
                p,
                m.period() == null ? null : m.period().from(),
                m.period() == null ? null : m.period().to(),
                d.plan().documentType(),
                m.number(),
                m.title(),
                d.count("sections"),
                d.count("targets"),
                d.count("references"),
                d.count("agencies"),
                d.count("tasks"));
    }

    /**
     * One plan whole, for reading it: its row and metadata, every part in plan order, where each part is printed,
     * and its normalised text (the export's {@code plans/<id>.txt} beside the index). Empty when the index has
     * no plan {@code planId}.
     */
    public Optional<PlanView> plan(String planId) throws IOException {
        if (planId == null || planId.isBlank()) return Optional.empty();
        List<StoredRow> records = all(null, List.of(new Keyword(IndexFields.PLAN_ID, planId)));
        if (records.stream()
                .noneMatch(d -> RecordKind.PLAN.code().equals(d.info().kind()))) return Optional.empty();
        return Optional.of(PlanView.of(
                records, PlanQueries::planRow, plansFolder == null ? null : PlanView.readText(plansFolder, planId)));
    }

    public List<SectionRow> sections(PlanFilter plans) throws IOException {
        List<SectionRow> rows = new ArrayList<>();
        for (StoredRow d : all(RecordKind.SECTION, plans.conditions())) {
            rows.add(SectionRow.of(d.ref(), d.element(Section.class)));
        }
        return rows;
    }

    public List<ReferenceRow> referenceRows(PlanFilter plans) throws IOException {
        List<ReferenceRow> rows = new ArrayList<>();
        for (StoredRow d : all(RecordKind.REFERENCE, plans.conditions())) {
            rows.add(ReferenceRow.of(
                    d.ref(), d.element(LegalReference.class), d.info().sectionPaths()));
        }
        return rows;
    }

    public List<TaskRow> tasks(PlanFilter plans) throws IOException {
        List<TaskRow> rows = new ArrayList<>();
        for (StoredRow d : all(RecordKind.TASK, plans.conditions())) {
            rows.add(TaskRow.of(d.ref(), d.element(Task.class), d.firstSectionPath()));
        }
        return rows;
    }

    /** The rows of one record kind, for {@code export}. */
    public List<? extends Record> export(RecordKind what, PlanFilter plans) throws IOException {
        return switch (what) {
            case PLAN -> plans(plans);
            case SECTION -> sections(plans);
            case TARGET -> targets(plans, TargetFilter.ANY);
            case REFERENCE -> referenceRows(plans);
            case AGENCY -> agencies(plans, AgencyFilter.ANY);
            case TASK -> tasks(plans);
        };
    }

    private List<StoredRow> all(RecordKind kind, List<Condition> conditions) throws IOException {
        List<IndexedRecord> found = index.find(new RecordQuery(kind, conditions));
        List<StoredRow> rows = new ArrayList<>(found.size());
        for (IndexedRecord r : found) rows.add(StoredRow.of(r));
        return rows;
    }
}
