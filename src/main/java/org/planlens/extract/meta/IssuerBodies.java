package org.planlens.extract.meta;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.planlens.model.AdminLevel;
import org.planlens.rules.Fold;
import org.planlens.rules.ModelData;
import org.planlens.rules.Spellings;

/**
 * Reads the bodies an issuer's header names ({@code UBND TỈNH LAI CHÂU / VĂN PHÒNG}, {@code THỦ TƯỚNG CHÍNH PHỦ},
 * {@code Văn phòng UBND tỉnh Lai Châu}) with the heads of {@code models/issuer-bodies.tsv} and the unit words of
 * {@link AdminUnits}: each body is a head, the words of its name and the place it serves.
 *
 * <table>
 *   <caption>models/issuer-bodies.tsv</caption>
 *   <tr><th>field</th><th>meaning</th></tr>
 *   <tr><td>kind</td><td>{@code body}, or {@code notplace} for a unit word and a word after it that names no
 *   place</td></tr>
 *   <tr><td>words</td><td>the head as printed, matched folded and whole-word</td></tr>
 *   <tr><td>display</td><td>how a name writes the head</td></tr>
 *   <tr><td>level</td><td>{@code central}, {@code province}, or {@code -} when only a place tells</td></tr>
 *   <tr><td>naming</td><td>{@code named}, {@code plain} or {@code parent}: how the words after the head are
 *   written</td></tr>
 * </table>
 */
public final class IssuerBodies {
    /** How the words after a head are written: a proper name, common words, or nothing (the parent names it). */
    public enum Naming {
        NAMED,
        PLAIN,
        PARENT,
        PLACE
    }

    /** A head; {@code unit} is the unit word of the place a {@code PLACE} head's name is ("TỈNH ỦY QUẢNG NINH"). */
    private record Head(List<String> words, String display, AdminLevel level, Naming naming, String unit) {}

    /** A place a body serves: its unit word (lower case) and its name as it reads in running text. */
    public record Place(String unit, AdminLevel level, String name) {
        String display() {
            return unit + " " + name;
        }
    }

    /** One body of a header: its head, the words after it (as a name writes them) and the place it serves. */
    public record Body(String display, AdminLevel defaultLevel, String nameWords, Place place, Naming naming) {
        /** A body its header names in full: with its place, its proper name, or a central body by its head. */
        public boolean complete() {
            return place != null
                    || switch (naming) {
                        case NAMED -> !nameWords.isEmpty();
                        case PLAIN -> defaultLevel != null;
                        case PARENT, PLACE -> false;
                    };
        }

        /** "VĂN PHÒNG" under "UBND TỈNH X": named by the body above it. */
        public boolean namedByParent() {
            return naming == Naming.PARENT && nameWords.isEmpty();
        }
    }

    /** The most words a unit word has ("thành phố") and a place's name has ("Thừa Thiên Huế", "Hồ Chí Minh"). */
    private static final int LONGEST_UNIT = 2;

    private static final int MAX_NAME_WORDS = 6;

    private static final Set<String> DASH = Set.of("-", "–");

    private final List<Head> heads = new ArrayList<>();
    private final Set<String> notPlaces = new HashSet<>();
    /** Words that make a body with no place a central one ("... CỦA CHÍNH PHỦ", "... QUỐC GIA"). */
    private final Set<String> centralWords = new HashSet<>();

    private final AdminUnits units;
    /** The old and new places of a tone mark (models/spellings.tsv): "Uỷ ban" is "Ủy ban". */
    private final Spellings spellings;
    /** The words that join two fields of one name ("KHOA HỌC VÀ CÔNG NGHỆ"), in lower case (the "joiner" rows). */
    private final Set<String> joiners = new HashSet<>();
    /** The body an issuer is named with when its header prints none (the "default" row). */
    private final String defaultBody;
    /** Folded fields of agency-names.tsv by the folded head that takes them ("bo" -> "tai chinh", ...). */
    private final Map<String, Set<String>> fields = new HashMap<>();

    public IssuerBodies(ModelData models, AdminUnits units) {
        this.units = units;
        this.spellings = new Spellings(models);
        String fallback = null;
        for (String[] row : models.tsv("issuer-bodies.tsv")) {
            if (row[0].equals("notplace") && row.length >= 3) {
                notPlaces.add(Fold.key(row[1]) + " " + Fold.key(row[2]));
                continue;
            }
            if (row[0].equals("central") && row.length >= 2) {
                centralWords.add(Fold.key(row[1]));
                continue;
            }
            if (row[0].equals("default") && row.length >= 2) {
                fallback = row[1];
                continue;
            }
            if (row[0].equals("joiner") && row.length >= 2) {
                joiners.add(row[1].toLowerCase(VietCase.VI));
                continue;
            }
            if (!row[0].equals("body") || row.length < 5) {
                throw new IllegalArgumentException("models/issuer-bodies.tsv: row needs kind body, words, display,"
                        + " level, naming (or notplace, unit, word; or central, words; or joiner, word): "
                        + String.join("\t", row));
            }
            AdminLevel level = row[3].equals("-") ? null : AdminLevel.fromCode(row[3]);
            String[] naming = row[4].split(":", 2);
            Naming how = Naming.valueOf(naming[0].toUpperCase(Locale.ROOT));
            if (how == Naming.PLACE
                    && (naming.length < 2 || units.levelOf(naming[1]).isEmpty())) {
                throw new IllegalArgumentException(
                        "models/issuer-bodies.tsv: a place head names its unit word (place:tỉnh): "
                                + String.join("\t", row));
            }
            heads.add(new Head(keys(words(row[1])), row[2], level, how, naming.length > 1 ? naming[1] : null));
        }
        if (fallback == null) {
            throw new IllegalArgumentException("models/issuer-bodies.tsv: no default row (default <TAB> display form)");
        }
        this.defaultBody = fallback;
        heads.sort(Comparator.comparingInt((Head h) -> h.words().size()).reversed());
        // the fields that name a ministry or a department in full ("BỘ TÀI CHÍNH"): a head after one opens the body
        // under it ("BỘ TÀI CHÍNH / CỤC THUẾ")
        for (String[] row : models.tsv("agency-names.tsv")) {
            if (row.length >= 3 && row[0].equals("field")) {
                for (String head : row[1].split(" ")) {
                    fields.computeIfAbsent(Fold.key(head), k -> new HashSet<>()).add(Fold.key(row[2]));
                }
            }
        }
    }

    /** Whether {@code name} is a whole field the head takes ("TÀI CHÍNH" after "BỘ"), from agency-names.tsv. */
    private boolean wholeField(Head head, List<String> name) {
        return fields.getOrDefault(Fold.key(head.display()), Set.of()).contains(Fold.key(String.join(" ", name)));
    }

    /** The body an issuer is named with when its header prints none ("Ủy ban nhân dân"). */
    public String defaultBody() {
        return defaultBody;
    }

    /** Whether {@code text} opens with a body's head ("ỦY BAN NHÂN DÂN", "BỘ NỘI VỤ"). */
    public boolean opensWithBody(String text) {
        List<String> words = words(text);
        return !words.isEmpty() && headAt(keys(words), 0).isPresent();
    }

    /**
     * The bodies {@code text} names, in order ("UBND THÀNH PHỐ HÀ NỘI TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG" is the
     * committee of Hà Nội, then the centre). Words before the first head (a post: "CHỦ TỊCH") are left out.
     */
    public List<Body> read(String text) {
        List<String> words = words(text);
        List<String> keys = keys(words);
        List<Body> bodies = new ArrayList<>();
        Head head = null;
        List<String> name = new ArrayList<>();
        Place place = null;
        int i = 0;
        while (i < words.size()) {
            // a new body opens the header, or follows a place ("UBND TỈNH X / SỞ Y"); inside a name a head's
            // word is part of the name
            Optional<Head> h = head == null || place != null || name.isEmpty() || wholeField(head, name)
                    ? headAt(keys, i)
                    : Optional.empty();
            if (h.isPresent()) {
                if (head != null) {
                    bodies.add(body(head, name, place));
                }
                head = h.get();
                name = new ArrayList<>();
                place = null;
                i += head.words().size();
                continue;
            }
            Optional<PlaceSpan> span = head == null ? Optional.empty() : placeAt(words, keys, i);
            if (span.isPresent()) {
                place = span.get().place();
                i = span.get().end();
                continue;
            }
            if (head != null && place == null) {
                name.add(words.get(i));
            }
            i++;
        }
        if (head != null) {
            bodies.add(body(head, name, place));
        }
        return bodies;
    }

    /** The first place {@code text} names ("Tỉnh Đắk Lắk", "thành phố Hà Nội"), with or without a body before it. */
    public Optional<Place> placeIn(String text) {
        List<String> words = words(text);
        List<String> keys = keys(words);
        for (int i = 0; i < words.size(); i++) {
            Optional<PlaceSpan> span = placeAt(words, keys, i);
            if (span.isPresent()) {
                return Optional.of(span.get().place());
            }
        }
        return Optional.empty();
    }

    private Optional<Head> headAt(List<String> keys, int i) {
        for (Head h : heads) {
            if (i + h.words().size() <= keys.size()
                    && keys.subList(i, i + h.words().size()).equals(h.words())) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }

    private record PlaceSpan(Place place, int end) {}

    /** A place starting at {@code i}: a unit word and one to four name words ("TỈNH BẮC GIANG", "tỉnh Lai Châu"). */
    private Optional<PlaceSpan> placeAt(List<String> words, List<String> keys, int i) {
        for (int n = Math.min(LONGEST_UNIT, words.size() - i - 1); n >= 1; n--) {
            String unit = String.join(" ", words.subList(i, i + n));
            if (units.levelOf(unit).isEmpty()
                    || notPlaces.contains(Fold.key(unit) + " " + Fold.key(words.get(i + n)))) {
                continue;
            }
            int end = i + n;
            while (end < words.size()
                    && end - (i + n) < MAX_NAME_WORDS
                    && isNameWord(words.get(end))
                    && (headAt(keys, end).isEmpty() || isCity(words, i + n, end + 1))
                    && (end == i + n || !units.isUnitWordAsPrinted(words.get(end)))) {
                end++;
                // "BÀ RỊA - VŨNG TÀU": a name of two parts joined by a dash
                if (end + 1 < words.size() && DASH.contains(words.get(end)) && isNameWord(words.get(end + 1))) {
                    end++;
                }
            }
            if (end > i + n) {
                String unitWord = unit.toLowerCase(VietCase.VI);
                String name = VietCase.titleCase(String.join(" ", words.subList(i + n, end)));
                AdminLevel level = units.levelOf(unitWord, name).orElseThrow();
                return Optional.of(new PlaceSpan(new Place(unitWord, level, name), end));
            }
        }
        return Optional.empty();
    }

    /** "HẢI PHÒNG": a city's name that holds a head's word ("PHÒNG") is one name. */
    private boolean isCity(List<String> words, int from, int to) {
        return units.isCentralCity(String.join(" ", words.subList(from, to)));
    }

    private static boolean isNameWord(String w) {
        return !w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)));
    }

    private Body body(Head head, List<String> name, Place place) {
        String words = String.join(" ", name);
        if (head.naming() == Naming.PLACE && place == null && !words.isEmpty()) {
            // "TỈNH ỦY QUẢNG NINH": the words after the head are the place it serves
            String placeName = VietCase.titleCase(words);
            Place served =
                    new Place(head.unit(), units.levelOf(head.unit(), placeName).orElseThrow(), placeName);
            return new Body(head.display() + " " + placeName, served.level(), "", served, head.naming());
        }
        String written = switch (head.naming()) {
            case NAMED -> named(words);
            case PLAIN, PARENT, PLACE -> VietCase.isUpper(words) ? words.toLowerCase(VietCase.VI) : words;
        };
        String display = written.isEmpty() ? head.display() : head.display() + " " + written;
        AdminLevel level =
                head.level() == null && place == null && namesCentral(words) ? AdminLevel.CENTRAL : head.level();
        return new Body(display, level, written, place, head.naming());
    }

    /** "CẢI CÁCH HÀNH CHÍNH CỦA CHÍNH PHỦ": a name that places its body at the centre. */
    private boolean namesCentral(String words) {
        String key = " " + Fold.key(words) + " ";
        return centralWords.stream().anyMatch(w -> key.contains(" " + w + " "));
    }

    /** "KHOA HỌC VÀ CÔNG NGHỆ" to "Khoa học và Công nghệ": each part of a joined name opens with a capital. */
    String named(String words) {
        if (!VietCase.isUpper(words)) {
            return words;
        }
        StringBuilder out = new StringBuilder();
        boolean capital = true;
        for (String w : words.split("\\s+")) {
            String lower = w.toLowerCase(VietCase.VI);
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(
                    capital && !lower.isEmpty() ? Character.toUpperCase(lower.charAt(0)) + lower.substring(1) : lower);
            capital = joiners.contains(lower) || DASH.contains(lower);
        }
        return out.toString();
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.strip().split("[\\s,;]+")) {
            if (w.chars().anyMatch(Character::isLetterOrDigit) || DASH.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * Words as heads are matched: lower case, accents kept ("PHÒNG" is a head, "PHONG" in "HUYỆN PHONG ĐIỀN" is
     * not), the old and new places of a tone mark made one ("Uỷ ban", "Ủy ban").
     */
    private List<String> keys(List<String> words) {
        return words.stream()
                .map(w -> spellings.settle(w.toLowerCase(VietCase.VI).replaceAll("[^\\p{L}\\p{M}\\d]", "")))
                .toList();
    }
}
