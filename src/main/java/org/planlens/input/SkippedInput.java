package org.planlens.input;

/** A file found under the inputs that is not read as a plan, and why (not a failure). */
public record SkippedInput(String location, String reason) {}
