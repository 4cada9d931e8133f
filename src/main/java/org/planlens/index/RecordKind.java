package org.planlens.index;

import java.util.Locale;

/** The kinds of index record; each plan gives one plan record and one record for each part. */
public enum RecordKind {
    PLAN,
    SECTION,
    TARGET,
    REFERENCE,
    AGENCY,
    TASK;

    /** The value of {@link IndexFields#KIND}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RecordKind fromCode(String code) {
        for (RecordKind k : values()) {
            if (k.code().equals(code)) return k;
        }
        throw new IllegalArgumentException(
                "unknown record kind '" + code + "'; one of plan, section, target, reference, agency, task");
    }
}
