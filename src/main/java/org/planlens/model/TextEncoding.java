package org.planlens.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** What the input text was encoded in before conversion to Unicode (PLAN_JSON.md, source.encoding). */
public enum TextEncoding {
    UNICODE("unicode"),
    TCVN3("tcvn3"),
    VNI("vni");

    private final String code;

    TextEncoding(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
