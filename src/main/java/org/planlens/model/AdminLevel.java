package org.planlens.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Administrative level of an issuing body (GOLD.md, issuer.level). */
public enum AdminLevel {
    COMMUNE("commune"),
    DISTRICT("district"),
    PROVINCE("province"),
    CENTRAL("central");

    private final String code;

    AdminLevel(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static AdminLevel fromCode(String code) {
        for (AdminLevel l : values()) {
            if (l.code.equals(code)) return l;
        }
        throw new IllegalArgumentException("unknown level '" + code + "'; one of commune, district, province, central");
    }
}
