package org.planlens.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.planlens.model.Agency;
import org.planlens.model.Issuer;
import org.planlens.model.LegalReference;
import org.planlens.model.Mention;
import org.planlens.model.Metadata;
import org.planlens.model.Pillar;
import org.planlens.model.Plan;
import org.planlens.model.Relation;
import org.planlens.model.Role;
import org.planlens.model.Section;
import org.planlens.model.Target;
import org.planlens.model.Task;
import org.planlens.rules.Fold;

/**
 * Turns a plan into its Lucene documents: one for the plan and one for each section, target, legal reference,
 * agency and task. Every document carries the plan's place, level, year and period so any record kind can be
 * filtered by them without a join; each carries its own JSON (doc values) so result rows need no export file.
 */
public final class PlanDocuments {
    /** Compact JSON: kept once per record, so indentation would only cost disk. */
    private static final ObjectMapper RECORD_JSON = JsonMapper.builder().build();

    /**
     * The accent-free text: analysed with positions (phrases) and offsets (so snippets are cut from the postings
     * instead of re-analysing the text), and stored for those snippets.
     */
    private static final FieldType TEXT_TYPE = textType();
    /**
     * The accented twin of the text: words and their counts only. It only refines the ranking (exact spellings
     * first, by words: query.WordsAsSpelled), and positions would be a noticeable part of the time spent indexing.
     */
    private static final FieldType EXACT_TYPE = exactType();

    private final FacetsConfig facets = IndexFields.facetsConfig();

    private static FieldType textType() {
        FieldType t = new FieldType(TextField.TYPE_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    private static FieldType exactType() {
        FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        t.freeze();
        return t;
    }

    /** The plan's Lucene documents, facet fields built for a Lucene index. */
    List<Document> of(Plan plan, String text, String fingerprint) {
        List<Document> docs = fields(plan, text, fingerprint);
        try {
            for (int i = 0; i < docs.size(); i++) {
                docs.set(i, facets.build(docs.get(i)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }

    /**
     * The plan's records as documents whose facet fields are not yet built: the one statement of what each record
     * holds, which the Lucene index builds and the OpenSearch index turns into JSON. The plan's record comes first.
     */
    public List<Document> fields(Plan plan, String text, String fingerprint) {
        PlanContext ctx = new PlanContext(plan, text);
        List<Document> docs = new ArrayList<>();
        int ordinal = 0;

        Document p = ctx.base(RecordKind.PLAN, ordinal++);
        // stored and indexed: the writer looks plans up by fingerprint to skip unchanged files
        p.add(new StringField(IndexFields.FINGERPRINT, fingerprint, Field.Store.YES));
        Metadata m = plan.metadata();
        Set<Pillar> pillars = new LinkedHashSet<>();
        plan.sections().forEach(s -> addIfPresent(pillars, s.pillar()));
        plan.targets().forEach(t -> addIfPresent(pillars, t.pillar()));
        for (Pillar pillar : pillars) {
            // "plans touching digital government" is a filter
            pillar(p, pillar);
        }
        ctx.text(
                p,
                join(
                        m.title(),
                        m.number(),
                        m.issuer() == null ? null : m.issuer().name()));
        docs.add(finish(p, ctx.planRow(), m));

        for (Section s : plan.sections()) {
            Document d = ctx.base(RecordKind.SECTION, ordinal++);
            pillar(d, s.pillar());
            ctx.text(d, join(s.heading(), ctx.ownText(s)));
            docs.add(finish(d, ctx.partRow(RecordKind.SECTION, ctx.paths(s.id()), s.start(), s.end(), null), s));
        }
        for (Target t : plan.targets()) {
            Document d = ctx.base(RecordKind.TARGET, ordinal++);
            pillar(d, t.pillar());
            // point: --min/--max are range queries on the figure
            d.add(new DoublePoint(IndexFields.VALUE, t.value()));
            if (t.unit() != null) {
                // folded keyword: --unit % / --unit "thủ tục" match whole units, any accents
                d.add(new StringField(IndexFields.UNIT_KEY, Fold.key(t.unit()), Field.Store.NO));
            }
            if (t.comparator() != null) {
                // keyword: one of a closed list of codes
                d.add(new StringField(IndexFields.COMPARATOR, t.comparator().code(), Field.Store.NO));
            }
            if (t.deadline() != null) {
                // point: deadlines are compared as years
                d.add(new IntPoint(IndexFields.DEADLINE, t.deadline()));
            }
            if (t.indicator() != null) {
                // analysed, folded: --indicator matches words of the indicator, not the clause (never asked with
                // accents, so no accented twin as the main text has)
                d.add(new TextField(IndexFields.INDICATOR, t.indicator(), Field.Store.NO));
            }
            ctx.text(d, join(t.text(), t.indicator()));
            docs.add(finish(d, ctx.partRow(RecordKind.TARGET, ctx.paths(t.sectionId()), t.start(), t.end(), null), t));
        }
        for (LegalReference r : plan.legalReferences()) {
            Document d = ctx.base(RecordKind.REFERENCE, ordinal++);
            if (r.number() != null) {
                // keyword on the normalised number: `cites 3611/QĐ-UBND` in any spacing or case, any year
                d.add(new StringField(
                        IndexFields.REF_NUMBER_KEY, ReferenceNumbers.normalise(r.number()), Field.Store.NO));
            }
            if (r.key() != null) {
                // keyword, and sorted doc values: the join key across plans, grouped by `references`
                d.add(new StringField(IndexFields.REF_KEY, r.key(), Field.Store.NO));
            }
            // keyword: the cited document `references` groups by, read from the terms (no record JSON parsed)
            d.add(new StringField(
                    IndexFields.REF_GROUP,
                    ReferenceNumbers.groupKey(r.key(), r.number(), r.type(), r.name()),
                    Field.Store.NO));
            // numeric doc values: `references` sums the mentions of a group's records without reading their rows
            d.add(new NumericDocValuesField(IndexFields.MENTIONS, r.mentions().size()));
            if (r.type() != null) {
                // folded keyword: filter by kind of cited document (Quyết định, Nghị quyết...)
                d.add(new StringField(IndexFields.REF_TYPE, Fold.key(r.type()), Field.Store.NO));
            }
            for (String relation : relations(r)) {
                // keyword, one per relation its mentions carry: `cites NUMBER --relation implements`
                d.add(new StringField(IndexFields.REF_RELATION, relation, Field.Store.NO));
            }
            ctx.text(d, join(r.type(), r.number(), r.name(), r.issuer()));
            docs.add(finish(
                    d,
                    ctx.partRow(
                            RecordKind.REFERENCE,
                            ctx.paths(r.mentions()),
                            null,
                            null,
                            r.mentions().size()),
                    r));
        }
        for (Agency a : plan.agencies()) {
            Document d = ctx.base(RecordKind.AGENCY, ordinal++);
            if (a.name() != null) {
                // analysed: --name "van phong" finds "Văn phòng - Thống kê"
                d.add(new TextField(IndexFields.NAME, a.name(), Field.Store.NO));
            }
            for (Role role : a.roles()) {
                // keyword: roles are a closed list of codes
                d.add(new StringField(IndexFields.ROLE, role.code(), Field.Store.NO));
            }
            for (Pillar pillar : a.pillars()) {
                pillar(d, pillar);
            }
            ctx.text(d, join(a.name(), String.join(" ", a.aliases())));
            docs.add(finish(d, ctx.partRow(RecordKind.AGENCY, ctx.paths(a.mentions()), null, null, null), a));
        }
        for (Task t : plan.tasks()) {
            Document d = ctx.base(RecordKind.TASK, ordinal++);
            ctx.text(
                    d,
                    join(
                            t.description(),
                            t.output(),
                            t.timeline(),
                            String.join(" ", t.lead()),
                            String.join(" ", t.coordinate())));
            docs.add(finish(d, ctx.partRow(RecordKind.TASK, ctx.paths(t.sectionId()), null, null, null), t));
        }
        return docs;
    }

    /**
     * Adds the row's columns and the record's JSON as binary doc values, columnar, so listing thousands of rows
     * never decompresses the stored section text: rows are read from these alone, so nothing else of a record is
     * stored but its text (for snippets), its kind and plan id, and a plan's fingerprint.
     */
    private Document finish(Document d, RowInfo row, Object record) {
        d.add(new BinaryDocValuesField(IndexFields.ROW, new BytesRef(json(row))));
        d.add(new BinaryDocValuesField(IndexFields.ROW_RECORD, new BytesRef(json(record))));
        return d;
    }

    private static void pillar(Document d, Pillar pillar) {
        if (pillar == null) return;
        // keyword: --pillar is an exact code
        d.add(new StringField(IndexFields.PILLAR, pillar.code(), Field.Store.NO));
        d.add(new SortedSetDocValuesFacetField(IndexFields.FACET_PILLAR, pillar.code()));
    }

    private static <T> void addIfPresent(Set<T> set, T value) {
        if (value != null) set.add(value);
    }

    private static String join(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String s : parts) {
            if (s != null && !s.isBlank()) {
                if (!b.isEmpty()) b.append('\n');
                b.append(s);
            }
        }
        return b.toString();
    }

    private static byte[] json(Object o) {
        try {
            return RECORD_JSON.writeValueAsBytes(o);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What every record of one plan shares: its place, level, year and period; and its sections by id. */
    private static final class PlanContext {
        private final Plan plan;
        private final String text;
        private final Map<String, Section> sections = new HashMap<>();
        private final Issuer issuer;
        private final Integer year;
        private final Integer periodFrom;
        private final Integer periodTo;
        private final String provinceKey;
        private final String districtKey;
        private final String communeKey;
        private final String orderPrefix;

        PlanContext(Plan plan, String text) {
            this.plan = plan;
            this.text = text;
            plan.sections().forEach(s -> sections.put(s.id(), s));
            Metadata m = plan.metadata();
            this.issuer = m.issuer() == null ? Issuer.UNKNOWN : m.issuer();
            Integer issueYear = m.issueDate() == null ? null : m.issueDate().year();
            Integer from = m.period() == null ? null : m.period().from();
            Integer to = m.period() == null ? null : m.period().to();
            this.year = issueYear != null ? issueYear : from;
            // a plan without a printed period is taken to cover its own year, so period filters still see it
            this.periodFrom = from != null ? from : year;
            this.periodTo = to != null ? to : periodFrom;
            this.provinceKey = placeKey(issuer.province());
            this.districtKey = placeKey(issuer.district());
            this.communeKey = placeKey(issuer.commune());
            this.orderPrefix = orderPrefix();
        }

        Document base(RecordKind kind, int ordinal) {
            Document d = new Document();
            Metadata m = plan.metadata();
            // keyword: filters on the record kind, never ranked
            d.add(new StringField(IndexFields.KIND, kind.code(), Field.Store.YES));
            d.add(new SortedSetDocValuesFacetField(IndexFields.FACET_KIND, kind.code()));
            // keyword: the replace-by term and the plan of every row
            d.add(new StringField(IndexFields.PLAN_ID, plan.id(), Field.Store.YES));
            if (issuer.level() != null) {
                // keyword: --level is an exact code
                d.add(new StringField(IndexFields.LEVEL, issuer.level().code(), Field.Store.NO));
                d.add(new SortedSetDocValuesFacetField(
                        IndexFields.FACET_LEVEL, issuer.level().code()));
            }
            place(d, IndexFields.PROVINCE_KEY, provinceKey);
            place(d, IndexFields.DISTRICT_KEY, districtKey);
            place(d, IndexFields.COMMUNE_KEY, communeKey);
            List<String> placePath = placePath();
            if (!placePath.isEmpty()) {
                d.add(new SortedSetDocValuesFacetField(IndexFields.FACET_PLACE, placePath.toArray(String[]::new)));
            }
            if (year != null) {
                // point for --year ranges, and a facet to count plans per year
                d.add(new IntPoint(IndexFields.YEAR, year));
                d.add(new SortedSetDocValuesFacetField(IndexFields.FACET_YEAR, Integer.toString(year)));
            }
            if (periodFrom != null) {
                // points: --from/--to select plans whose period overlaps the asked years
                d.add(new IntPoint(IndexFields.PERIOD_FROM, periodFrom));
                d.add(new IntPoint(IndexFields.PERIOD_TO, periodTo));
            }
            if (plan.metadata().documentType() != null) {
                // keyword: --doc-type is an exact code
                d.add(new StringField(
                        IndexFields.DOCUMENT_TYPE,
                        plan.metadata().documentType().code(),
                        Field.Store.NO));
            }
            // sorted doc values: rows come out by place, plan and order within the plan, whatever the hit order
            d.add(new SortedDocValuesField(IndexFields.ORDER, new BytesRef(orderKey(ordinal))));
            return d;
        }

        /** The plan row's columns: the plan's place, year, period as printed, and how many parts of each kind. */
        RowInfo planRow() {
            Metadata m = plan.metadata();
            Map<String, Integer> counts = Map.of(
                    "sections",
                    plan.sections().size(),
                    "targets",
                    plan.targets().size(),
                    "references",
                    plan.legalReferences().size(),
                    "agencies",
                    plan.agencies().size(),
                    "tasks",
                    plan.tasks().size());
            return new RowInfo(
                    RecordKind.PLAN.code(),
                    plan.id(),
                    plan.source() == null ? null : plan.source().file(),
                    issuer.name(),
                    issuer.level() == null ? null : issuer.level().code(),
                    nonBlank(issuer.commune()),
                    nonBlank(issuer.district()),
                    nonBlank(issuer.province()),
                    year,
                    m.period() == null ? null : m.period().from(),
                    m.period() == null ? null : m.period().to(),
                    m.documentType() == null ? null : m.documentType().code(),
                    m.number(),
                    m.title(),
                    List.of(),
                    null,
                    null,
                    null,
                    counts);
        }

        /** A part's row: its own columns only (its plan columns are its plan record's). */
        RowInfo partRow(RecordKind kind, List<String> sectionPaths, Integer start, Integer end, Integer mentions) {
            return RowInfo.part(kind.code(), plan.id(), sectionPaths, start, end, mentions);
        }

        private List<String> placePath() {
            List<String> path = new ArrayList<>(3);
            for (String part : new String[] {issuer.province(), issuer.district(), issuer.commune()}) {
                if (part == null || part.isBlank()) break;
                path.add(part);
            }
            return path;
        }

        /** Place, year and plan: the part of every record's sort key that is the plan's, worked out once. */
        private String orderPrefix() {
            return String.join(
                    "\u0001",
                    Fold.key(nz(issuer.province())),
                    Fold.key(nz(issuer.district())),
                    Fold.key(nz(issuer.commune())),
                    year == null ? "9999" : String.format("%04d", year),
                    plan.id(),
                    "");
        }

        private String orderKey(int ordinal) {
            String n = Integer.toString(ordinal);
            return orderPrefix + "0".repeat(Math.max(0, 8 - n.length())) + n;
        }

        private static String nz(String s) {
            return s == null ? "" : s;
        }

        private static void place(Document d, String field, String key) {
            if (key == null) return;
            // folded keyword: --province "thanh hoa" finds Thanh Hóa
            d.add(new StringField(field, key, Field.Store.NO));
        }

        /** The folded keyword of a place name; null for none. */
        private static String placeKey(String value) {
            return value == null || value.isBlank() ? null : Fold.key(value);
        }

        private static String nonBlank(String s) {
            return s == null || s.isBlank() ? null : s;
        }

        /** The path of the section {@code sectionId}, as a row's one section path; none when it has none. */
        List<String> paths(String sectionId) {
            Section s = sectionId == null ? null : sections.get(sectionId);
            return s == null || s.path() == null ? List.of() : List.of(s.path());
        }

        /** The paths of the sections the mentions are in, each once, in mention order (a row may name several). */
        List<String> paths(List<Mention> mentions) {
            Set<String> paths = new LinkedHashSet<>();
            for (Mention mention : mentions) {
                paths.addAll(paths(mention.sectionId()));
            }
            return List.copyOf(paths);
        }

        void text(Document d, String body) {
            // see TEXT_TYPE: searchable accent-free, stored and with offsets for highlighted snippets
            d.add(new Field(IndexFields.TEXT, body, TEXT_TYPE));
            // see EXACT_TYPE: the accented twin that lets exact spellings score higher
            d.add(new Field(IndexFields.TEXT_EXACT, body, EXACT_TYPE));
        }

        /** The section's text up to its first subsection, so a hit in II.1 is not also a hit in II. */
        String ownText(Section s) {
            int end = s.end();
            for (Section child : plan.sections()) {
                if (s.id() != null && s.id().equals(child.parentId()) && child.start() >= s.start()) {
                    end = Math.min(end, child.start());
                }
            }
            return slice(s.start(), end);
        }

        String slice(int start, int end) {
            if (text == null) return null;
            int s = Math.max(0, Math.min(start, text.length()));
            int e = Math.max(s, Math.min(end, text.length()));
            return text.substring(s, e);
        }
    }

    /** The distinct relations of a reference's mentions, in order of first mention. */
    static List<String> relations(LegalReference r) {
        return r.mentions().stream()
                .map(Mention::relation)
                .filter(Objects::nonNull)
                .map(Relation::code)
                .distinct()
                .toList();
    }
}
