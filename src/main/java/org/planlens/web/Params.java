package org.planlens.web;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.planlens.export.RowFormat;
import org.planlens.index.RecordKind;
import org.planlens.query.PlanFilter;

/**
 * The request parameters the pages and the API share with the CLI's options, under the CLI's names without the
 * dashes ({@code --doc-type} is {@code doc-type}), read the way the CLI reads them: an empty value is no value,
 * codes in any case, a bad value a clear message (a 400).
 */
final class Params {
    /** One plan filter parameter: its name and what it does. */
    record Filter(String name, String type, String description) {}

    /** The plan filters every query takes, as the CLI's {@code --level ... --doc-type}. */
    static final List<Filter> PLAN_FILTERS = List.of(
            new Filter("level", "string", "Issuer level: commune, district, province or central."),
            new Filter("province", "string", "Issuer's province (accents and case ignored)."),
            new Filter("district", "string", "Issuer's district (accents and case ignored)."),
            new Filter("commune", "string", "Issuer's commune (accents and case ignored)."),
            new Filter("year", "integer", "Plans whose period includes this year."),
            new Filter("from", "integer", "Plans whose period ends in or after this year."),
            new Filter("to", "integer", "Plans whose period starts in or before this year."),
            new Filter("doc-type", "string", "Document type: ke_hoach, quyet_dinh, bao_cao or other."));

    private Params() {}

    /** The plan filter of a request's parameters. */
    static PlanFilter planFilter(Function<String, String> param) {
        return new PlanFilter(
                code(param.apply("level")),
                text(param.apply("province")),
                text(param.apply("district")),
                text(param.apply("commune")),
                integer("year", param.apply("year")),
                integer("from", param.apply("from")),
                integer("to", param.apply("to")),
                code(param.apply("doc-type")));
    }

    /** Null for a missing or blank value, else the value stripped. */
    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A code ({@code commune}, {@code ke_hoach}) in any case; null when blank. */
    static String code(String value) {
        String v = text(value);
        return v == null ? null : v.toLowerCase(Locale.ROOT);
    }

    static Integer integer(String name, String value) {
        String v = text(value);
        if (v == null) return null;
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": '" + v + "' is not a whole number");
        }
    }

    static Double number(String name, String value) {
        String v = text(value);
        if (v == null) return null;
        try {
            // a Vietnamese decimal comma is read as the point it means (95,5 = 95.5)
            double d = Double.parseDouble(v.indexOf('.') < 0 ? v.replace(',', '.') : v);
            if (Double.isNaN(d) || Double.isInfinite(d)) throw new NumberFormatException(v);
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": '" + v + "' is not a number");
        }
    }

    /** A record kind as the CLI's {@code --type}/{@code --what} take it: {@code target} or {@code targets}. */
    static RecordKind kind(String name, String value) {
        String v = code(value);
        if (v == null) return null;
        if (v.endsWith("ies")) {
            v = v.substring(0, v.length() - 3) + "y";
        } else if (v.endsWith("s")) {
            v = v.substring(0, v.length() - 1);
        }
        try {
            return RecordKind.fromCode(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": '" + value
                    + "' is not a record kind; use plan, section, target, reference, agency or task");
        }
    }

    /** {@code json} (default) or {@code csv}: the CLI's {@code --format} for rows a program reads. */
    static RowFormat format(String value) {
        String v = code(value);
        if (v == null || v.equals("json")) return RowFormat.JSON;
        if (v.equals("csv")) return RowFormat.CSV;
        throw new IllegalArgumentException("format: '" + value + "' is not a format; use json or csv");
    }

    /** A page number from 1; 1 when blank. */
    static int page(String value) {
        Integer p = integer("page", value);
        if (p == null) return 1;
        if (p < 1) throw new IllegalArgumentException("page: pages count from 1");
        return p;
    }
}
