package org.planlens.text;

import java.util.List;
import org.planlens.model.SourceFormat;
import org.planlens.model.TextEncoding;
import org.planlens.model.Warning;

/** The text of a document after reading and repair, with how it was obtained. */
public record ExtractedText(
        String text, SourceFormat format, Integer pages, boolean ocr, TextEncoding encoding, List<Warning> warnings) {
    public ExtractedText {
        warnings = List.copyOf(warnings);
    }
}
