package org.planlens.text;

import java.util.List;
import org.planlens.model.TextEncoding;
import org.planlens.model.Warning;

/**
 * Text as a reader produced it, before repair. Pages are separated by form feeds ({@code \f}) where the format
 * has pages, so running heads and page numbers can be told from body text.
 */
public record RawText(String text, Integer pages, boolean ocr, TextEncoding encoding, List<Warning> warnings) {
    public RawText {
        warnings = List.copyOf(warnings);
    }
}
