package org.planlens.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.planlens.index.RecordKind;
import org.planlens.model.Agency;
import org.planlens.model.LegalReference;
import org.planlens.model.Mention;
import org.planlens.model.Metadata;
import org.planlens.model.Section;
import org.planlens.model.Target;
import org.planlens.model.Task;
import org.planlens.query.Rows.PlanRow;

/**
 * One plan whole, as a reader sees it: its row, its metadata, its parts in plan order, the spans of its text
 * that print each part, and the text itself (null when the export's {@code plans/<id>.txt} is not beside the
 * index).
 *
 * @param spans every printed place of a target, reference, agency or task, by start (a longer span first)
 */
public record PlanView(
        PlanRow plan,
        Metadata metadata,
        List<Section> sections,
        List<Target> targets,
        List<LegalReference> references,
        List<Agency> agencies,
        List<Task> tasks,
        List<Span> spans,
        String text) {
    public PlanView {
        sections = List.copyOf(sections);
        targets = List.copyOf(targets);
        references = List.copyOf(references);
        agencies = List.copyOf(agencies);
        tasks = List.copyOf(tasks);
        spans = List.copyOf(spans);
    }

    /**
     * Where a part is printed: {@code [start, end)} in the text, the part's kind code and id. {@code page} is the
     * printed page when the record carries one (provenance), else null.
     */
    public record Span(String kind, String id, int start, int end, Integer page) {}

    /** A task is located by its wording: the first place its description is printed, in its section if it can. */
    private static final int TASK_PREFIX = 40;

    static PlanView of(List<StoredRow> records, Function<StoredRow, PlanRow> planRow, String text) {
        PlanRow row = null;
        Metadata metadata = null;
        List<Section> sections = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        List<LegalReference> references = new ArrayList<>();
        List<Agency> agencies = new ArrayList<>();
        List<Task> tasks = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        for (StoredRow d : records) {
            RecordKind kind = RecordKind.fromCode(d.info().kind());
            switch (kind) {
                case PLAN -> {
                    row = planRow.apply(d);
                    metadata = d.element(Metadata.class);
                }
                case SECTION -> sections.add(d.element(Section.class));
                case TARGET -> {
                    Target t = d.element(Target.class);
                    targets.add(t);
                    spans.add(new Span(kind.code(), t.id(), t.start(), t.end(), page(tree(d))));
                }
                case REFERENCE -> {
                    LegalReference r = d.element(LegalReference.class);
                    references.add(r);
                    mentions(spans, kind, r.id(), r.mentions(), tree(d));
                }
                case AGENCY -> {
                    Agency a = d.element(Agency.class);
                    agencies.add(a);
                    mentions(spans, kind, a.id(), a.mentions(), tree(d));
                }
                case TASK -> tasks.add(d.element(Task.class));
            }
        }
        if (row == null) throw new IllegalStateException("a plan's records hold no plan record");
        if (text != null) {
            Map<String, Section> byId = new HashMap<>();
            sections.forEach(s -> byId.put(s.id(), s));
            String lower = text.toLowerCase(Locale.ROOT);
            // offsets in the lower-cased copy are the text's only when lower-casing kept every length
            if (lower.length() == text.length()) {
                for (Task t : tasks) {
                    Span s = locate(t, byId.get(t.sectionId()), text, lower);
                    if (s != null) spans.add(s);
                }
            }
            int length = text.length();
            spans.removeIf(s -> s.start() < 0 || s.end() > length || s.end() <= s.start());
        }
        spans.sort(Comparator.comparingInt(Span::start)
                .thenComparing(Comparator.comparingInt(Span::end).reversed()));
        return new PlanView(row, metadata, sections, targets, references, agencies, tasks, spans, text);
    }

    /** The plan's normalised text from the export folder; null when it is not there. */
    static String readText(Path plansFolder, String planId) {
        if (planId.contains("/") || planId.contains("\\") || planId.startsWith(".")) return null;
        Path file = plansFolder.resolve(planId + ".txt");
        if (!Files.isRegularFile(file)) return null;
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the text of " + planId + " at " + file, e);
        }
    }

    private static void mentions(List<Span> spans, RecordKind kind, String id, List<Mention> mentions, JsonNode tree) {
        JsonNode nodes = tree.path("mentions");
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            spans.add(new Span(kind.code(), id, m.start(), m.end(), page(nodes.path(i))));
        }
    }

    private static JsonNode tree(StoredRow d) {
        try {
            return StoredRow.JSON.readTree(d.record());
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "unreadable record in the index for plan " + d.info().planId(), e);
        }
    }

    /** The printed page a record or mention carries (1-based), when it carries one. */
    private static Integer page(JsonNode node) {
        JsonNode p = node.path("page");
        return p.isInt() && p.asInt() > 0 ? p.asInt() : null;
    }

    /**
     * The first place the task's description (else its first words) is printed, ignoring case, in its section
     * when it is there, else anywhere; null when it is nowhere.
     */
    private static Span locate(Task t, Section section, String text, String lower) {
        String d = t.description() == null ? "" : t.description().strip().toLowerCase(Locale.ROOT);
        if (d.isEmpty()) return null;
        int from = section == null ? 0 : Math.max(0, Math.min(section.start(), text.length()));
        int to = section == null ? text.length() : Math.max(from, Math.min(section.end(), text.length()));
        String prefix = d.substring(0, Math.min(d.length(), TASK_PREFIX));
        for (int start : new int[] {from, 0}) {
            int at = lower.indexOf(d, start);
            if (at >= 0 && (start == 0 || at + d.length() <= to)) return taskSpan(t, at, at + d.length());
            at = lower.indexOf(prefix, start);
            if (at >= 0 && (start == 0 || at < to)) {
                int end = lower.indexOf('\n', at);
                return taskSpan(t, at, Math.max(at + prefix.length(), end < 0 ? text.length() : end));
            }
        }
        return null;
    }

    private static Span taskSpan(Task t, int start, int end) {
        return new Span(RecordKind.TASK.code(), t.id(), start, end, null);
    }
}
