package org.planlens.model;

import java.util.List;

/**
 * A body the plan assigns work to, with its roles, its reform areas (those of the sections and paragraphs that name
 * it) and every place it is named.
 */
public record Agency(
        String id, String name, List<String> aliases, List<Role> roles, List<Pillar> pillars, List<Mention> mentions) {
    public Agency {
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        // absent from records indexed before agencies carried their pillars
        pillars = pillars == null ? List.of() : List.copyOf(pillars);
        mentions = List.copyOf(mentions);
    }

    public Agency withPillars(List<Pillar> pillars) {
        return new Agency(id, name, aliases, roles, pillars, mentions);
    }
}
