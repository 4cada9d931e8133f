package org.planlens.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a page's text was read (PLAN_JSON.md, {@code source.pageInfo[].method}). The spec also names {@code mixed},
 * which no reader of this build gives.
 */
public enum PageMethod {
    /** A usable text layer. */
    TEXT("text"),
    /** Tesseract. */
    OCR("ocr"),
    /** A TCVN3/VNI text layer converted to Unicode. */
    LEGACY("legacy");

    private final String code;

    PageMethod(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
