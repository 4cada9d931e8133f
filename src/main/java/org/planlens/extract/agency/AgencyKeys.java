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
    private static final String PEOPLES_COMMITTEE = "uy ban nhan dan";
    private final List<String> postHeads = new ArrayList<>();
    private final Set<String> ownUnitWords;
    /** Folded unit phrases ("xa", "thanh pho"), longest first, and the level each names. */
    private final List<String> units;

    private final NameBook names;
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
        k = k.replace(" uy ban mat tran ", " mat tran ").replace(" viet nam ", " ");
        for (String post : postHeads) {
            if (k.startsWith(" " + post)) {
                k = " " + k.substring(post.length() + 1);
                break;
            }
        }
        k = names.canonicalKey(k.strip());
        if (collective && ownUnit != null && ownUnits(k)) {
            return OWN_UNITS;
        }
        if (ownPlace != null && k.endsWith(" " + ownPlace)) {
            k = k.substring(0, k.length() - ownPlace.length()).strip();
        }
        if (ownUnit != null && k.endsWith(" cap " + ownUnit)) {
            k = k.substring(0, k.length() - ownUnit.length() - 4).strip();
        }
        if (ownUnit != null && k.endsWith(" " + ownUnit) && k.split(" ").length > 2) {
            k = k.substring(0, k.length() - ownUnit.length()).strip();
        }
        String level = committeesOfLevel(k);
        if (level != null) {
            return level;
        }
        return collective ? kindsKey(k) : k;
    }

    /**
     * "UBND các xã, phường, đặc khu", "UBND cấp xã", "Ủy ban nhân dân phường, xã": the committees of all units of
     * one level, however their kinds are listed, are one body.
     */
    private String committeesOfLevel(String k) {
        if (!k.startsWith(PEOPLES_COMMITTEE + " ")) {
            return null;
        }
        String rest = " " + k.substring(PEOPLES_COMMITTEE.length() + 1) + " ";
        boolean plural = rest.startsWith(" cac ") || rest.startsWith(" cap ");
        rest = rest.replaceFirst("^ (?:cac|cap) ", " ")
                .replace(" truc thuoc trung uong ", " ")
                .replace(" va ", " ");
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
        if (found.isEmpty() || !plural && found.size() < 2) {
            return null;
        }
        String level = found.contains("tinh")
                ? "province"
                : found.contains("huyen") || found.contains("quan") || found.contains("thi xa")
                        ? "district"
                        : found.stream()
                                        .anyMatch(u -> u.equals("xa")
                                                || u.equals("phuong")
                                                || u.equals("thi tran")
                                                || u.equals("dac khu"))
                                ? "commune"
                                : String.join(",", found);
        return PEOPLES_COMMITTEE + " #" + level;
    }

    /**
     * "các Sở, ngành", "các sở, ban, ngành, đơn vị", "Các Sở, ban, ngành Thành phố": a collective that opens with the
     * departments (or the ministries) is one body however many kinds it lists beside them; with the localities it is
     * another.
     */
    private static String kindsKey(String k) {
        String w = " " + k + " ";
        String kind = w.startsWith(" cac so ") ? "#departments" : w.startsWith(" cac bo ") ? "#ministries" : null;
        if (kind == null) {
            return k;
        }
        return w.contains(" dia phuong ") ? kind + "+localities" : kind;
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
        if (!k.startsWith("cac ") || !k.endsWith(tail)) {
            return false;
        }
        String members =
                k.substring(4, k.length() - tail.length()).replaceFirst("(?: truc)? thuoc(?: uy ban nhan dan)?$", "");
        for (String w : members.split(" ")) {
            if (!w.isEmpty() && !ownUnitWords.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
