package org.planlens.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A dot chart drawn by the server as SVG: one row per group (a place, a year, a plan), one dot per distinct value
 * (its area grows with how many targets set it: plans repeat round figures, so thousands of targets make a few
 * dozen dots), a tick at the group's median; the axis from zero (or the lowest value) to the highest. Coordinates
 * are worked out here; the template only draws them.
 */
public record DotChart(
        int width,
        int height,
        double left,
        double right,
        List<Tick> ticks,
        List<Row> rows,
        int groups,
        int shownGroups) {
    /** One group of values to draw; {@code href} opens the rows behind it. */
    public record Group(String label, String href, List<Double> values) {}

    public record Tick(double x, String label) {}

    /** A value of a group: where it is drawn, its radius, and what hovering it says. */
    public record Dot(double cx, double r, String title) {}

    public record Row(double y, String label, String href, List<Dot> dots, double medianX, String median, int count) {}

    static final int WIDTH = 980;
    private static final int LABEL_WIDTH = 250;
    private static final int ROW_HEIGHT = 24;
    private static final int TOP = 26;
    private static final int RIGHT_MARGIN = 70;
    private static final double MIN_RADIUS = 4.5;
    private static final double MAX_RADIUS = 11;

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
            List<Double> sorted = new ArrayList<>(g.values());
            sorted.sort(Double::compare);
            List<Dot> dots = new ArrayList<>();
            for (int i = 0; i < sorted.size(); ) {
                int j = i;
                while (j < sorted.size() && sorted.get(j).equals(sorted.get(i))) j++;
                int n = j - i;
                dots.add(new Dot(
                        x.apply(sorted.get(i)),
                        Math.min(MAX_RADIUS, MIN_RADIUS + Math.sqrt(n - 1) * 1.2),
                        g.label() + ": " + number.apply(sorted.get(i)) + suffix
                                + (n > 1 ? " (" + number.apply((double) n) + " chỉ tiêu)" : "")));
                i = j;
            }
            double median = sorted.isEmpty()
                    ? 0
                    : sorted.size() % 2 == 1
                            ? sorted.get(sorted.size() / 2)
                            : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
            rows.add(new Row(
                    y,
                    shorten(g.label()),
                    g.href(),
                    dots,
                    x.apply(median),
                    number.apply(median) + suffix,
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
