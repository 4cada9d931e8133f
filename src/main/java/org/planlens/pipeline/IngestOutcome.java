package org.planlens.pipeline;

import org.planlens.input.InputDocument;
import org.planlens.model.Plan;

/**
 * What reading one document came to: a new plan to write, or nothing to do because the same bytes were already
 * exported with the same pipeline.
 *
 * @param plan the plan, or null when unchanged
 * @param text the normalised text, or null when unchanged
 * @param json the plan's export, or null when unchanged
 */
public record IngestOutcome(InputDocument input, String planId, Plan plan, String text, byte[] json, long millis) {
    public boolean unchanged() {
        return plan == null;
    }
}
