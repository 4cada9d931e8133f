package org.planlens.pipeline;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What became of one document in a run, as the run journal and a partition's step context name it. */
public enum OutcomeStatus {
    /** Its plan was written. */
    EXPORTED,
    /** Its plan was already there, or this run wrote it from another copy of the same bytes. */
    UNCHANGED,
    /** It could not be read. */
    FAILED,
    /** The plan its source gave before was deleted: the source now holds other bytes. */
    SUPERSEDED;

    /** Its name in lower case, as the JSON writes it. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status named {@code code}; an unknown name is a programming error. */
    public static OutcomeStatus of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
