package org.planlens.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planlens.model.Section;
import org.planlens.query.PlanView;
import org.planlens.query.PlanView.Span;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A plan: its metadata, its section tree, and its normalised text with every target, reference, agency mention
 * and task highlighted by kind; a part's row jumps to its span. {@code ?at=START-END} marks a stretch (a search
 * hit, a target row) and opens the text there. The original file is downloadable.
 */
@Controller
public class PlanPage {
    private static final Pattern RANGE = Pattern.compile("(\\d{1,9})-(\\d{1,9})");
    private final Questions questions;
    private final SourceFiles sources;
    private final Vi vi;

    PlanPage(Questions questions, SourceFiles sources, Vi vi) {
        this.questions = questions;
        this.sources = sources;
        this.vi = vi;
    }

    /** A section in the tree: its depth, and the anchor it jumps to. */
    public record TreeItem(Section section, int depth) {}

    @GetMapping("/plans/{id}")
    String plan(
            @PathVariable("id") String id,
            @RequestParam(name = "at", required = false) String at,
            HttpServletRequest request,
            Model model) {
        PlanView v = questions.plan(id).orElseThrow(() -> ApiController.noPlan(id));
        List<Span> spans = new ArrayList<>(v.spans());
        String focus = null;
        if (Params.text(at) != null && v.text() != null) {
            Matcher m = RANGE.matcher(at.strip());
            if (!m.matches()
                    || Integer.parseInt(m.group(1)) >= Integer.parseInt(m.group(2))
                    || Integer.parseInt(m.group(2)) > v.text().length()) {
                throw new IllegalArgumentException("at: '" + at + "' is not a stretch START-END of this plan's text (0-"
                        + v.text().length() + ")");
            }
            int start = Integer.parseInt(m.group(1));
            int end = Integer.parseInt(m.group(2));
            Span same = spans.stream()
                    .filter(s -> s.start() == start && s.end() == end)
                    .findFirst()
                    .orElse(null);
            if (same == null) spans.add(new Span("hit", "at", start, end, null));
            focus = same == null ? "hit:at" : same.kind() + ":" + same.id();
        }
        PlanMarkup markup = v.text() == null ? null : PlanMarkup.of(v.text(), spans, v.sections(), vi);
        Map<String, List<String>> anchors = markup == null ? Map.of() : markup.anchorsByPart();
        model.addAttribute("nav", "plans");
        model.addAttribute("url", Link.of(request));
        model.addAttribute("v", v);
        model.addAttribute("pieces", markup == null ? List.of() : markup.pieces());
        model.addAttribute("anchors", anchors);
        model.addAttribute(
                "focus",
                focus == null || !anchors.containsKey(focus)
                        ? null
                        : anchors.get(focus).get(0));
        model.addAttribute("tree", tree(v.sections()));
        model.addAttribute("sectionPaths", paths(v.sections()));
        model.addAttribute("source", sources.available(v.plan()));
        return "plan";
    }

    /** The file the plan was read from, when it is still where the ingest found it and still the same bytes. */
    @GetMapping("/plans/{id}/source")
    ResponseEntity<byte[]> source(@PathVariable("id") String id) {
        PlanView v = questions.plan(id).orElseThrow(() -> ApiController.noPlan(id));
        SourceFiles.Source s = sources.open(v.plan());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(s.name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(s.bytes());
    }

    private static List<TreeItem> tree(List<Section> sections) {
        Map<String, Integer> depth = new HashMap<>();
        List<TreeItem> items = new ArrayList<>();
        for (Section s : sections) {
            int d = s.parentId() == null ? 0 : depth.getOrDefault(s.parentId(), 0) + 1;
            depth.put(s.id(), d);
            items.add(new TreeItem(s, Math.min(d, 4)));
        }
        return items;
    }

    private static Map<String, String> paths(List<Section> sections) {
        Map<String, String> m = new HashMap<>();
        for (Section s : sections) m.put(s.id(), s.path());
        return m;
    }
}
