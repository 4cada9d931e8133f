package org.planlens.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The reform area a section belongs to (GOLD.md, targets.pillar). */
public enum Pillar {
    INSTITUTIONAL,
    PROCEDURES,
    ORGANIZATION,
    CIVIL_SERVICE,
    PUBLIC_FINANCE,
    DIGITAL_GOVERNMENT,
    DIRECTION,
    GENERAL;

    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    public static Pillar fromCode(String code) {
        return Codes.find(
                values(),
                code,
                () -> "unknown pillar '" + code + "'; one of institutional, procedures, organization, "
                        + "civil_service, public_finance, digital_government, direction, general");
    }
}
