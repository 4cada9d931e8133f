package org.planlens.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.planlens.index.RecordKind;
import org.planlens.query.FacetCounts;
import org.planlens.query.PlanFilter;
import org.planlens.query.Rows.FacetRow;
import org.planlens.query.Rows.SearchHit;
import org.planlens.query.TextSearch;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page: one box (accents ignored, as {@code planlens search}), hits by kind with their highlighted
 * snippets, the hits' counts by place, level, year, pillar and document type as filters, pages of 20.
 */
@Controller
public class SearchPage {
    static final int PAGE_SIZE = 20;
    private final Questions questions;
    private final Vi vi;

    SearchPage(Questions questions, Vi vi) {
        this.questions = questions;
        this.vi = vi;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/search";
    }

    @GetMapping("/search")
    String search(
            @RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "type", required = false) String type,
            @RequestParam(name = "pillar", required = false) String pillar,
            @RequestParam(name = "page", required = false) String page,
            PlanFilter plans,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Link url = Link.of(request);
        model.addAttribute("nav", "search");
        model.addAttribute("url", url);
        String text = Params.text(q);
        model.addAttribute("q", text);
        if (text == null) return "search";
        RecordKind kind = Params.kind("type", type);
        int p = Params.page(page);
        Questions.SearchResults r;
        try {
            r = questions.searchWithFacets(text, kind, Params.code(pillar), plans, (p - 1) * PAGE_SIZE, PAGE_SIZE);
        } catch (IllegalArgumentException e) {
            // a query the parser cannot read (an unclosed quote): said under the box, which keeps the text to mend
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", e.getMessage());
            return "search";
        }
        // hits past the deepest rank are not listed: the pages stop there
        Pager pager = new Pager(p, PAGE_SIZE, Math.min(r.page().total(), TextSearch.MAX_RANK));
        List<Hit> hits = new ArrayList<>();
        for (SearchHit h : r.page().rows()) hits.add(Hit.of(h));
        List<FacetRow> kinds = r.facets().stream()
                .filter(f -> f.dimension().equals(FacetCounts.KIND))
                .toList();
        model.addAttribute("total", r.page().total());
        model.addAttribute("hits", hits);
        model.addAttribute("pager", pager);
        model.addAttribute("kind", kind == null ? null : kind.code());
        model.addAttribute("kinds", kindTabs(kinds, url, kind));
        model.addAttribute("facets", Facets.of(r.facets(), url, vi));
        Link api = url.at(
                        "/api/v1/search",
                        List.of(
                                "q",
                                "type",
                                "pillar",
                                "level",
                                "province",
                                "district",
                                "commune",
                                "year",
                                "from",
                                "to",
                                "doc-type"))
                .with("offset", pager.offset())
                .with("limit", PAGE_SIZE);
        model.addAttribute("csv", api.with("format", "csv").toString());
        model.addAttribute("json", api.toString());
        return "search";
    }

    /** A tab per record kind with its count; "all" first. */
    public record Tab(String code, String label, long count, String href, boolean active) {}

    private List<Tab> kindTabs(List<FacetRow> counts, Link url, RecordKind current) {
        List<Tab> tabs = new ArrayList<>();
        long all = counts.stream().mapToLong(FacetRow::count).sum();
        tabs.add(new Tab("all", "Tất cả", all, url.without("type").toString(), current == null));
        for (RecordKind k : RecordKind.values()) {
            long n = counts.stream()
                    .filter(f -> f.value().equals(k.code()))
                    .mapToLong(FacetRow::count)
                    .sum();
            if (n == 0 && current != k) continue;
            tabs.add(new Tab(
                    k.code(),
                    vi.label("kinds", k.code()),
                    n,
                    url.with("type", k.code()).toString(),
                    current == k));
        }
        return tabs;
    }

    /** A hit as shown: its row, and its snippet cut at the highlight marks ({@code «...»}). */
    public record Hit(SearchHit row, List<Snippet> snippet, String href) {
        static Hit of(SearchHit h) {
            String href = "/plans/" + h.planId()
                    + (h.start() == null || h.end() == null ? "" : "?at=" + h.start() + "-" + h.end() + "#at");
            return new Hit(h, Snippet.split(h.snippet()), href);
        }
    }

    /** A stretch of a snippet, marked when it is a matched word. */
    public record Snippet(String text, boolean mark) {
        static List<Snippet> split(String s) {
            List<Snippet> out = new ArrayList<>();
            if (s == null) return out;
            int i = 0;
            while (i < s.length()) {
                int open = s.indexOf('«', i);
                int close = open < 0 ? -1 : s.indexOf('»', open + 1);
                if (open < 0 || close < 0) {
                    out.add(new Snippet(s.substring(i), false));
                    break;
                }
                if (open > i) out.add(new Snippet(s.substring(i, open), false));
                out.add(new Snippet(s.substring(open + 1, close), true));
                i = close + 1;
            }
            return out;
        }
    }
}
