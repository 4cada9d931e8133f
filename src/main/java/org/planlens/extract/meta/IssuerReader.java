package org.planlens.extract.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planlens.extract.patterns.RuleStarts;
import org.planlens.model.AdminLevel;
import org.planlens.model.Issuer;

/**
 * The issuing body, its level and places. Read from the header's issuer lines ({@link IssuerBodies}: a committee
 * or council with its place, a department or office under its committee, a ministry, the Prime Minister, a national
 * committee); where they name no place, from the authority line under the title ("ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI
 * PHÒNG"), the website's facts ("Cơ quan ban hành: Tỉnh Đắk Lắk") or a news lead's body; without any of these,
 * from the places the text names most ("UBND xã", "Đảng bộ xã Định Tân", "UBND huyện Yên Định"). The places above
 * the issuer's own come from the places the text names most.
 */
public final class IssuerReader {

    private final AdminUnits units;
    private final IssuerBodies bodies;
    private final SignerFinder posts;
    private final Pattern issuerMention;
    /** A local portal's name over the page ("Trang thông tin điện tử xã Thạch Kim"). */
    private final Pattern portalOwner;
    /** The portal's name is on one of the page's first lines. */
    private static final int PORTAL_LINES = 3;

    private final RuleStarts issuerMentionStarts;

    public IssuerReader(AdminUnits units, IssuerBodies bodies, SignerFinder posts, NamedPatterns patterns) {
        this.units = units;
        this.bodies = bodies;
        this.posts = posts;
        this.issuerMention = patterns.get("issuerMention");
        this.portalOwner = patterns.get("portalOwner");
        this.issuerMentionStarts = RuleStarts.declaredBy(issuerMention);
    }

    /** A body resolved: its name, level and the places of its chain (committee above it included). */
    private record Resolved(String name, AdminLevel level, List<IssuerBodies.Place> places) {}

    /**
     * @param authority the deciding authority printed under the title ("ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG")
     * @param factIssuer the website's "Cơ quan ban hành" / "Nơi ban hành", if printed
     * @param leadBody the body a news lead says issued the document, if any
     */
    public Issuer read(
            String text,
            DocumentHeader header,
            Optional<String> authority,
            Optional<String> factIssuer,
            Optional<String> leadBody) {
        List<IssuerBodies.Body> block = bodies.read(header.issuerBlock());
        Optional<Resolved> resolved = resolve(block);
        List<String> others = new ArrayList<>();
        authority.ifPresent(others::add);
        others.addAll(authorityLines(header));
        factIssuer.ifPresent(others::add);
        leadBody.ifPresent(others::add);
        for (int i = 0; i < others.size() && resolved.isEmpty(); i++) {
            resolved = completed(block, others.get(i));
        }
        List<AdminUnits.Place> mentioned = units.in(text);
        if (resolved.isEmpty()) {
            return fromMentions(text, mentioned, block);
        }
        Resolved r = resolved.get();
        String commune = placeAt(r, AdminLevel.COMMUNE);
        String district = placeAt(r, AdminLevel.DISTRICT);
        String province = placeAt(r, AdminLevel.PROVINCE);
        if (r.level() == AdminLevel.COMMUNE && district == null) {
            district = AdminUnits.mostNamed(mentioned, AdminLevel.DISTRICT).orElse(null);
        }
        // "SỞ NỘI VỤ" printed without its committee's line: the province is the one the text names most
        if (r.level() != AdminLevel.CENTRAL && province == null) {
            province = AdminUnits.mostNamed(mentioned, AdminLevel.PROVINCE).orElse(null);
        }
        return new Issuer(r.name(), r.level(), commune, district, province);
    }

    private static String placeAt(Resolved r, AdminLevel level) {
        if (r.level() == AdminLevel.CENTRAL) {
            return null;
        }
        return r.places().stream()
                .filter(p ->
                        p.level() == level && p.level().ordinal() >= r.level().ordinal())
                .map(IssuerBodies.Place::name)
                .findFirst()
                .orElse(null);
    }

    /** Capitals lines in the header after the issuer's that name a body, maybe under its post. */
    private List<String> authorityLines(DocumentHeader header) {
        List<String> out = new ArrayList<>();
        List<DocumentHeader.Cell> cells = header.cells();
        for (int i = header.issuerCells(); i < cells.size(); i++) {
            String c = cells.get(i).text();
            if (VietCase.isUpper(c) && (bodies.opensWithBody(c) || posts.opensWithPost(c))) {
                out.add(c);
            }
        }
        return out;
    }

    /** The header's bodies completed by another line that names the same body with its place, or the place alone. */
    private Optional<Resolved> completed(List<IssuerBodies.Body> block, String other) {
        List<IssuerBodies.Body> named = bodies.read(other);
        if (!named.isEmpty()) {
            boolean same = block.isEmpty()
                    || last(named).display().equals(last(block).display())
                    || last(named).display().startsWith(last(block).display() + " ");
            return same ? resolve(named) : Optional.empty();
        }
        Optional<IssuerBodies.Place> place = bodies.placeIn(other);
        if (place.isEmpty() || block.isEmpty()) {
            return Optional.empty();
        }
        List<IssuerBodies.Body> withPlace = new ArrayList<>(block);
        IssuerBodies.Body own = last(block);
        withPlace.set(
                withPlace.size() - 1,
                new IssuerBodies.Body(own.display(), own.defaultLevel(), own.nameWords(), place.get(), own.naming()));
        return resolve(withPlace);
    }

    private static IssuerBodies.Body last(List<IssuerBodies.Body> bodies) {
        return bodies.get(bodies.size() - 1);
    }

    /**
     * The last body is the issuer; its place is its own or its parent's ("UBND TỈNH X / SỞ NỘI VỤ"); without a place
     * its head's own level tells (a ministry is central).
     */
    private static Optional<Resolved> resolve(List<IssuerBodies.Body> chain) {
        if (chain.isEmpty()) {
            return Optional.empty();
        }
        IssuerBodies.Body own = last(chain);
        List<IssuerBodies.Place> places = new ArrayList<>();
        IssuerBodies.Place nearest = null;
        String parent = null;
        for (IssuerBodies.Body b : chain) {
            if (b.place() != null) {
                places.add(b.place());
                nearest = b.place();
            }
            if (b != own) {
                parent = b.display() + (b.place() == null ? "" : " " + b.place().display());
            }
        }
        AdminLevel level = nearest != null
                ? nearest.level()
                : chain.stream()
                        .map(IssuerBodies.Body::defaultLevel)
                        .filter(l -> l != null)
                        .reduce((a, b) -> b)
                        .orElse(null);
        if (level == null) {
            return Optional.empty();
        }
        String name;
        if (own.namedByParent() && parent != null) {
            name = own.display() + " " + parent;
        } else if (own.naming() == IssuerBodies.Naming.PLACE) {
            name = own.display();
        } else {
            IssuerBodies.Place at = own.place() != null ? own.place() : nearest;
            name = own.display() + (at == null ? "" : " " + at.display());
        }
        return Optional.of(new Resolved(name, level, places));
    }

    /**
     * Without a header that names the issuer: the unit of the local portal the page comes from, else the level and
     * place of the committee the text names most.
     */
    private Issuer fromMentions(String text, List<AdminUnits.Place> places, List<IssuerBodies.Body> block) {
        Optional<Matcher> portal = portalOwner(text);
        AdminLevel level = portal.isPresent()
                ? units.levelOf(portal.get().group("unit")).orElse(null)
                : commonestIssuerLevel(text);
        if (level == null) {
            return Issuer.UNKNOWN;
        }
        String ownName = portal.isPresent()
                ? portal.get().group("name")
                : AdminUnits.mostNamed(places, level).orElse(null);
        String unitWord = portal.isPresent()
                ? portal.get().group("unit").toLowerCase(VietCase.VI)
                : commonestUnitWord(places, level);
        String commune = level == AdminLevel.COMMUNE ? ownName : null;
        String district = level == AdminLevel.DISTRICT
                ? ownName
                : level == AdminLevel.COMMUNE
                        ? AdminUnits.mostNamed(places, AdminLevel.DISTRICT).orElse(null)
                        : null;
        String province = level == AdminLevel.PROVINCE
                ? ownName
                : AdminUnits.mostNamed(places, AdminLevel.PROVINCE).orElse(null);
        String body = block.isEmpty() ? bodies.defaultBody() : last(block).display();
        String name = body + (unitWord == null ? "" : " " + unitWord) + (ownName == null ? "" : " " + ownName);
        return new Issuer(name, level, commune, district, province);
    }

    /** "Trang thông tin điện tử xã Thạch Kim" on one of the page's first lines. */
    private Optional<Matcher> portalOwner(String text) {
        String[] lines = text.split("\n", PORTAL_LINES + 1);
        for (int i = 0; i < Math.min(PORTAL_LINES, lines.length); i++) {
            Matcher m = portalOwner.matcher(lines[i].strip());
            if (m.find()) {
                return Optional.of(m);
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

    private String commonestUnitWord(List<AdminUnits.Place> places, AdminLevel level) {
        for (AdminUnits.Place p : places) {
            if (p.level() == level) {
                return p.unit().toLowerCase(Locale.ROOT);
            }
        }
        return units.defaultUnitWord(level);
    }
}
