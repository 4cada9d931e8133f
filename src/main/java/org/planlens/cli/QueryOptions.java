package org.planlens.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.planlens.export.RowFormat;
import org.planlens.index.IndexLocation;
import org.planlens.index.RecordKind;
import org.planlens.query.PlanFilter;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options every query command shares: where the index is, how to print rows, and which plans to look at. */
public final class QueryOptions {
    @Option(names = "--index", defaultValue = "output/index", description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path index;

    @Option(
            names = "--index-url",
            description = "Query this OpenSearch cluster instead of the index folder, e.g. "
                    + "http://localhost:9200 (also PLANLENS_INDEX_URL).")
    String indexUrl;

    @Option(
            names = "--format",
            defaultValue = "table",
            converter = FormatConverter.class,
            description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    RowFormat format;

    @Option(names = "--out", description = "Write rows to this file (UTF-8) instead of standard output.")
    Path out;

    @Option(names = "--models", description = "Read search synonyms from this folder instead of the packaged models.")
    Path models;

    @Option(names = "--level", description = "Issuer level: commune, district, province or central.")
    String level;

    @Option(names = "--province", description = "Issuer's province (accents and case ignored).")
    String province;

    @Option(names = "--district", description = "Issuer's district (accents and case ignored).")
    String district;

    @Option(names = "--commune", description = "Issuer's commune (accents and case ignored).")
    String commune;

    @Option(names = "--year", description = "Plans whose period includes this year.")
    Integer year;

    @Option(names = "--from", description = "Plans whose period ends in or after this year.")
    Integer from;

    @Option(names = "--to", description = "Plans whose period starts in or before this year.")
    Integer to;

    @Option(names = "--doc-type", description = "Document type: ke_hoach, quyet_dinh, bao_cao or other.")
    String documentType;

    /** The index to ask: the cluster when a URL is given (option, else environment), else the folder. */
    IndexLocation location() {
        return IndexLocation.of(index, indexUrl);
    }

    PlanFilter filter() {
        return new PlanFilter(lower(level), province, district, commune, year, from, to, lower(documentType));
    }

    private static String lower(String s) {
        return s == null ? null : s.strip().toLowerCase(Locale.ROOT);
    }

    /** {@code --format} in any case, with the allowed values in the error. */
    static final class FormatConverter implements CommandLine.ITypeConverter<RowFormat> {
        @Override
        public RowFormat convert(String value) {
            try {
                return RowFormat.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(
                        "'" + value + "' is not a format; use table, json or csv");
            }
        }
    }

    /** {@code --type}/{@code --what} record kinds; plural forms accepted ({@code targets}). */
    static final class KindConverter implements CommandLine.ITypeConverter<RecordKind> {
        @Override
        public RecordKind convert(String value) {
            String v = value.strip().toLowerCase(Locale.ROOT);
            if (v.endsWith("ies")) {
                v = v.substring(0, v.length() - 3) + "y";
            } else if (v.endsWith("s")) {
                v = v.substring(0, v.length() - 1);
            }
            try {
                return RecordKind.fromCode(v);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(
                        "'" + value + "' is not a record kind; use plan, section, target, reference, agency or task");
            }
        }
    }
}
