package org.planlens.index;

/**
 * One index record as read for a row: its plan's columns, its own columns, and its JSON (a model record).
 */
public record IndexedRecord(RowInfo plan, RowInfo info, byte[] record) {}
