package org.planlens.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The reform area a section belongs to (GOLD.md, targets.pillar). */
public enum Pillar {
    INSTITUTIONAL("institutional"),
    PROCEDURES("procedures"),
    ORGANIZATION("organization"),
    CIVIL_SERVICE("civil_service"),
    PUBLIC_FINANCE("public_finance"),
    DIGITAL_GOVERNMENT("digital_government"),
    DIRECTION("direction"),
    GENERAL("general");

    private final String code;

    Pillar(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Pillar fromCode(String code) {
        for (Pillar p : values()) {
            if (p.code.equals(code)) return p;
        }
        throw new IllegalArgumentException(
                "unknown pillar '" + code + "'; one of institutional, procedures, organization, "
                        + "civil_service, public_finance, digital_government, direction, general");
    }
}
