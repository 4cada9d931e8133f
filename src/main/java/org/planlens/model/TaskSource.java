package org.planlens.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a task row came from: an appendix table or a task sentence. */
public enum TaskSource {
    TABLE,
    TEXT;

    @JsonValue
    public String code() {
        return Codes.of(this);
    }
}
