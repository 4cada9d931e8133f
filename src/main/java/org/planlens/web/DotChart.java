package org.planlens.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A dot chart drawn by the server as SVG: one row per group (a place, a year, a plan), one dot per value, a tick
 * at the group's median; the axis from zero (or the lowest value) to the highest. Coordinates are worked out
 * here; the template only draws them.
 */
public record DotChart(int width, int height, double left, double right, List<Tick> ticks, List<Row> rows,
                       int groups, int shownGroups) {
    /** One group of values to draw; {@code href} opens the rows behind it. */
    public record Group(String label, String href, List<Double> values) {
    }

    public record Tick(double x, String label) {
    }

    public record Dot(double cx, String title) {
    }

    public record Row(double y, String label, String href, List<Dot> dots, double medianX, String median, int count) {
    }

    static final int WIDTH = 980;
    private static final int LABEL_WIDTH = 250;
    private static final int ROW_HEIGHT = 24;
    private static final int TOP = 26;
    private static final int RIGHT_MARGIN = 70;

    /** The chart of the first {@code maxRows} groups; null when there is no value to draw. */
    static DotChart of(List<Group> groups, int maxRows, Function<Double, String> number, String unit) {
        List<Group> shown = groups.subList(0, Math.min(groups.size(), maxRows));
        double lo = 0;
        double hi = 0;
        boolean any = false;
        for (Group g : shown) {
            for (double v : g.values()) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
                any = true;
            }
        }
        if (!any) return null;
        if (hi == lo) hi = lo + 1;
        double step = niceStep((hi - lo) / 5);
        double axisLo = Math.floor(lo / step) * step;
        double axisHi = Math.ceil(hi / step) * step;
        double left = LABEL_WIDTH;
        double right = WIDTH - RIGHT_MARGIN;
        Function<Double, Double> x = v -> left + (v - axisLo) / (axisHi - axisLo) * (right - left);
        List<Tick> ticks = new ArrayList<>();
        for (double t = axisLo; t <= axisHi + step / 2; t += step) ticks.add(new Tick(x.apply(t), number.apply(t)));
        List<Row> rows = new ArrayList<>();
        double y = TOP + ROW_HEIGHT / 2.0;
        String suffix = unit == null || unit.isBlank() ? "" : (unit.equals("%") ? "%" : " " + unit);
        for (Group g : shown) {
            List<Dot> dots = new ArrayList<>();
            for (double v : g.values()) dots.add(new Dot(x.apply(v), g.label() + ": " + number.apply(v) + suffix));
            List<Double> sorted = new ArrayList<>(g.values());
            sorted.sort(Double::compare);
            double median = sorted.isEmpty() ? 0 : sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                    : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
            rows.add(new Row(y, shorten(g.label()), g.href(), dots, x.apply(median), number.apply(median) + suffix,
                    g.values().size()));
            y += ROW_HEIGHT;
        }
        int height = (int) (TOP + rows.size() * ROW_HEIGHT + 10);
        return new DotChart(WIDTH, height, left, right, ticks, rows, groups.size(), shown.size());
    }

    private static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double r = raw / magnitude;
        double nice = r <= 1 ? 1 : r <= 2 ? 2 : r <= 2.5 ? 2.5 : r <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    private static String shorten(String label) {
        return label.length() <= 34 ? label : label.substring(0, 33) + "…";
    }
}
