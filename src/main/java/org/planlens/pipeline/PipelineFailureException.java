package org.planlens.pipeline;

/**
 * planlens itself failed on a document (a bug, not a bad file): the batch does not skip it, so the run fails and
 * the message names the file.
 */
public final class PipelineFailureException extends RuntimeException {
    private final String location;

    public PipelineFailureException(String location, String stage, Throwable cause) {
        super("planlens failed while " + stage + " " + location + " (a bug, not a bad file): " + cause, cause);
        this.location = location;
    }

    public String location() {
        return location;
    }
}
