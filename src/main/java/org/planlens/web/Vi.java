package org.planlens.web;

import java.text.NumberFormat;
import java.util.Collection;
import java.util.Locale;
import org.planlens.model.PartialDate;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Vietnamese presentation for the pages ({@code ${@vi...}} in templates): numbers with a decimal comma and dot
 * thousands ({@code 1.234,5}), dates day first ({@code 05/01/2023}), and the labels of the codes the index keeps
 * ({@code procedures} is "Cải cách thủ tục hành chính"; labels in {@code web-messages.properties}).
 */
@Component("vi")
public final class Vi {
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private final MessageSource messages;

    Vi(MessageSource messages) {
        this.messages = messages;
    }

    /** A figure as Vietnamese print it: at most two decimals, no trailing zeros. */
    public String number(Number n) {
        if (n == null) return "—";
        NumberFormat f = NumberFormat.getNumberInstance(VIETNAMESE);
        f.setMaximumFractionDigits(2);
        return f.format(n);
    }

    /** A target's figure with its unit: {@code 95%}, {@code 100 thủ tục}. */
    public String value(Number n, String unit) {
        if (unit == null || unit.isBlank()) return number(n);
        return number(n) + (unit.startsWith("%") || unit.startsWith("‰") ? "" : " ") + unit;
    }

    /** A target as read: its comparator's sign and its figure, {@code ≥ 95%}, {@code 100%} (reach: no sign). */
    public String figure(String comparator, Number n, String unit) {
        String sign = comparator == null ? "" : label("symbol", comparator);
        return (sign.isEmpty() || sign.equals("—") ? "" : sign + " ") + value(n, unit);
    }

    /** A date of which some parts may be missing: {@code 05/01/2023}, {@code 01/2023}, {@code 2023}. */
    public String date(PartialDate d) {
        if (d == null || d.year() == null) return "—";
        if (d.month() == null) return Integer.toString(d.year());
        if (d.day() == null) return String.format("%02d/%d", d.month(), d.year());
        return String.format("%02d/%02d/%d", d.day(), d.month(), d.year());
    }

    /** A plan's period: {@code 2021–2025}, or one year. */
    public String period(Integer from, Integer to) {
        if (from == null && to == null) return "—";
        if (from == null || to == null || from.equals(to)) return Integer.toString(from == null ? to : from);
        return from + "–" + to;
    }

    /** A list cell: items joined by {@code ; }. */
    public String list(Collection<?> items) {
        if (items == null || items.isEmpty()) return "—";
        StringBuilder b = new StringBuilder();
        for (Object o : items) {
            if (!b.isEmpty()) b.append("; ");
            b.append(o);
        }
        return b.toString();
    }

    /**
     * The label of a code of {@code group} (kind, level, pillar, comparator, role, docType, dim); the code itself
     * when none.
     */
    public String label(String group, String code) {
        if (code == null || code.isBlank()) return "—";
        return messages.getMessage(group + "." + code, null, code, VIETNAMESE).strip();
    }

    /** Labels of several codes, joined. */
    public String labels(String group, Collection<String> codes) {
        if (codes == null || codes.isEmpty()) return "—";
        return String.join(", ", codes.stream().map(c -> label(group, c)).toList());
    }

    /** Where a plan comes from: commune, district, province as far as known. */
    public String place(String commune, String district, String province) {
        StringBuilder b = new StringBuilder();
        for (String s : new String[] {commune, district, province}) {
            if (s == null || s.isBlank()) continue;
            if (!b.isEmpty()) b.append(", ");
            b.append(s);
        }
        return b.isEmpty() ? "—" : b.toString();
    }
}
