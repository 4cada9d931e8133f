package org.planlens.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planlens.extract.meta.AdminUnits;
import org.planlens.extract.meta.DocumentTypes;
import org.planlens.extract.meta.NamedPatterns;
import org.planlens.extract.meta.SignerFinder;
import org.planlens.extract.meta.VietCase;
import org.planlens.extract.patterns.RuleStarts;
import org.planlens.model.AdminLevel;
import org.planlens.model.DocumentType;
import org.planlens.model.Issuer;
import org.planlens.model.Metadata;
import org.planlens.model.PartialDate;
import org.planlens.model.Period;
import org.planlens.rules.ModelData;
import org.planlens.structure.SectionTree;

/**
 * Document type, number, date, issuer, period, signer and title from the document's header and signature. Where
 * the header block is missing, the issuer is inferred from the places the text names most ("UBND xã", "Đảng bộ xã
 * Định Tân", "UBND huyện Yên Định").
 */
public final class MetadataExtractor {
    /** The header block (body, number, place and date, type line) sits in the first lines. */
    private static final int HEADER_LINES = 25;

    private static final String ISSUER_BODY = "Ủy ban nhân dân";

    private final NamedPatterns patterns;
    private final DocumentTypes types;
    private final AdminUnits units;
    private final SignerFinder signers;
    /** The motto is taken out of every line, the issuer's mentions counted over the whole text: scanned by starts. */
    private final Pattern motto;

    private final RuleStarts mottoStarts;
    private final Pattern issuerMention;
    private final RuleStarts issuerMentionStarts;

    public MetadataExtractor(ModelData models) {
        this.patterns = new NamedPatterns(models, "metadata-patterns.tsv");
        this.motto = patterns.get("nationalMotto");
        this.mottoStarts = RuleStarts.declaredBy(motto);
        this.issuerMention = patterns.get("issuerMention");
        this.issuerMentionStarts = RuleStarts.declaredBy(issuerMention);
        this.types = new DocumentTypes(models);
        this.units = new AdminUnits(models);
        this.signers = new SignerFinder(models);
    }

    public Metadata extract(String text, SectionTree sections) {
        Matcher mottoMatcher = motto.matcher("");
        List<String> lines = Arrays.stream(text.split("\n"))
                .map(l -> mottoStarts.replaceAll(mottoMatcher.reset(l), l, " ").strip())
                .toList();
        List<String> head = lines.subList(0, Math.min(HEADER_LINES, lines.size()));
        String number = number(head);
        int typeLine = typeLine(lines);
        Optional<DocumentTypes.Kind> kind = typeLine >= 0
                ? types.ofTypeLine(lines.get(typeLine))
                : Optional.ofNullable(number).flatMap(types::ofSymbol);
        String title = kind.map(k -> title(k, lines, typeLine)).orElse(null);
        return new Metadata(
                title,
                kind.map(DocumentTypes.Kind::type).orElse(DocumentType.OTHER),
                number,
                issueDate(head),
                issuer(text, head),
                period(title, head),
                signers.find(lines));
    }

    private int typeLine(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (types.ofTypeLine(lines.get(i)).isPresent()) {
                return i;
            }
        }
        return -1;
    }

    private String number(List<String> head) {
        for (String line : head) {
            Matcher m = patterns.get("number").matcher(line);
            if (m.find()) {
                String num = m.group("num");
                // "Số:   /KH-UBND": the number is written in at signing.
                return num.substring(0, num.indexOf('/')).chars().anyMatch(Character::isDigit) ? num : null;
            }
        }
        return null;
    }

    private String title(DocumentTypes.Kind kind, List<String> lines, int typeLine) {
        String next = typeLine + 1 < lines.size() ? lines.get(typeLine + 1) : "";
        Matcher about = patterns.get("subjectPrefix").matcher(next);
        if (about.find()) {
            return kind.display() + " " + VietCase.continuing(stripEnd(about.group("subject")));
        }
        if (kind.type() == DocumentType.QUYET_DINH) {
            for (String line : lines.subList(typeLine, Math.min(lines.size(), typeLine + 5))) {
                Matcher issues = patterns.get("decisionIssues").matcher(line);
                if (issues.find()) {
                    return kind.display() + " ban hành " + stripEnd(issues.group("subject"));
                }
            }
        }
        if (next.isEmpty() || types.ofTypeLine(next).isPresent()) {
            return kind.display();
        }
        // "(Ban hành kèm theo Quyết định ...)" after a plan's subject is not part of it.
        String subject = next.replaceAll("\\s*\\((?i:ban hành kèm theo)[^)]*\\)?\\s*$", "");
        return kind.display() + " " + VietCase.continuing(stripEnd(subject));
    }

    private static String stripEnd(String s) {
        return s.strip().replaceAll("[.;:,]+$", "").strip();
    }

    private PartialDate issueDate(List<String> head) {
        for (String name : List.of("placeDate", "annexDate")) {
            for (String line : head) {
                Matcher m = patterns.get(name).matcher(line);
                if (m.find()
                        && ("placeDate".equals(name)
                                || m.group("num") == null
                                || !hasDigitBeforeSlash(m.group("num")))) {
                    return new PartialDate(
                            intOrNull(m.group("year")), intOrNull(m.group("month")), intOrNull(m.group("day")));
                }
            }
        }
        return PartialDate.UNKNOWN;
    }

    private static boolean hasDigitBeforeSlash(String num) {
        return num.substring(0, Math.max(0, num.indexOf('/'))).chars().anyMatch(Character::isDigit);
    }

    private static Integer intOrNull(String s) {
        return s == null ? null : Integer.valueOf(s);
    }

    private Issuer issuer(String text, List<String> head) {
        List<AdminUnits.Place> places = units.in(text);
        Optional<AdminUnits.Place> own = headerPlace(head);
        AdminLevel level = own.map(AdminUnits.Place::level).orElseGet(() -> commonestIssuerLevel(text));
        if (level == null) {
            return Issuer.UNKNOWN;
        }
        String ownName = own.map(AdminUnits.Place::name)
                .orElseGet(() -> AdminUnits.mostNamed(places, level).orElse(null));
        String unitWord = own.map(AdminUnits.Place::unit).orElseGet(() -> commonestUnitWord(places, level));
        String commune = level == AdminLevel.COMMUNE ? ownName : null;
        String district = level == AdminLevel.DISTRICT
                ? ownName
                : level == AdminLevel.COMMUNE
                        ? AdminUnits.mostNamed(places, AdminLevel.DISTRICT).orElse(null)
                        : null;
        String province = level == AdminLevel.PROVINCE
                ? ownName
                : AdminUnits.mostNamed(places, AdminLevel.PROVINCE).orElse(null);
        String name = ISSUER_BODY + (unitWord == null ? "" : " " + unitWord) + (ownName == null ? "" : " " + ownName);
        return new Issuer(name, level, commune, district, province);
    }

    /** "ỦY BAN NHÂN DÂN / XÃ ĐỊNH TÂN" or "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN YÊN LẠC" in the header. */
    private Optional<AdminUnits.Place> headerPlace(List<String> head) {
        for (int i = 0; i < head.size(); i++) {
            Matcher body = patterns.get("issuerBody").matcher(head.get(i));
            if (!body.find() || !VietCase.isUpper(head.get(i))) {
                continue;
            }
            String rest = head.get(i).substring(body.end()).strip();
            String candidate = rest.isEmpty() && i + 1 < head.size() ? head.get(i + 1) : rest;
            Optional<AdminUnits.Place> p = units.inCapitals(candidate);
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    /** Without a header: the level of the body the text names most ("UBND xã ..." in a commune's plan). */
    private AdminLevel commonestIssuerLevel(String text) {
        Matcher m = issuerMention.matcher(text);
        int[] counts = new int[AdminLevel.values().length];
        for (int from = 0; issuerMentionStarts.find(m, text, from); from = m.end()) {
            units.levelOf(m.group("unit")).ifPresent(l -> counts[l.ordinal()]++);
        }
        int best = -1;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0 && (best < 0 || counts[i] > counts[best])) {
                best = i;
            }
        }
        return best < 0 ? null : AdminLevel.values()[best];
    }

    private static String commonestUnitWord(List<AdminUnits.Place> places, AdminLevel level) {
        List<String> words = new ArrayList<>();
        for (AdminUnits.Place p : places) {
            if (p.level() == level) {
                words.add(p.unit().toLowerCase(Locale.ROOT));
            }
        }
        return words.stream()
                .reduce((a, b) -> a)
                .orElse(
                        switch (level) {
                            case COMMUNE -> "xã";
                            case DISTRICT -> "huyện";
                            case PROVINCE -> "tỉnh";
                            case CENTRAL -> null;
                        });
    }

    private Period period(String title, List<String> head) {
        List<String> sources = new ArrayList<>();
        if (title != null) {
            sources.add(title);
        }
        sources.addAll(head);
        for (String s : sources) {
            Matcher range = patterns.get("periodRange").matcher(s);
            if (range.find()) {
                return new Period(Integer.valueOf(range.group("from")), Integer.valueOf(range.group("to")));
            }
            Matcher year = patterns.get("periodYear").matcher(s);
            if (s.equals(title) && year.find()) {
                int y = Integer.parseInt(year.group("year"));
                return new Period(y, y);
            }
        }
        return Period.UNKNOWN;
    }
}
