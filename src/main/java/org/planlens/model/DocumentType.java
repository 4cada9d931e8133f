package org.planlens.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Kind of the ingested document (GOLD.md, metadata.documentType). */
public enum DocumentType {
    KE_HOACH("ke_hoach"),
    QUYET_DINH("quyet_dinh"),
    BAO_CAO("bao_cao"),
    OTHER("other");

    private final String code;

    DocumentType(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static DocumentType fromCode(String code) {
        for (DocumentType t : values()) {
            if (t.code.equals(code)) return t;
        }
        throw new IllegalArgumentException("unknown document type '" + code + "'");
    }
}
