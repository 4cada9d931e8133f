package org.planlens.pipeline;

/**
 * Plan ids come from the bytes alone (a SHA-256 prefix), so the same file gives the same id wherever it sits,
 * whatever it is called and whatever the extraction rules make of it.
 */
public final class PlanIds {
    private static final int HEX_CHARS = 20;

    private PlanIds() {}

    public static String fromSha256(String sha256) {
        return "plan-" + sha256.substring(0, HEX_CHARS);
    }
}
