package org.planlens.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.planlens.query.Page;
import org.planlens.query.PlanFilter;
import org.planlens.query.Rows.CompareRow;
import org.planlens.query.Rows.TargetRow;
import org.planlens.query.TargetFilter;
import org.planlens.rules.Fold;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The targets page ({@code planlens targets} as a table to sort and filter, with a chart of the values by place
 * or year) and the compare page ({@code planlens compare}: plans side by side on one indicator, with its chart).
 */
@Controller
class TargetsPage {
    static final int PAGE_SIZE = 50;
    /** Groups a chart draws at most: more rows would not be read. */
    static final int CHART_ROWS = 30;
    /**
     * The property giving the most targets a chart draws, or the table sorts by a column (default 20,000): both
     * read every matching row, and past that many the page would keep the analyst waiting for a picture no one
     * reads; the page asks for a narrower filter instead.
     */
    static final String ALL_ROWS_LIMIT = "planlens.web.all-rows-limit";

    static final List<String> FILTERS =
            List.of("level", "province", "district", "commune", "year", "from", "to", "doc-type");
    static final List<String> TARGET_PARAMS = List.of("indicator", "min", "max", "unit", "comparator", "pillar");
    /** How the table can be sorted: by its columns, or (none) in plan order as the CLI lists them. */
    static final Map<String, Comparator<TargetRow>> SORTS = sorts();

    private final Questions questions;
    private final Vi vi;
    private final int allRowsLimit;

    TargetsPage(Questions questions, Vi vi, @Value("${" + ALL_ROWS_LIMIT + ":20000}") int allRowsLimit) {
        this.questions = questions;
        this.vi = vi;
        this.allRowsLimit = allRowsLimit;
    }

    @GetMapping("/targets")
    String targets(
            @RequestParam(name = "indicator", required = false) String indicator,
            @RequestParam(name = "min", required = false) String min,
            @RequestParam(name = "max", required = false) String max,
            @RequestParam(name = "unit", required = false) String unit,
            @RequestParam(name = "comparator", required = false) String comparator,
            @RequestParam(name = "pillar", required = false) String pillar,
            @RequestParam(name = "sort", required = false) String sort,
            @RequestParam(name = "dir", required = false) String dir,
            @RequestParam(name = "by", required = false) String by,
            @RequestParam(name = "page", required = false) String page,
            PlanFilter plans,
            HttpServletRequest request,
            Model model) {
        Link url = Link.of(request);
        TargetFilter f = ApiController.targetFilter(indicator, min, max, unit, comparator, pillar);
        int p = Params.page(page);
        String s = Params.code(sort);
        if (s != null && !SORTS.containsKey(s)) {
            throw new IllegalArgumentException(
                    "sort: '" + sort + "' is not a column; use " + String.join(", ", SORTS.keySet()));
        }
        boolean descending = descending(dir);
        Pager pager;
        List<TargetRow> rows;
        // plan order is the index's own: the page's rows alone are read
        Page<TargetRow> pageRows = questions.targets(plans, f, (p - 1) * PAGE_SIZE, PAGE_SIZE);
        boolean sortable = pageRows.total() <= allRowsLimit;
        model.addAttribute("sortRefused", s != null && !sortable);
        model.addAttribute("limit", allRowsLimit);
        if (s == null || !sortable) {
            pager = new Pager(p, PAGE_SIZE, pageRows.total());
            rows = pageRows.rows();
        } else {
            List<TargetRow> all = new ArrayList<>(questions.targets(plans, f));
            Comparator<TargetRow> c = SORTS.get(s);
            all.sort(descending ? c.reversed() : c);
            pager = Pager.of(p, PAGE_SIZE, all.size());
            rows = pager.slice(all);
        }
        ChartBy.of(by);
        model.addAttribute("nav", "targets");
        model.addAttribute("url", url);
        model.addAttribute("rows", rows);
        model.addAttribute("pager", pager);
        model.addAttribute("sort", sortable ? s : null);
        model.addAttribute("desc", descending);
        model.addAttribute("filtered", url.hasAny(TARGET_PARAMS) || url.hasAny(FILTERS));
        model.addAttribute(
                "chartUrl",
                url.at("/targets/chart", withAll(TARGET_PARAMS, FILTERS, List.of("by")))
                        .toString());
        downloads(model, url, "/api/v1/targets", TARGET_PARAMS);
        return "targets";
    }

    /** The chart of the targets page, loaded after the table (htmx): every matching value, by place or year. */
    @GetMapping("/targets/chart")
    String chart(
            @RequestParam(name = "indicator", required = false) String indicator,
            @RequestParam(name = "min", required = false) String min,
            @RequestParam(name = "max", required = false) String max,
            @RequestParam(name = "unit", required = false) String unit,
            @RequestParam(name = "comparator", required = false) String comparator,
            @RequestParam(name = "pillar", required = false) String pillar,
            @RequestParam(name = "by", required = false) String by,
            PlanFilter plans,
            HttpServletRequest request,
            Model model) {
        Link url = Link.of(request);
        TargetFilter f = ApiController.targetFilter(indicator, min, max, unit, comparator, pillar);
        ChartBy groupBy = ChartBy.of(by);
        model.addAttribute("by", groupBy.code());
        model.addAttribute("byPlace", url.with("by", "place").toString());
        model.addAttribute("byYear", url.with("by", "year").toString());
        long matching = questions.targets(plans, f, 0, 1).total();
        model.addAttribute("matching", matching);
        if (matching > allRowsLimit) {
            model.addAttribute("limit", allRowsLimit);
            return "chart :: chart";
        }
        List<TargetRow> rows = questions.targets(plans, f);
        // one unit per chart: the one most targets use (95% and 12 thủ tục share no axis)
        String chartUnit = mostCommonUnit(rows);
        Function<TargetRow, String> key =
                groupBy == ChartBy.YEAR ? r -> r.year() == null ? "—" : r.year().toString() : placeKey(plans);
        Map<String, List<Double>> groups = new LinkedHashMap<>();
        Map<String, String> hrefs = new LinkedHashMap<>();
        int charted = 0;
        Link page = url.at("/targets", withAll(TARGET_PARAMS, FILTERS, List.of()));
        for (TargetRow r : rows) {
            if (!sameUnit(r.unit(), chartUnit)) continue;
            String k = key.apply(r);
            groups.computeIfAbsent(k, x -> new ArrayList<>()).add(r.value());
            hrefs.putIfAbsent(
                    k, groupBy == ChartBy.YEAR ? page.with("year", r.year()).toString() : narrowTo(page, r, plans));
            charted++;
        }
        List<Map.Entry<String, List<Double>>> entries = new ArrayList<>(groups.entrySet());
        if (groupBy == ChartBy.YEAR) {
            entries.sort(Map.Entry.comparingByKey());
        } else {
            entries.sort(Comparator.comparingInt(
                            (Map.Entry<String, List<Double>> e) -> e.getValue().size())
                    .reversed()
                    .thenComparing(e -> Fold.key(e.getKey())));
        }
        List<DotChart.Group> chartGroups = new ArrayList<>();
        for (var e : entries) chartGroups.add(new DotChart.Group(e.getKey(), hrefs.get(e.getKey()), e.getValue()));
        model.addAttribute("chart", DotChart.of(chartGroups, CHART_ROWS, vi::number, chartUnit));
        model.addAttribute("chartUnit", chartUnit);
        model.addAttribute("charted", charted);
        return "chart :: chart";
    }

    @GetMapping("/compare")
    String compare(
            @RequestParam(name = "indicator", required = false) String indicator,
            @RequestParam(name = "page", required = false) String page,
            PlanFilter plans,
            HttpServletRequest request,
            Model model) {
        Link url = Link.of(request);
        model.addAttribute("nav", "compare");
        model.addAttribute("url", url);
        String words = Params.text(indicator);
        if (words == null) return "compare";
        List<CompareRow> all = questions.compare(words, plans);
        Pager pager = Pager.of(Params.page(page), PAGE_SIZE, all.size());
        List<CompareRow> rows = pager.slice(all);
        String chartUnit =
                mostCommonUnit(all.stream().flatMap(r -> r.units().stream()).toList(), x -> x);
        List<DotChart.Group> groups = new ArrayList<>();
        for (CompareRow r : rows) {
            List<Double> values = new ArrayList<>();
            for (int i = 0; i < r.values().size(); i++) {
                if (sameUnit(r.units().get(i), chartUnit)) values.add(r.values().get(i));
            }
            if (values.isEmpty()) continue;
            String label =
                    vi.place(r.commune(), r.district(), r.province()) + (r.year() == null ? "" : " · " + r.year());
            groups.add(new DotChart.Group(label, "/plans/" + r.planId(), values));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("pager", pager);
        model.addAttribute("chart", DotChart.of(groups, PAGE_SIZE, vi::number, chartUnit));
        model.addAttribute("chartUnit", chartUnit);
        downloads(model, url, "/api/v1/compare", List.of("indicator"));
        return "compare";
    }

    static void downloads(Model model, Link url, String api, List<String> params) {
        Link a = url.at(api, withAll(params, FILTERS, List.of()));
        model.addAttribute("csv", a.with("format", "csv").toString());
        model.addAttribute("json", a.toString());
    }

    static List<String> withAll(List<String> a, List<String> b, List<String> c) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        all.addAll(c);
        return all;
    }

    private static boolean descending(String dir) {
        String d = Params.code(dir);
        if (d == null || d.equals("asc")) return false;
        if (d.equals("desc")) return true;
        throw new IllegalArgumentException("dir: '" + dir + "' is not an order; use asc or desc");
    }

    /** What the chart groups targets by: the place one level under the filter, or the target's year. */
    private enum ChartBy {
        PLACE,
        YEAR;

        /** The {@code by} parameter: {@code place} (default) or {@code year}. */
        static ChartBy of(String by) {
            String b = Params.code(by);
            if (b == null || b.equals("place")) return PLACE;
            if (b.equals("year")) return YEAR;
            throw new IllegalArgumentException("by: '" + by + "' is not a grouping; use place or year");
        }

        /** The parameter's value, as the chart page compares it. */
        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Targets grouped one level under the place filter: provinces, a province's districts, a district's communes. */
    private static Function<TargetRow, String> placeKey(PlanFilter plans) {
        if (plans.district() != null) return r -> nz(r.commune(), r.issuer());
        if (plans.province() != null) return r -> nz(r.district(), nz(r.commune(), r.issuer()));
        return r -> nz(r.province(), nz(r.district(), nz(r.commune(), r.issuer())));
    }

    private static String narrowTo(Link page, TargetRow r, PlanFilter plans) {
        if (plans.district() != null && r.commune() != null)
            return page.with("commune", r.commune()).toString();
        if (plans.province() != null && r.district() != null)
            return page.with("district", r.district()).toString();
        if (r.province() != null) return page.with("province", r.province()).toString();
        return page.toString();
    }

    private static String nz(String s, String other) {
        return s == null || s.isBlank() ? (other == null ? "—" : other) : s;
    }

    static String mostCommonUnit(List<TargetRow> rows) {
        return mostCommonUnit(rows, TargetRow::unit);
    }

    static <T> String mostCommonUnit(List<T> rows, Function<T, String> unit) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (T r : rows) counts.merge(unitKey(unit.apply(r)), 1, Integer::sum);
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .filter(u -> !u.isEmpty())
                .orElse(null);
    }

    private static boolean sameUnit(String unit, String chartUnit) {
        return unitKey(unit).equals(chartUnit == null ? "" : chartUnit);
    }

    private static String unitKey(String unit) {
        return unit == null ? "" : unit.strip();
    }

    private static Map<String, Comparator<TargetRow>> sorts() {
        Map<String, Comparator<TargetRow>> m = new LinkedHashMap<>();
        m.put(
                "place",
                Comparator.comparing((TargetRow r) -> Fold.key(nz(r.province(), "")))
                        .thenComparing(r -> Fold.key(nz(r.district(), "")))
                        .thenComparing(r -> Fold.key(nz(r.commune(), ""))));
        m.put("year", Comparator.comparing(TargetRow::year, Comparator.nullsLast(Comparator.naturalOrder())));
        m.put("pillar", Comparator.comparing(TargetRow::pillar, Comparator.nullsLast(Comparator.naturalOrder())));
        m.put("indicator", Comparator.comparing((TargetRow r) -> Fold.key(nz(r.indicator(), ""))));
        m.put("value", Comparator.comparingDouble(TargetRow::value));
        m.put("unit", Comparator.comparing((TargetRow r) -> nz(r.unit(), "")));
        m.put("deadline", Comparator.comparing(TargetRow::deadline, Comparator.nullsLast(Comparator.naturalOrder())));
        return m;
    }
}
