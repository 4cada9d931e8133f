package org.planlens.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** What the input text was encoded in before conversion to Unicode (PLAN_JSON.md, source.encoding). */
public enum TextEncoding {
    UNICODE,
    TCVN3,
    VNI;

    @JsonValue
    public String code() {
        return Codes.of(this);
    }
}
