package org.planlens.bench;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.planlens.text.pdf.TextOperators;

/**
 * PDFBox's content-stream pass over every page as its glyph callbacks give it: the operators PDFTextStripper runs,
 * each glyph decoded, measured and placed by PDFBox's own showText, and its Unicode, nothing else (no text positions
 * kept, no lines or words made). What any reader built on PDFBox's showGlyph pays; planlens's reader decodes the
 * common fonts itself and goes below it.
 */
final class PdfGlyphPass extends PDFStreamEngine {
    private long chars;

    PdfGlyphPass() {
        TextOperators.addTo(this);
    }

    /** Runs the pass over every page of {@code file}; returns the characters of Unicode its glyphs map to. */
    long read(Path file) throws IOException {
        chars = 0;
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            for (PDPage page : pdf.getPages()) {
                processPage(page);
            }
        }
        return chars;
    }

    @Override
    protected void showGlyph(Matrix rendering, PDFont font, int code, Vector displacement) throws IOException {
        String unicode = font.toUnicode(code);
        if (unicode != null) {
            chars += unicode.length();
        }
    }
}
