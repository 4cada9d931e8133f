package org.planlens.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Format of the input file (PLAN_JSON.md, {@code source.format}): the code its reader declares. The formats there
 * are come from the readers ({@code text.FormatReaders}), not from a list here.
 */
public record SourceFormat(String code) {
    public SourceFormat {
        if (!code.matches("[a-z0-9]+")) {
            throw new IllegalArgumentException("a format code is lower-case letters and digits, not '" + code + "'");
        }
    }

    @JsonValue
    @Override
    public String code() {
        return code;
    }

    public static SourceFormat of(String code) {
        return new SourceFormat(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
