package org.planlens.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Kind of the ingested document (GOLD.md, metadata.documentType). */
public enum DocumentType {
    KE_HOACH,
    QUYET_DINH,
    BAO_CAO,
    OTHER;

    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    public static DocumentType fromCode(String code) {
        return Codes.find(values(), code, () -> "unknown document type '" + code + "'");
    }
}
