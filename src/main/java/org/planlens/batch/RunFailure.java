package org.planlens.batch;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Why a run failed, in one line: the innermost cause of each failure (a full disk is "IOException: No space left
 * on device", not the chain of wrappers the step and job add around it).
 */
public final class RunFailure {
    private RunFailure() {}

    public static String describe(List<Throwable> failures) {
        Set<String> lines = new LinkedHashSet<>();
        for (Throwable t : failures) {
            lines.add(line(t));
        }
        return lines.isEmpty() ? "unknown reason" : String.join("; ", lines);
    }

    /** The innermost cause as {@code Kind: message}. */
    public static String line(Throwable t) {
        Throwable root = t;
        Set<Throwable> seen = new HashSet<>();
        while (root.getCause() != null && seen.add(root)) {
            root = root.getCause();
        }
        String message = root.getMessage();
        String kind = root.getClass().getSimpleName();
        return message == null
                ? kind
                : kind + ": " + message.lines().findFirst().orElse("");
    }
}
