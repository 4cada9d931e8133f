package org.planlens.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.planlens.index.RecordKind;
import org.planlens.query.AgencyFilter;
import org.planlens.query.PlanFilter;
import org.planlens.query.Rows.AgencyRow;
import org.planlens.query.Rows.CitationRow;
import org.planlens.query.Rows.CitedDocumentRow;
import org.planlens.query.Rows.PlanRow;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The listing pages: the plans ({@code planlens export --what plans}), the documents they cite
 * ({@code references}), who cites one ({@code cites}), and who leads what ({@code agencies}); each a table in
 * pages of 50 with the CLI's rows to download.
 */
@Controller
class ListPages {
    private final Questions questions;

    ListPages(Questions questions) {
        this.questions = questions;
    }

    @GetMapping("/plans")
    String plans(
            @RequestParam(name = "page", required = false) String page,
            PlanFilter plans,
            HttpServletRequest request,
            Model model) {
        @SuppressWarnings("unchecked")
        List<PlanRow> all = (List<PlanRow>) questions.export(RecordKind.PLAN, plans);
        Link url = common(model, request, "plans", page, all);
        TargetsPage.downloads(model, url.with("what", "plans"), "/api/v1/export", List.of("what"));
        return "plans";
    }

    @GetMapping("/references")
    String references(
            @RequestParam(name = "page", required = false) String page,
            PlanFilter plans,
            HttpServletRequest request,
            Model model) {
        List<CitedDocumentRow> all = questions.references(plans);
        Link url = common(model, request, "references", page, all);
        TargetsPage.downloads(model, url, "/api/v1/references", List.of());
        return "references";
    }

    @GetMapping("/cites")
    String cites(
            @RequestParam(name = "number", required = false) String number,
            @RequestParam(name = "page", required = false) String page,
            PlanFilter plans,
            HttpServletRequest request,
            Model model) {
        String n = Params.text(number);
        List<CitationRow> all = n == null ? List.of() : questions.cites(n, plans);
        Link url = common(model, request, "references", page, all);
        model.addAttribute("number", n);
        TargetsPage.downloads(model, url, "/api/v1/cites", List.of("number"));
        return "cites";
    }

    @GetMapping("/agencies")
    String agencies(
            @RequestParam(name = "name", required = false) String name,
            @RequestParam(name = "role", required = false) String role,
            @RequestParam(name = "pillar", required = false) String pillar,
            @RequestParam(name = "page", required = false) String page,
            PlanFilter plans,
            HttpServletRequest request,
            Model model) {
        AgencyFilter f = new AgencyFilter(Params.text(name), Params.code(role), Params.code(pillar));
        List<AgencyRow> all = questions.agencies(plans, f);
        Link url = common(model, request, "agencies", page, all);
        TargetsPage.downloads(model, url, "/api/v1/agencies", List.of("name", "role", "pillar"));
        return "agencies";
    }

    private static Link common(Model model, HttpServletRequest request, String nav, String page, List<?> all) {
        Link url = Link.of(request);
        Pager pager = Pager.of(Params.page(page), TargetsPage.PAGE_SIZE, all.size());
        model.addAttribute("nav", nav);
        model.addAttribute("url", url);
        model.addAttribute("pager", pager);
        model.addAttribute("rows", pager.slice(all));
        return url;
    }
}
