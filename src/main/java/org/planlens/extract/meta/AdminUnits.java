package org.planlens.extract.meta;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planlens.extract.patterns.PatternRules;
import org.planlens.extract.patterns.RuleStarts;
import org.planlens.model.AdminLevel;
import org.planlens.rules.Fold;
import org.planlens.rules.ModelData;

/**
 * Places named in a text as "unit word + capitalised name" ({@code xã Định Tân}, {@code huyện Yên Định}), with the
 * unit words of {@code models/admin-units.tsv} (columns: unit word, level code).
 */
public final class AdminUnits {
    /** A place: its unit word as printed, level and name. */
    public record Place(String unit, AdminLevel level, String name) {}

    private final Map<String, AdminLevel> levels = new LinkedHashMap<>();
    /** Folded names of the cities under the central government (models/central-cities.tsv). */
    private final Set<String> centralCities = new HashSet<>();
    /** The unit words in lower case, accents kept ("tỉnh"). */
    private final Set<String> accented = new HashSet<>();
    /** The unit word each level is named with when a text names no place of it (models/admin-units.tsv). */
    private final Map<AdminLevel, String> defaults = new EnumMap<>(AdminLevel.class);

    private final Pattern place;
    /** The text before a capitalised unit word that makes it a place's ("UBND Huyện Triệu Sơn"). */
    private final Pattern afterBody;
    /** Where a place can be named: the rule opens with a unit word. */
    private final RuleStarts unitStarts;

    public AdminUnits(ModelData models) {
        List<String> words = new ArrayList<>();
        List<String> printed = new ArrayList<>();
        for (String[] row : models.tsv("admin-units.tsv")) {
            if (row.length < 2) {
                throw new IllegalArgumentException(
                        "models/admin-units.tsv: row needs a unit word and a level: " + String.join("\t", row));
            }
            levels.put(Fold.fold(row[0]), AdminLevel.fromCode(row[1]));
            accented.add(row[0].toLowerCase(VietCase.VI));
            if (row.length > 2 && row[2].equals("default")) {
                defaults.put(AdminLevel.fromCode(row[1]), row[0]);
            }
            String w = row[0].toLowerCase(Locale.ROOT);
            printed.addAll(List.of(w, w.toUpperCase(Locale.ROOT), Character.toUpperCase(w.charAt(0)) + w.substring(1)));
        }
        for (String[] row : models.tsv("central-cities.tsv")) {
            centralCities.add(Fold.key(row[0]));
        }
        printed.forEach(w -> words.add(Pattern.quote(w)));
        words.sort(Comparator.comparingInt(String::length).reversed());
        // A name is one to four capitalised words on one line, or two parts joined by a dash ("Bà Rịa - Vũng Tàu"): the
        // capitalised word opening the next line is a new sentence or a site's stamp ("Đăng lúc:"), not part of the
        // name, nor is a stamp run onto the name's line; "các xã" or "xã này" name no place. The first-letter
        // look-ahead
        // turns most positions of a find away before the costlier look-behind.
        afterBody = new NamedPatterns(models, "metadata-patterns.tsv").get("unitAfterBody");
        unitStarts = RuleStarts.phrases(printed);
        place = Pattern.compile(
                PatternRules.firstLetters(printed) + "(?<![\\p{L}])(?<unit>" + String.join("|", words) + ")\\s+"
                        + "(?<name>\\p{Lu}[\\p{L}\\p{M}’']*(?:[^\\S\\n]+" + NOT_A_STAMP
                        + "\\p{Lu}[\\p{L}\\p{M}’']*){0,3}"
                        + "(?:\\s?[-–]\\s?\\p{Lu}[\\p{L}\\p{M}’']*(?:[^\\S\\n]+\\p{Lu}[\\p{L}\\p{M}’']*){0,2})?"
                        + "|\\d{1,2}(?![\\d/]))",
                Pattern.UNICODE_CHARACTER_CLASS);
    }

    /**
     * A capitalised word that opens a site's stamp ("Đăng lúc: 17:00:00"), which a page that joins its lines runs
     * into the name before it ("thành phố Thanh Hóa Đăng lúc:"): not a word of the name.
     */
    private static final String NOT_A_STAMP = "(?!\\p{Lu}[\\p{L}\\p{M}]*[^\\S\\n]+\\p{Ll}+[^\\S\\n]*:)";

    /** The unit word a level is named with when the text names no place of it ("xã"); null for none (central). */
    public String defaultUnitWord(AdminLevel level) {
        return defaults.get(level);
    }

    /** The level a unit word gives ("xã" is commune), if it is one. */
    public Optional<AdminLevel> levelOf(String unitWord) {
        return Optional.ofNullable(levels.get(Fold.fold(unitWord.strip())));
    }

    /**
     * Whether a word as printed is a unit word: accents tell "TĨNH" (in "HÀ TĨNH") from "TỈNH"; a word printed without
     * any accent ("TINH") is read folded.
     */
    public boolean isUnitWordAsPrinted(String word) {
        String w = word.strip().toLowerCase(VietCase.VI);
        return accented.contains(w) || w.equals(Fold.fold(w)) && levels.containsKey(w);
    }

    /** Whether {@code name} is a city under the central government ("Hải Phòng", "Hồ Chí Minh"). */
    public boolean isCentralCity(String name) {
        return centralCities.contains(Fold.key(name));
    }

    /** The level of a named place: a city under the central government is a province whatever its unit word. */
    public Optional<AdminLevel> levelOf(String unitWord, String name) {
        return levelOf(unitWord)
                .map(l -> l == AdminLevel.DISTRICT && centralCities.contains(Fold.key(name)) ? AdminLevel.PROVINCE : l);
    }

    /**
     * Every place named in {@code text}. In running text the unit word must be lower case and the name capitalised,
     * or the unit word capitalised after a committee's name or a chain's dash ("UBND Huyện Triệu Sơn", "Xã Đông
     * Quang - Huyện Đông Sơn - Tỉnh Thanh Hóa"); header lines in capitals are read by {@link #inCapitals}.
     */
    public List<Place> in(String text) {
        List<Place> out = new ArrayList<>();
        Matcher m = place.matcher(text);
        int chainEnd = -1;
        for (int from = 0; unitStarts.find(m, text, from); ) {
            String unit = m.group("unit");
            String name = m.group("name");
            from = m.end();
            // "Xã Đông Quang - Huyện Đông Sơn": the dash opens the next place of a chain, not a two-part name
            Matcher chained = CHAIN.matcher(name);
            boolean chain = chained.find() && isUnitWordAsPrinted(chained.group(1));
            if (chain) {
                name = name.substring(0, chained.start());
                from = m.start("name") + chained.start(1);
            }
            boolean capitalised = !Character.isLowerCase(unit.charAt(0));
            boolean read = !capitalised
                    || !VietCase.isUpper(unit)
                            && (chain
                                    || m.start() == chainEnd
                                    || afterBody
                                            .matcher(before(text, m.start()))
                                            .find());
            if (!read || VietCase.isUpper(name) && name.length() > 1 && !name.contains(" ")) {
                continue;
            }
            String n = name.strip();
            levelOf(unit, n).ifPresent(l -> out.add(new Place(unit, l, n)));
            chainEnd = from;
        }
        return out;
    }

    /** " - Huyện" in a name read on: where the next place of a chain opens. */
    private static final Pattern CHAIN = Pattern.compile("\\s?[-–]\\s?(\\p{Lu}[\\p{L}\\p{M}]*)");

    /** The text a unit word at {@code at} follows on its line, a short stretch of it. */
    private static String before(String text, int at) {
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        return text.substring(Math.max(lineStart, at - 30), at);
    }

    /** A place in a capitals header line ("XÃ ĐỊNH TÂN", "HUYỆN YÊN LẠC"), the name title-cased. */
    public Optional<Place> inCapitals(String line) {
        Matcher m = place.matcher(line);
        while (m.find()) {
            String rest = line.substring(m.start("name")).strip();
            if (VietCase.isUpper(m.group("unit")) && VietCase.isUpper(rest)) {
                Optional<AdminLevel> level = levelOf(m.group("unit"), rest);
                if (level.isPresent()) {
                    return Optional.of(
                            new Place(m.group("unit").toLowerCase(Locale.ROOT), level.get(), VietCase.titleCase(rest)));
                }
            }
        }
        return Optional.empty();
    }

    /** The name most often printed after a unit of {@code level}; ties go to the longer name. */
    public static Optional<String> mostNamed(List<Place> places, AdminLevel level) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Place p : places) {
            if (p.level() == level) {
                counts.merge(p.name(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparingInt(e -> e.getKey().length()))
                .map(Map.Entry::getKey);
    }
}
