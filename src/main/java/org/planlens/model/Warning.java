package org.planlens.model;

/** Something the pipeline could not do well for a document; {@code page} is 1-based or null. */
public record Warning(WarningCode code, String message, Integer page) {
    public static Warning of(WarningCode code, String message) {
        return new Warning(code, message, null);
    }
}
