package org.planlens.model;

/** A numbered structural unit; {@code path} as in GOLD.md ("II.2.a", "Điều 1", "PL"). */
public record Section(
        String id, String path, String heading, int level, String parentId, Pillar pillar, int start, int end) {}
