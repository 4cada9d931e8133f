package org.planlens.query;

/**
 * A row of one plan's record: its first columns are its plan's ({@link PlanRef}), held as one component that the
 * JSON and CSV writers flatten ({@code @JsonUnwrapped}), and read here by name as if they were the row's own.
 */
public interface PlanColumns {
    PlanRef plan();

    default String planId() {
        return plan().planId();
    }

    default String file() {
        return plan().file();
    }

    default String issuer() {
        return plan().issuer();
    }

    default String level() {
        return plan().level();
    }

    default String commune() {
        return plan().commune();
    }

    default String district() {
        return plan().district();
    }

    default String province() {
        return plan().province();
    }

    default Integer year() {
        return plan().year();
    }
}
