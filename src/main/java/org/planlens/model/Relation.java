package org.planlens.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/** How a plan relates to a document it cites, at one mention (PLAN_JSON.md, mentions[].relation). */
public enum Relation {
    /** Cited under "Căn cứ": the legal basis of the plan. */
    BASIS,
    /** "Thực hiện", "triển khai": the plan carries the cited document out. */
    IMPLEMENTS,
    /** "Sửa đổi", "bổ sung": the plan changes the cited document. */
    AMENDS,
    /** "Thay thế", "bãi bỏ": the plan takes the cited document's place or repeals it. */
    REPLACES,
    /** Any other mention. */
    CITES;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Relation> of(String code) {
        for (Relation r : values()) {
            if (r.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
