package org.planlens.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Administrative level of an issuing body (GOLD.md, issuer.level). */
public enum AdminLevel {
    COMMUNE,
    DISTRICT,
    PROVINCE,
    CENTRAL;

    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    public static AdminLevel fromCode(String code) {
        return Codes.find(
                values(), code, () -> "unknown level '" + code + "'; one of commune, district, province, central");
    }
}
