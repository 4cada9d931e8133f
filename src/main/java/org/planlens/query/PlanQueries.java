package org.planlens.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.planlens.index.IndexFields;
import org.planlens.index.RecordKind;
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

/**
 * The structured questions across plans. Row order, unless a method says otherwise: province, district, commune,
 * year, plan id (all compared folded), then the record's order inside its plan, so the same index always gives
 * the same rows in the same order.
 */
public final class PlanQueries {
    /** {@code 3611/QĐ-UBND@2022} or {@code 3611/QĐ-UBND năm 2022}: a number narrowed to the year it was issued. */
    private static final Pattern NUMBER_WITH_YEAR = Pattern.compile(
            "(.+?)\\s*(?:@|\\s(?:năm|nam))\\s*((?:19|20)\\d{2})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final IndexSearcher searcher;
    private final QueryBuilder words;
    private final Map<String, org.planlens.index.RowInfo> planColumns;
    /** The export's plans folder ({@code plans/}, beside the index): each plan's text. */
    private final java.nio.file.Path plansFolder;

    public PlanQueries(IndexSearcherProvider provider) {
        this.searcher = provider.searcher();
        this.plansFolder = provider.dir().toAbsolutePath().normalize().resolveSibling("plans");
        this.planColumns = provider.plans();
        this.words = new QueryBuilder(provider.analyzer());
        this.words.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    }

    public List<TargetRow> targets(PlanFilter plans, TargetFilter f) throws IOException {
        List<TargetRow> rows = new ArrayList<>();
        for (StoredRow d : StoredRecords.all(searcher, planColumns, targetQuery(plans, f))) rows.add(targetRow(d));
        return rows;
    }

    /** Rows {@code offset + 1} to {@code offset + limit} of {@link #targets(PlanFilter, TargetFilter)}. */
    public Page<TargetRow> targets(PlanFilter plans, TargetFilter f, int offset, int limit) throws IOException {
        Page<StoredRow> page = StoredRecords.page(searcher, planColumns, targetQuery(plans, f), offset, limit);
        return new Page<>(page.rows().stream().map(PlanQueries::targetRow).toList(), offset, page.total());
    }

    private static TargetRow targetRow(StoredRow d) {
        return TargetRow.of(d.ref(), d.element(Target.class), d.firstSectionPath());
    }

    private Query targetQuery(PlanFilter plans, TargetFilter f) {
        BooleanQuery.Builder b = filtered(RecordKind.TARGET, plans);
        if (f.indicator() != null) {
            b.add(allWords(IndexFields.INDICATOR, f.indicator(), "--indicator"), BooleanClause.Occur.FILTER);
        }
        if (f.min() != null || f.max() != null) {
            double lo = f.min() == null ? Double.NEGATIVE_INFINITY : f.min();
            double hi = f.max() == null ? Double.POSITIVE_INFINITY : f.max();
            b.add(DoublePoint.newRangeQuery(IndexFields.VALUE, lo, hi), BooleanClause.Occur.FILTER);
        }
        if (f.unit() != null) {
            PlanFilter.keyword(b, IndexFields.UNIT_KEY, Fold.key(f.unit()));
        }
        PlanFilter.keyword(b, IndexFields.COMPARATOR, f.comparator());
        PlanFilter.keyword(b, IndexFields.PILLAR, f.pillar());
        return b.build();
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
        Matcher withYear = NUMBER_WITH_YEAR.matcher(number.strip());
        String n = ReferenceNumbers.normalise(withYear.matches() ? withYear.group(1) : number);
        if (n.isEmpty()) {
            throw new IllegalArgumentException("cites needs a document number, e.g. 3611/QĐ-UBND");
        }
        BooleanQuery.Builder b = filtered(RecordKind.REFERENCE, plans);
        if (withYear.matches()) {
            b.add(
                    new TermQuery(new Term(IndexFields.REF_KEY, n + "@" + withYear.group(2))),
                    BooleanClause.Occur.FILTER);
        } else {
            b.add(new TermQuery(new Term(IndexFields.REF_NUMBER_KEY, n)), BooleanClause.Occur.FILTER);
        }
        if (relation != null) {
            b.add(new TermQuery(new Term(IndexFields.REF_RELATION, relation.code())), BooleanClause.Occur.FILTER);
        }
        List<CitationRow> rows = new ArrayList<>();
        for (StoredRow d : StoredRecords.all(searcher, planColumns, b.build())) {
            PlanRef p = d.ref();
            LegalReference r = d.element(LegalReference.class);
            rows.add(new CitationRow(
                    p.planId(),
                    p.file(),
                    p.issuer(),
                    p.level(),
                    p.commune(),
                    p.district(),
                    p.province(),
                    p.year(),
                    r.number(),
                    r.key(),
                    r.mentions().size(),
                    r.mentions().stream()
                            .map(Mention::relation)
                            .filter(Objects::nonNull)
                            .map(Relation::code)
                            .distinct()
                            .toList(),
                    d.info().sectionPaths()));
        }
        return rows;
    }

    /**
     * Every cited document (grouped by reference key) with how many of the filtered plans cite it. Order: most
     * citing plans first, then key.
     */
    public List<CitedDocumentRow> references(PlanFilter plans) throws IOException {
        Map<String, List<StoredRow>> byKey = new LinkedHashMap<>();
        for (StoredRow d : StoredRecords.all(
                searcher, planColumns, filtered(RecordKind.REFERENCE, plans).build())) {
            LegalReference r = d.element(LegalReference.class);
            String key = r.key() != null
                    ? r.key()
                    : r.number() != null
                            ? ReferenceNumbers.normalise(r.number())
                            : Fold.key((r.type() == null ? "" : r.type()) + ":" + (r.name() == null ? "" : r.name()));
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
        }
        List<CitedDocumentRow> rows = new ArrayList<>();
        for (var e : byKey.entrySet()) {
            Set<String> planIds = new LinkedHashSet<>();
            Set<String> files = new LinkedHashSet<>();
            int mentions = 0;
            LegalReference first = null;
            for (StoredRow d : e.getValue()) {
                LegalReference r = d.element(LegalReference.class);
                if (first == null) first = r;
                planIds.add(d.info().planId());
                String file = d.ref().file();
                if (file != null) files.add(file);
                mentions += r.mentions().size();
            }
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

    public List<AgencyRow> agencies(PlanFilter plans, AgencyFilter f) throws IOException {
        BooleanQuery.Builder b = filtered(RecordKind.AGENCY, plans);
        if (f.name() != null) {
            b.add(allWords(IndexFields.NAME, f.name(), "--name"), BooleanClause.Occur.FILTER);
        }
        PlanFilter.keyword(b, IndexFields.ROLE, f.role());
        PlanFilter.keyword(b, IndexFields.PILLAR, f.pillar());
        List<AgencyRow> rows = new ArrayList<>();
        for (StoredRow d : StoredRecords.all(searcher, planColumns, b.build())) {
            rows.add(AgencyRow.of(d.ref(), d.element(Agency.class), d.info().sectionPaths()));
        }
        return rows;
    }

    /** One row per plan having a target whose indicator has all the words; plans in row order. */
    public List<CompareRow> compare(String indicator, PlanFilter plans) throws IOException {
        if (indicator == null || indicator.isBlank()) {
            throw new IllegalArgumentException("compare needs --indicator TEXT");
        }
        Map<String, List<TargetRow>> byPlan = new LinkedHashMap<>();
        for (TargetRow t : targets(plans, new TargetFilter(indicator, null, null, null, null, null))) {
            byPlan.computeIfAbsent(t.planId(), k -> new ArrayList<>()).add(t);
        }
        List<CompareRow> rows = new ArrayList<>();
        for (List<TargetRow> ts : byPlan.values()) {
            TargetRow p = ts.get(0);
            rows.add(new CompareRow(
                    p.planId(),
                    p.file(),
                    p.issuer(),
                    p.level(),
                    p.commune(),
                    p.district(),
                    p.province(),
                    p.year(),
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
        for (StoredRow d : StoredRecords.all(
                searcher, planColumns, filtered(RecordKind.PLAN, plans).build())) {
            rows.add(planRow(d));
        }
        return rows;
    }

    private static PlanRow planRow(StoredRow d) {
        PlanRef p = d.ref();
        Metadata m = d.element(Metadata.class);
        return new PlanRow(
                p.planId(),
                p.file(),
                p.issuer(),
                p.level(),
                p.commune(),
                p.district(),
                p.province(),
                p.year(),
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
    public java.util.Optional<PlanView> plan(String planId) throws IOException {
        if (planId == null || !planColumns.containsKey(planId)) return java.util.Optional.empty();
        Query q = new TermQuery(new Term(IndexFields.PLAN_ID, planId));
        return java.util.Optional.of(PlanView.of(
                StoredRecords.all(searcher, planColumns, q),
                PlanQueries::planRow,
                PlanView.readText(plansFolder, planId)));
    }

    public List<SectionRow> sections(PlanFilter plans) throws IOException {
        List<SectionRow> rows = new ArrayList<>();
        for (StoredRow d : StoredRecords.all(
                searcher, planColumns, filtered(RecordKind.SECTION, plans).build())) {
            rows.add(SectionRow.of(d.ref(), d.element(Section.class)));
        }
        return rows;
    }

    public List<ReferenceRow> referenceRows(PlanFilter plans) throws IOException {
        List<ReferenceRow> rows = new ArrayList<>();
        for (StoredRow d : StoredRecords.all(
                searcher, planColumns, filtered(RecordKind.REFERENCE, plans).build())) {
            rows.add(ReferenceRow.of(
                    d.ref(), d.element(LegalReference.class), d.info().sectionPaths()));
        }
        return rows;
    }

    public List<TaskRow> tasks(PlanFilter plans) throws IOException {
        List<TaskRow> rows = new ArrayList<>();
        for (StoredRow d : StoredRecords.all(
                searcher, planColumns, filtered(RecordKind.TASK, plans).build())) {
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

    private static BooleanQuery.Builder filtered(RecordKind kind, PlanFilter plans) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        PlanFilter.keyword(b, IndexFields.KIND, kind.code());
        plans.addTo(b);
        return b;
    }

    private Query allWords(String field, String text, String option) {
        Query q = words.createBooleanQuery(field, text, BooleanClause.Occur.MUST);
        if (q == null) {
            throw new IllegalArgumentException(option + " '" + text + "' has no words to search for");
        }
        return q;
    }
}
