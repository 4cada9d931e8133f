package org.planlens.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** A role an agency is given by the plan (GOLD.md, agencies.roles). */
public enum Role {
    STANDING("standing"),
    LEAD("lead"),
    COORDINATE("coordinate"),
    MONITOR("monitor");

    private final String code;

    Role(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Role fromCode(String code) {
        for (Role r : values()) {
            if (r.code.equals(code)) return r;
        }
        throw new IllegalArgumentException("unknown role '" + code + "'; one of standing, lead, coordinate, monitor");
    }
}
