package org.planlens.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a page's text was read (PLAN_JSON.md, {@code source.pageInfo[].method}). The spec also names {@code mixed},
 * which no reader of this build gives.
 */
public enum PageMethod {
    /** A usable text layer. */
    TEXT,
    /** Tesseract. */
    OCR,
    /** A TCVN3/VNI text layer converted to Unicode. */
    LEGACY;

    /** Its name in lower case, as the JSON writes it. */
    @JsonValue
    public String code() {
        return Codes.of(this);
    }
}
