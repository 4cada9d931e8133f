package org.planlens.extract.refs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planlens.extract.patterns.GluedWord;
import org.planlens.extract.patterns.PatternRules;
import org.planlens.extract.patterns.RuleStarts;
import org.planlens.rules.Fold;
import org.planlens.rules.ModelData;

/**
 * Finds citations of legal and policy documents with the rules of {@code models/legal-refs.rules} and the gazetteers
 * {@code legal-doc-types.tsv}, {@code legal-refs-issuer-words.tsv}, {@code legal-refs-name-stops.tsv} and
 * {@code legal-refs-lookalikes.tsv}; none on the
 * lines of a website's furniture ({@code site-furniture.tsv}).
 * Built once; thread-safe.
 */
public final class CitationScanner {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The kind word a law's name opens with ("Luật"): its key is the name after it. */
    private static final Pattern KIND_WORD = Pattern.compile("^\\S+\\s+");
    /** Where a list of items ends: a full stop before white space, or a blank line. */
    private static final Pattern SENTENCE_END = Pattern.compile("\\.(?=\\s|$)|\\n\\s*\\n");

    private static final Pattern SPACED_SEPARATOR = Pattern.compile("\\s*([-/–])\\s*");

    private static final String LOOKALIKES = "legal-refs-lookalikes.tsv";

    private final Map<String, String> canonicalType = new HashMap<>();
    /** The types the law rules and the standard rule give (legal-doc-types.tsv, rules column "law", "standard"). */
    private final String lawType;

    private final String standardType;
    private final Pattern numbered;
    /** Where a numbered citation can start: the rule opens with a kind of document (a phrase of the gazetteer). */
    private final RuleStarts typeStarts;

    private final Pattern continued;
    /** Documents of a kind named together, their numbers in a parenthesis ("các Quyết định ... (Số 1226/...)"). */
    private final Pattern listed;

    private final RuleStarts listedStarts;
    /** Documents of a kind listed after a colon, each item opening with "số" ("các Quyết định: số ...; số ..."). */
    private final Pattern listedItems;

    private final RuleStarts listedItemsStarts;
    private final Pattern listedItem;
    private final Pattern amendingLaw;
    private final Pattern numberedAmendingLaw;
    private final Pattern longNamedLaw;
    /** How many words past a name read whole elsewhere make a longer reading of it the sentence, not a law. */
    private static final int NAME_RUN_ON_WORDS = 3;

    private final Pattern namedLaw;
    private final Pattern datedLaw;
    private final Pattern standard;
    /** Where the law and standard rules can start: the first letters each declares. */
    private final RuleStarts amendingLawStarts;

    private final RuleStarts numberedAmendingLawStarts;
    private final RuleStarts longNamedLawStarts;
    private final RuleStarts namedLawStarts;
    private final RuleStarts datedLawStarts;
    private final RuleStarts standardStarts;
    private final Pattern ownNumber;
    private final Pattern ownAttached;
    /** Where the document's own number can be printed: at a line start, after a parenthesis. */
    private final RuleStarts ownNumberStarts;

    private final RuleStarts ownAttachedStarts;
    /** Phrases of a website's furniture around a saved document (site-furniture.tsv). */
    private final List<String> furniture;
    /** Cyrillic letters printed for Latin ones inside a symbol (legal-refs-lookalikes.tsv). */
    private final Map<Character, Character> lookalikes = new HashMap<>();
    /** A word a site ran into the symbol with no space ("70-TB/TWngày 06 tháng 01"). */
    private final GluedWord glued;

    public CitationScanner(ModelData models) {
        this.glued = new GluedWord(models);
        List<String> typePhrases = new ArrayList<>();
        Map<String, String> ruleTypes = new HashMap<>();
        for (String[] row : models.tsv("legal-doc-types.tsv")) {
            if (row.length < 2) {
                throw new IllegalArgumentException(
                        "models/legal-doc-types.tsv: row needs phrase and type: " + String.join("\t", row));
            }
            typePhrases.add(row[0]);
            canonicalType.put(typeKey(row[0]), row[1]);
            if (row.length > 2 && !row[2].isEmpty()) {
                if (!List.of("law", "standard").contains(row[2]) || ruleTypes.put(row[2], row[1]) != null) {
                    throw new IllegalArgumentException("models/legal-doc-types.tsv: rules is law or standard, on one"
                            + " row each: " + String.join("\t", row));
                }
            }
        }
        if (ruleTypes.size() != 2) {
            throw new IllegalArgumentException(
                    "models/legal-doc-types.tsv: needs the type of the law rules and of the standard rule (rules"
                            + " column law, standard), has " + ruleTypes.keySet());
        }
        this.lawType = ruleTypes.get("law");
        this.standardType = ruleTypes.get("standard");
        Map<String, String> macros = Map.of(
                "DOC_TYPE", PatternRules.alternation(typePhrases),
                "ISSUER_WORD", PatternRules.alternation(column(models, "legal-refs-issuer-words.tsv")),
                "NAME_STOP", PatternRules.alternation(column(models, "legal-refs-name-stops.tsv")));
        PatternRules rules = new PatternRules(models, "legal-refs.rules", macros);
        numbered = rules.pattern("numbered");
        typeStarts = RuleStarts.phrases(typePhrases);
        continued = rules.pattern("continued");
        listed = rules.pattern("listed");
        listedStarts = RuleStarts.declaredBy(listed);
        listedItems = rules.pattern("listed_items");
        listedItemsStarts = RuleStarts.declaredBy(listedItems);
        listedItem = rules.pattern("listed_item");
        amendingLaw = rules.pattern("amending_law");
        namedLaw = rules.pattern("named_law");
        datedLaw = rules.pattern("dated_law");
        standard = rules.pattern("standard");
        amendingLawStarts = RuleStarts.declaredBy(amendingLaw);
        numberedAmendingLaw = rules.pattern("numbered_amending_law");
        numberedAmendingLawStarts = RuleStarts.declaredBy(numberedAmendingLaw);
        longNamedLaw = rules.pattern("long_named_law");
        longNamedLawStarts = RuleStarts.declaredBy(longNamedLaw);
        namedLawStarts = RuleStarts.declaredBy(namedLaw);
        datedLawStarts = RuleStarts.declaredBy(datedLaw);
        standardStarts = RuleStarts.declaredBy(standard);
        ownNumber = rules.pattern("own_number");
        ownAttached = rules.pattern("own_attached");
        ownNumberStarts = RuleStarts.declaredBy(ownNumber);
        ownAttachedStarts = RuleStarts.declaredBy(ownAttached);
        furniture = column(models, "site-furniture.tsv");
        for (String[] row : models.tsv(LOOKALIKES)) {
            if (row.length < 2 || row[0].length() != 1 || row[1].length() != 1) {
                throw new IllegalArgumentException(
                        "models/" + LOOKALIKES + ": row needs one letter and the Latin one: " + String.join("\t", row));
            }
            lookalikes.put(row[0].charAt(0), row[1].charAt(0));
        }
    }

    /** Every citation in the text, in text order, overlapping finds resolved for the earliest and longest. */
    public List<Citation> scan(String text) {
        Set<String> own = ownNumbers(text);
        List<Citation> found = new ArrayList<>();
        Matcher m = numbered.matcher(text);
        for (int from = 0; typeStarts.find(m, text, from); from = m.end()) {
            numberedAndContinued(text, m, m.start(), own, found);
        }
        Matcher listing = listed.matcher(text);
        for (int from = 0; listedStarts.find(listing, text, from); from = listing.end()) {
            numberedAndContinued(text, listing, listing.start("number"), own, found);
        }
        Matcher items = listedItems.matcher(text);
        for (int from = 0; listedItemsStarts.find(items, text, from); from = items.end()) {
            numberedAndContinued(text, items, items.start("number"), own, found);
            itemsAfter(text, items, own, found);
        }
        Map<Pattern, RuleStarts> laws = Map.of(
                amendingLaw, amendingLawStarts,
                numberedAmendingLaw, numberedAmendingLawStarts,
                longNamedLaw, longNamedLawStarts,
                namedLaw, namedLawStarts,
                datedLaw, datedLawStarts);
        // a law cited once with its number ("Luật Tổ chức Quốc hội số 57/2014/QH13") and elsewhere by name alone is
        // one reference, the numbered one
        Set<String> numberedNames = new HashSet<>();
        List<Citation> byName = new ArrayList<>();
        List<Citation> namedReadings = new ArrayList<>();
        for (Pattern law : List.of(amendingLaw, numberedAmendingLaw, longNamedLaw, namedLaw, datedLaw)) {
            Matcher l = law.matcher(text);
            RuleStarts starts = laws.get(law);
            for (int from = 0; starts.find(l, text, from); from = l.end()) {
                String number = l.group("number") != null ? repaired(l.group("number")) : null;
                if (number != null && (law == namedLaw || law == datedLaw)) {
                    numberedNames.add(Fold.key(oneLine(l.group("name"))));
                }
                if (number != null && own.contains(numberKey(number))) {
                    continue;
                }
                String name = number == null ? oneLine(l.group("name")) : null;
                Citation read = new Citation(
                        lawType,
                        number,
                        date(l),
                        issuer(l),
                        name,
                        name == null ? null : KIND_WORD.matcher(name).replaceFirst(""),
                        l.start(),
                        l.end());
                (number == null ? byName : found).add(read);
                if (number == null && law == namedLaw) {
                    namedReadings.add(read);
                }
            }
        }
        for (Citation c : byName) {
            // only a name the named-law rule read ends at a stop word it may have missed; an amending law's title
            // runs on by design
            Citation read = namedReadings.contains(c) ? shortestNameOf(c, namedReadings) : c;
            if (!numberedNames.contains(Fold.key(read.name()))) {
                found.add(read);
            }
        }
        Matcher s = standard.matcher(text);
        for (int from = 0; standardStarts.find(s, text, from); from = s.end()) {
            String name = yearJoined(s.group("name"));
            String key = yearJoined(s.group("key")).replace('-', ':');
            found.add(new Citation(standardType, null, null, null, name, key, s.start(), s.end()));
        }
        return withoutOverlaps(found).stream()
                .filter(c -> !onFurnitureLine(text, c.start()))
                .toList();
    }

    /**
     * A law's name read on into the sentence after it ("Luật Việc làm trên địa bàn Thành phố", "Luật Ngân sách nhà
     * nước, nguồn chi tổ chức ..."), cut back to the name the same text reads whole elsewhere ("Luật Việc làm;"),
     * when at least {@value #NAME_RUN_ON_WORDS} words run on past it: a name a word or two longer is another law
     * ("Luật Đầu tư công" beside "Luật Đầu tư").
     */
    static Citation shortestNameOf(Citation c, List<Citation> byName) {
        String best = null;
        for (Citation other : byName) {
            String name = other.name();
            if (name.length() < c.name().length()
                    && c.name().startsWith(name)
                    && !Character.isLetterOrDigit(c.name().charAt(name.length()))
                    && runOnWords(c.name().substring(name.length())) >= NAME_RUN_ON_WORDS
                    && (best == null || name.length() < best.length())) {
                best = name;
            }
        }
        if (best == null) {
            return c;
        }
        return new Citation(
                c.type(),
                c.number(),
                c.date(),
                c.issuer(),
                best,
                KIND_WORD.matcher(best).replaceFirst(""),
                c.start(),
                Math.min(c.end(), c.start() + best.length()));
    }

    private static int runOnWords(String rest) {
        String words = rest.replaceAll("[^\\p{L}\\d\\s]", " ").strip();
        return words.isEmpty() ? 0 : words.split("\\s+").length;
    }

    /**
     * Whether the line at {@code offset} is a website's furniture: it holds one of its phrases, or the lines before
     * and after it both do (a notice to the site's members runs over several lines).
     */
    private boolean onFurnitureLine(String text, int offset) {
        int start = text.lastIndexOf('\n', offset - 1) + 1;
        int end = lineEnd(text, start);
        if (holdsFurniture(text, start, end)) {
            return true;
        }
        if (start == 0 || end >= text.length()) {
            return false;
        }
        int before = text.lastIndexOf('\n', start - 2) + 1;
        return holdsFurniture(text, before, start - 1) && holdsFurniture(text, end + 1, lineEnd(text, end + 1));
    }

    private static int lineEnd(String text, int start) {
        int end = text.indexOf('\n', start);
        return end < 0 ? text.length() : end;
    }

    private boolean holdsFurniture(String text, int start, int end) {
        String line = text.substring(start, end);
        return furniture.stream().anyMatch(line::contains);
    }

    /** Join key of a number: folded, spaces removed (PLAN_JSON.md, legalReferences.key). */
    public static String numberKey(String number) {
        return SPACES.matcher(Fold.fold(number).replace('–', '-')).replaceAll("");
    }

    /** A numbered citation matched by {@code m} (starting at {@code start}) and the numbers listed after it. */
    private void numberedAndContinued(String text, Matcher m, int start, Set<String> own, List<Citation> found) {
        String type = canonicalType.get(typeKey(m.group("type")));
        Citation first = numberedCitation(type, m, start);
        if (first != null && !own.contains(numberKey(first.number()))) {
            found.add(first);
        }
        int at = m.end();
        Matcher more = continued.matcher(text);
        more.region(at, text.length());
        while (more.lookingAt()) {
            Citation next = numberedCitation(type, more, more.start("number"));
            if (next == null) {
                break;
            }
            found.add(next);
            at = more.end();
            more.region(at, text.length());
        }
    }

    /** The further items of a list that {@code first} opens, up to the end of its sentence or paragraph. */
    private void itemsAfter(String text, Matcher first, Set<String> own, List<Citation> found) {
        String type = canonicalType.get(typeKey(first.group("type")));
        Matcher end = SENTENCE_END.matcher(text);
        int stop = end.find(first.end()) ? end.start() : text.length();
        Matcher item = listedItem.matcher(text).useTransparentBounds(true);
        item.region(first.end(), stop);
        while (item.find()) {
            Citation c = numberedCitation(type, item, item.start("number"));
            if (c != null && !own.contains(numberKey(c.number()))) {
                found.add(c);
            }
        }
    }

    private Citation numberedCitation(String type, Matcher m, int start) {
        String number = repaired(m.group("number"));
        if (!number.chars().anyMatch(Character::isLetter)) {
            return null;
        }
        return new Citation(type, number, date(m), issuer(m), null, null, start, m.end());
    }

    /**
     * Number and symbol with the line breaks and stray spaces beside its separators taken out, a word run into its
     * end cut off, and Cyrillic letters printed for Latin ones read as Latin.
     */
    private String repaired(String printed) {
        String joined =
                glued.cut(SPACED_SEPARATOR.matcher(printed).replaceAll("$1")).replace('–', '-');
        StringBuilder out = new StringBuilder(joined.length());
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            out.append(lookalikes.getOrDefault(c, c));
        }
        return out.toString();
    }

    private Set<String> ownNumbers(String text) {
        Set<String> own = new HashSet<>();
        addNumbers(own, ownNumber, ownNumberStarts, text);
        addNumbers(own, ownAttached, ownAttachedStarts, text);
        return own;
    }

    private void addNumbers(Set<String> own, Pattern rule, RuleStarts starts, String text) {
        Matcher m = rule.matcher(text);
        for (int from = 0; starts.find(m, text, from); from = m.end()) {
            own.add(numberKey(repaired(m.group("number"))));
        }
    }

    private static String date(Matcher m) {
        String y = m.group("y") != null ? m.group("y") : m.group("y2");
        if (y == null) {
            return null;
        }
        int month = Integer.parseInt(m.group("m") != null ? m.group("m") : m.group("m2"));
        int day = Integer.parseInt(m.group("d") != null ? m.group("d") : m.group("d2"));
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        return String.format(Locale.ROOT, "%s-%02d-%02d", y, month, day);
    }

    private static String issuer(Matcher m) {
        String issuer = m.group("issuer");
        return issuer == null ? null : oneLine(issuer);
    }

    private static List<Citation> withoutOverlaps(List<Citation> found) {
        found.sort(Comparator.comparingInt(Citation::start).thenComparingInt(c -> -c.end()));
        List<Citation> kept = new ArrayList<>();
        int reach = -1;
        for (Citation c : found) {
            if (c.start() >= reach) {
                kept.add(c);
                reach = c.end();
            } else if (c.number() != null
                    && !kept.isEmpty()
                    && kept.get(kept.size() - 1).number() == null) {
                // A numbered citation inside a law's name ("Luật ... theo Nghị định số ...") is its own reference.
                kept.add(c);
            }
        }
        return kept;
    }

    private static List<String> column(ModelData models, String file) {
        List<String> out = new ArrayList<>();
        for (String[] row : models.tsv(file)) {
            out.add(row[0]);
        }
        return out;
    }

    private static String typeKey(String phrase) {
        return SPACES.matcher(Fold.fold(phrase)).replaceAll(" ").strip();
    }

    /** A standard's code on one line with its year joined by a colon: "ISO 9001 - 2015" as "ISO 9001:2015". */
    private static String yearJoined(String code) {
        return oneLine(code).replaceAll("\\s*[:\\-]\\s*(?=\\d{4}$)", ":");
    }

    private static String oneLine(String s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }
}
