package org.planlens.model;

/** A date of which only some parts may be printed; missing parts are null. */
public record PartialDate(Integer year, Integer month, Integer day) {
    public static final PartialDate UNKNOWN = new PartialDate(null, null, null);
}
