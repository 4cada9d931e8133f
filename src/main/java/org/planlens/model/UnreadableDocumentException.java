package org.planlens.model;

/**
 * A document that cannot be read into a plan: empty, corrupt, encrypted, of an unknown format, too large,
 * too slow. The batch skips it and reports {@code location} and the reason; it never stops the run.
 */
public class UnreadableDocumentException extends Exception {
    private final String location;

    public UnreadableDocumentException(String location, String reason) {
        super(reason);
        this.location = location;
    }

    public UnreadableDocumentException(String location, String reason, Throwable cause) {
        super(reason, cause);
        this.location = location;
    }

    public String location() {
        return location;
    }

    /** The reason alone, without the location. */
    public String reason() {
        return getMessage();
    }
}
