package org.planlens.model;

/** Where the plan came from and how its text was obtained. */
public record SourceInfo(
        String file,
        String sha256,
        SourceFormat format,
        Integer pages,
        boolean ocr,
        TextEncoding encoding,
        int textChars) {}
