package org.planlens.text.office;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.planlens.model.TextEncoding;
import org.planlens.rules.ModelData;
import org.planlens.text.legacy.LegacyDecoder;
import org.planlens.text.legacy.LegacyTables;

/** Font names that mean a legacy encoding ({@code models/legacy-fonts.tsv}), and the decoding of a run in one. */
public final class LegacyFonts {
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** How a run set in a legacy font is read: its encoding, and whether the font shows every letter as a capital. */
    public record LegacyFont(TextEncoding encoding, boolean capitals) {}

    private record Rule(Pattern name, LegacyFont font) {}

    private final List<Rule> rules = new ArrayList<>();
    private final LegacyDecoder decoder;

    public LegacyFonts(ModelData models, LegacyTables tables) {
        for (String[] row : models.tsv("legacy-fonts.tsv")) {
            if (row.length < 3) {
                throw new IllegalArgumentException(
                        "models/legacy-fonts.tsv: row needs font, encoding and case: " + String.join("\t", row));
            }
            TextEncoding encoding = TextEncoding.valueOf(row[1].strip());
            if (encoding == TextEncoding.UNICODE) {
                throw new IllegalArgumentException(
                        "models/legacy-fonts.tsv: " + row[0] + " must name a legacy encoding");
            }
            rules.add(new Rule(
                    Pattern.compile(row[0].strip(), Pattern.CASE_INSENSITIVE),
                    new LegacyFont(encoding, row[2].strip().equals("capitals"))));
        }
        this.decoder = new LegacyDecoder(tables);
    }

    public static LegacyFonts packaged() {
        return new LegacyFonts(ModelData.packaged(), LegacyTables.packaged());
    }

    /** The legacy font a font name means, the first rule matching the whole name; empty for a Unicode font. */
    public Optional<LegacyFont> of(String fontName) {
        if (fontName == null || fontName.isBlank()) {
            return Optional.empty();
        }
        String name = fontName.strip();
        for (Rule r : rules) {
            if (r.name().matcher(name).matches()) {
                return Optional.of(r.font());
            }
        }
        return Optional.empty();
    }

    /** The Unicode text of legacy codes typed in {@code font}. */
    public String decode(String text, LegacyFont font) {
        String decoded = decoder.decode(text, font.encoding());
        return font.capitals() ? decoded.toUpperCase(VIETNAMESE) : decoded;
    }
}
