package org.planlens.model;

/** Who signs the document and their own post. */
public record Signer(String name, String title) {
    public static final Signer UNKNOWN = new Signer(null, null);
}
