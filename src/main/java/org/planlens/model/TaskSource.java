package org.planlens.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a task row came from: an appendix table or a task sentence. */
public enum TaskSource {
    TABLE("table"),
    TEXT("text");

    private final String code;

    TaskSource(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
