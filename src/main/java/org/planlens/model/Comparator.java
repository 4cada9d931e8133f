package org.planlens.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a target's figure binds (GOLD.md, targets.comparator). */
public enum Comparator {
    AT_LEAST("at_least"),
    MORE_THAN("more_than"),
    REACH("reach"),
    AT_MOST("at_most"),
    LESS_THAN("less_than"),
    INCREASE_BY("increase_by"),
    DECREASE_BY("decrease_by");

    private final String code;

    Comparator(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Comparator fromCode(String code) {
        for (Comparator c : values()) {
            if (c.code.equals(code)) return c;
        }
        throw new IllegalArgumentException("unknown comparator '" + code + "'");
    }
}
