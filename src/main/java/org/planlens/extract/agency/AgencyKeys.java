package org.planlens.extract.agency;

import java.util.ArrayList;
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
    private final String ownUnit;
    private final String ownPlace;

    public AgencyKeys(AgencyLexicon lex, Issuer issuer) {
        for (AgencyLexicon.Head h : lex.heads()) {
            if (h.needsName()) {
                postHeads.add(Fold.key(h.printed()) + " ");
            }
        }
        Set<String> words = new HashSet<>();
        lex.words("ownunits").forEach(o -> words.addAll(List.of(Fold.key(o).split(" "))));
        this.ownUnitWords = Set.copyOf(words);
        this.ownUnit = unitOf(issuer);
        this.ownPlace = issuer.level() == null ? null : placeOf(issuer);
    }

    private static String unitOf(Issuer issuer) {
        if (issuer.name() == null || issuer.level() == null) {
            return null;
        }
        String[] words = Fold.key(issuer.name()).split(" ");
        // "Ủy ban nhân dân xã Định Tân": the unit word follows the body's four words.
        return words.length > 4 ? words[4] : null;
    }

    private static String placeOf(Issuer issuer) {
        String place = issuer.level() == AdminLevel.COMMUNE
                ? issuer.commune()
                : issuer.level() == AdminLevel.DISTRICT ? issuer.district() : issuer.province();
        return place == null ? null : Fold.key(place);
    }

    public String key(String name, boolean collective) {
        String k = " "
                + Fold.key(name.replace("UBND", "Ủy ban nhân dân")
                                .replace("HĐND", "Hội đồng nhân dân")
                                .replace("&", " và "))
                        .replaceAll("\\s*-\\s*", " - ")
                + " ";
        k = k.replace(" uy ban mat tran ", " mat tran ").replace(" viet nam ", " ");
        for (String post : postHeads) {
            if (k.startsWith(" " + post)) {
                k = " " + k.substring(post.length() + 1);
                break;
            }
        }
        k = k.strip();
        if (collective && ownUnit != null && ownUnits(k)) {
            return OWN_UNITS;
        }
        if (ownPlace != null && k.endsWith(" " + ownPlace)) {
            k = k.substring(0, k.length() - ownPlace.length()).strip();
        }
        if (ownUnit != null && k.endsWith(" " + ownUnit) && k.split(" ").length > 2) {
            k = k.substring(0, k.length() - ownUnit.length()).strip();
        }
        return k;
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
