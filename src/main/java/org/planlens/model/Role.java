package org.planlens.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** A role an agency is given by the plan (GOLD.md, agencies.roles). */
public enum Role {
    STANDING,
    LEAD,
    COORDINATE,
    MONITOR;

    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    public static Role fromCode(String code) {
        return Codes.find(
                values(), code, () -> "unknown role '" + code + "'; one of standing, lead, coordinate, monitor");
    }
}
