package org.planlens.query;

import org.planlens.model.Pillar;
import org.planlens.model.Role;

/** Which agencies to keep: words of the name (accents ignored, synonyms applied), a role code, a pillar code. */
public record AgencyFilter(String name, String role, String pillar) {
    public static final AgencyFilter ANY = new AgencyFilter(null, null, null);

    public AgencyFilter {
        if (role != null) Role.fromCode(role);
        if (pillar != null) Pillar.fromCode(pillar);
    }
}
