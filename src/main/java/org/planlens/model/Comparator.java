package org.planlens.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a target's figure binds (GOLD.md, targets.comparator). */
public enum Comparator {
    AT_LEAST,
    MORE_THAN,
    REACH,
    AT_MOST,
    LESS_THAN,
    INCREASE_BY,
    DECREASE_BY;

    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    public static Comparator fromCode(String code) {
        return Codes.find(values(), code, () -> "unknown comparator '" + code + "'");
    }
}
