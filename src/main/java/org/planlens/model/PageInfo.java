package org.planlens.model;

/**
 * How one page was read (PLAN_JSON.md, source.pageInfo): {@code method} is {@code text}, {@code ocr}, {@code legacy}
 * or {@code mixed}; {@code ocrConfidence} Tesseract's mean word confidence (0-100) for an OCRed page, else null.
 */
public record PageInfo(int page, PageMethod method, Double ocrConfidence) {}
