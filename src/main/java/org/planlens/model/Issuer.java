package org.planlens.model;

/** The body that issues the document, with its place in the administrative hierarchy. */
public record Issuer(String name, AdminLevel level, String commune, String district, String province) {
    public static final Issuer UNKNOWN = new Issuer(null, null, null, null, null);
}
