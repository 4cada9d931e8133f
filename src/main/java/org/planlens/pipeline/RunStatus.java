package org.planlens.pipeline;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a run ended: completed, or failed and by what; written as {@code completed} or {@code failed: <what>}. */
public record RunStatus(State state, String failure) {
    public enum State {
        COMPLETED,
        FAILED
    }

    public static RunStatus completed() {
        return new RunStatus(State.COMPLETED, null);
    }

    public static RunStatus failed(String failure) {
        return new RunStatus(State.FAILED, failure);
    }

    public boolean isCompleted() {
        return state == State.COMPLETED;
    }

    @JsonValue
    @Override
    public String toString() {
        return state == State.COMPLETED ? "completed" : "failed: " + failure;
    }
}
