package org.planlens.model;

import java.util.List;

/** A body the plan assigns work to, with its roles and every place it is named. */
public record Agency(String id, String name, List<String> aliases, List<Role> roles, List<Mention> mentions) {
    public Agency {
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        mentions = List.copyOf(mentions);
    }
}
