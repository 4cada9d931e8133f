package org.planlens.extract.agency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.planlens.model.AdminLevel;
import org.planlens.model.Issuer;
import org.planlens.rules.Fold;

/**
 * The key that makes variants of one body's name meet: abbreviations expanded as GOLD.md normalises, a commune
 * post's title dropped ("Công chức Văn phòng - Thống kê" and "Văn phòng – Thống kê"), the issuer's own unit and
 * place dropped from the end ("UBND xã" and "UBND xã Định Tân"), and a collective of the issuer's own units made one.
 */
public final class AgencyKeys {
    private static final String OWN_UNITS = "#own-units";
    private final List<String> postHeads = new ArrayList<>();
    private final Set<String> ownUnitWords;
    /** Folded unit phrases ("xa", "thanh pho"), longest first, and the level each names. */
    private final List<String> units;

    private final NameBook names;
    /** The words of models/agency-keys.tsv, and the grammar words "các", "cấp", "và" folded (agency-scope.tsv). */
    private final KeyWords keyWords;

    private final String plural;
    private final String level;
    private final String and;
    private final String ownUnit;
    private final String ownPlace;

    public AgencyKeys(AgencyLexicon lex, Issuer issuer) {
        for (AgencyLexicon.Head h : lex.heads()) {
            if (h.post()) {
                postHeads.add(Fold.key(h.printed()) + " ");
            }
        }
        Set<String> words = new HashSet<>();
        lex.words("ownunits").forEach(o -> words.addAll(List.of(Fold.key(o).split(" "))));
        this.ownUnitWords = Set.copyOf(words);
        List<String> u =
                new ArrayList<>(lex.words("unit").stream().map(Fold::key).toList());
        u.sort(Comparator.comparingInt(String::length).reversed());
        this.units = List.copyOf(u);
        this.names = lex.names();
        this.keyWords = lex.keyWords();
        this.plural = Fold.key(lex.word("plural"));
        this.level = Fold.key(lex.word("level"));
        this.and = Fold.key(lex.word("and"));
        this.ownUnit = unitOf(issuer);
        this.ownPlace = issuer.level() == null ? null : placeOf(issuer);
    }

    /** "Ủy ban nhân dân thành phố Hồ Chí Minh": the first unit phrase of the issuer's name ("thanh pho"). */
    private String unitOf(Issuer issuer) {
        if (issuer.name() == null || issuer.level() == null) {
            return null;
        }
        String k = " " + Fold.key(issuer.name()) + " ";
        int best = Integer.MAX_VALUE;
        String found = null;
        for (String unit : units) {
            int at = k.indexOf(" " + unit + " ");
            if (at >= 0 && at < best) {
                best = at;
                found = unit;
            }
        }
        return found;
    }

    private static String placeOf(Issuer issuer) {
        String place = issuer.level() == AdminLevel.COMMUNE
                ? issuer.commune()
                : issuer.level() == AdminLevel.DISTRICT ? issuer.district() : issuer.province();
        return place == null ? null : Fold.key(place);
    }

    public String key(String name, boolean collective) {
        String k = " " + Fold.key(names.spelledOut(name)).replaceAll("\\s*-\\s*", " - ") + " ";
        k = keyWords.same(k);
        for (String post : postHeads) {
            if (k.startsWith(" " + post)) {
                k = " " + k.substring(post.length() + 1);
                break;
            }
        }
        k = names.canonicalKey(k.strip());
        if (collective && !k.startsWith(plural + " ")) {
            // "sở, ban, ngành, đoàn thể Thành phố" printed without "các": the same collective
            k = plural + " " + k;
        }
        if (collective && ownUnit != null && ownUnits(k)) {
            return OWN_UNITS;
        }
        if (ownPlace != null && k.endsWith(" " + ownPlace)) {
            k = k.substring(0, k.length() - ownPlace.length()).strip();
        }
        if (ownUnit != null && k.endsWith(" " + level + " " + ownUnit)) {
            k = k.substring(0, k.length() - ownUnit.length() - level.length() - 2)
                    .strip();
        }
        if (ownUnit != null && k.endsWith(" " + ownUnit) && k.split(" ").length > 2) {
            k = k.substring(0, k.length() - ownUnit.length()).strip();
        }
        String committees = committeesOfLevel(k);
        if (committees != null) {
            return committees;
        }
        return collective ? kindsKey(k) : k;
    }

    /**
     * "UBND các xã, phường, đặc khu", "UBND cấp xã", "Ủy ban nhân dân phường, xã": the committees of all units of
     * one level, however their kinds are listed, are one body.
     */
    private String committeesOfLevel(String k) {
        String committee = keyWords.committee();
        if (!k.startsWith(committee + " ")) {
            return null;
        }
        String rest = " " + k.substring(committee.length() + 1) + " ";
        boolean many = rest.startsWith(" " + plural + " ") || rest.startsWith(" " + level + " ");
        if (many) {
            rest = rest.substring(rest.indexOf(' ', 1));
        }
        rest = keyWords.unplaced(rest).replace(" " + and + " ", " ");
        List<String> found = new ArrayList<>();
        String r = rest;
        while (!r.isBlank()) {
            String next = null;
            for (String unit : units) {
                if (r.startsWith(" " + unit + " ")) {
                    next = unit;
                    break;
                }
            }
            if (next == null) {
                return null;
            }
            found.add(next);
            r = r.substring(next.length() + 1);
        }
        if (found.isEmpty() || !many && found.size() < 2) {
            return null;
        }
        AdminLevel highest = keyWords.highestLevel(found);
        return committee + " #" + (highest == null ? String.join(",", found) : highest.code());
    }

    /**
     * "các Sở, ngành", "các sở, ban, ngành, đơn vị", "Các Sở, ban, ngành Thành phố": a collective that opens with the
     * departments (or the ministries) is one body however many kinds it lists beside them; with the localities it is
     * another.
     */
    private String kindsKey(String k) {
        String w = " " + k + " ";
        String kind = keyWords.collective(w, plural);
        if (kind == null) {
            return k;
        }
        return keyWords.addsLocalities(w) ? "#" + kind + "+localities" : "#" + kind;
    }

    /** Whether the key ends with a unit phrase and a word before it ("uy ban nhan dan thanh pho"). */
    public boolean endsWithUnit(String key) {
        for (String unit : units) {
            if (key.endsWith(" " + unit) && key.length() > unit.length() + 1) {
                return true;
            }
        }
        return false;
    }

    /** "các cơ quan, đơn vị (trực) thuộc (UBND) huyện", "các phòng ban thuộc huyện": the issuer's own units. */
    private boolean ownUnits(String k) {
        String tail = " " + ownUnit;
        if (!k.startsWith(plural + " ") || !k.endsWith(tail)) {
            return false;
        }
        String members = keyWords.withoutOwnOf(k.substring(plural.length() + 1, k.length() - tail.length()));
        for (String w : members.split(" ")) {
            if (!w.isEmpty() && !ownUnitWords.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
