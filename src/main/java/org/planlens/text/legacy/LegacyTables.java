package org.planlens.text.legacy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planlens.model.TextEncoding;
import org.planlens.rules.ModelData;

/** The TCVN3 and VNI tables, loaded once. */
public final class LegacyTables {
    private final LegacyTable tcvn3;
    private final LegacyTable vni;
    private final Map<Pattern, String> tcvn3Capitals = new LinkedHashMap<>();

    public LegacyTables(ModelData models) {
        this.tcvn3 = new LegacyTable(TextEncoding.TCVN3, models);
        this.vni = new LegacyTable(TextEncoding.VNI, models);
        for (String[] row : models.tsv("tcvn3-capitals.tsv")) {
            if (row.length < 2) {
                throw new IllegalArgumentException(
                        "models/tcvn3-capitals.tsv: row needs phrase and capitalised phrase: "
                                + String.join("\t", row));
            }
            // whole words only: "ủy ban" but not inside another word
            tcvn3Capitals.put(
                    Pattern.compile("(?<!\\p{L})" + Pattern.quote(row[0]) + "(?!\\p{L})"),
                    Matcher.quoteReplacement(row[1]));
        }
    }

    /** Phrases TCVN3 decodes in lower case that are printed with a capital ({@code ủy ban} to {@code Ủy ban}). */
    public Map<Pattern, String> tcvn3Capitals() {
        return Collections.unmodifiableMap(tcvn3Capitals);
    }

    public static LegacyTables packaged() {
        return Holder.PACKAGED;
    }

    public LegacyTable of(TextEncoding encoding) {
        return switch (encoding) {
            case TCVN3 -> tcvn3;
            case VNI -> vni;
            case UNICODE -> throw new IllegalArgumentException("Unicode has no legacy table");
        };
    }

    private static final class Holder {
        static final LegacyTables PACKAGED = new LegacyTables(ModelData.packaged());
    }
}
