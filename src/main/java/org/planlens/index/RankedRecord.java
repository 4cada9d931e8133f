package org.planlens.index;

/** A full-text hit: its score, the record, and the best passage of its text with the matches marked «so». */
public record RankedRecord(float score, IndexedRecord record, String snippet) {}
