package org.planlens.text;

import java.util.List;
import org.planlens.model.TextEncoding;
import org.planlens.model.Warning;

/**
 * Text as a reader produced it, before repair. Pages are separated by form feeds ({@code \f}) where the format
 * has pages, so running heads and page numbers can be told from body text; {@code layout} says how each page was
 * read and where its words stand, when the reader knows.
 */
public record RawText(
        String text,
        Integer pages,
        boolean ocr,
        TextEncoding encoding,
        List<Warning> warnings,
        List<PageLayout> layout) {
    public RawText {
        warnings = List.copyOf(warnings);
        layout = List.copyOf(layout);
    }

    /** Text without page layouts (formats without pages, or whose reader knows no positions). */
    public RawText(String text, Integer pages, boolean ocr, TextEncoding encoding, List<Warning> warnings) {
        this(text, pages, ocr, encoding, warnings, List.of());
    }
}
