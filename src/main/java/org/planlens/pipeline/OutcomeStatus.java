package org.planlens.pipeline;

import com.fasterxml.jackson.annotation.JsonValue;

/** What became of one document in a run, as the run journal and a partition's step context name it. */
public enum OutcomeStatus {
    /** Its plan was written. */
    EXPORTED("exported"),
    /** Its plan was already there, or this run wrote it from another copy of the same bytes. */
    UNCHANGED("unchanged"),
    /** It could not be read. */
    FAILED("failed"),
    /** The plan its source gave before was deleted: the source now holds other bytes. */
    SUPERSEDED("superseded");

    private final String code;

    OutcomeStatus(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** The status named {@code code}; an unknown name is a programming error. */
    public static OutcomeStatus of(String code) {
        for (OutcomeStatus s : values()) {
            if (s.code.equals(code)) return s;
        }
        throw new IllegalStateException("unknown document outcome " + code);
    }
}
