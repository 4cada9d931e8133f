package org.planlens.model;

/** The years a plan covers; a yearly plan has from == to. */
public record Period(Integer from, Integer to) {
    public static final Period UNKNOWN = new Period(null, null);
}
