package org.planlens.text;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.planlens.model.SourceFormat;
import org.planlens.model.TextEncoding;
import org.planlens.model.Warning;

/**
 * The text of a document after reading and repair, with how it was obtained; for a source with pages, each page's
 * text as read (before repair) and its layout, from which offsets are placed on pages (the pipeline's
 * {@code PageLocator}, outside the reading code, so changing it keeps the texts cached).
 */
public record ExtractedText(
        String text,
        SourceFormat format,
        Integer pages,
        boolean ocr,
        TextEncoding encoding,
        List<Warning> warnings,
        List<String> pageTexts,
        List<PageLayout> layout) {
    public ExtractedText {
        warnings = List.copyOf(warnings);
        pageTexts = List.copyOf(pageTexts);
        layout = List.copyOf(layout);
    }

    public ExtractedText(
            String text,
            SourceFormat format,
            Integer pages,
            boolean ocr,
            TextEncoding encoding,
            List<Warning> warnings) {
        this(text, format, pages, ocr, encoding, warnings, List.of(), List.of());
    }

    /** The words with digits Tesseract read with low confidence, on every OCRed page. */
    public Set<String> doubtfulWords() {
        Set<String> out = new LinkedHashSet<>();
        layout.forEach(l -> out.addAll(l.doubtful()));
        return out;
    }
}
