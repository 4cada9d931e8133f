package org.planlens.text.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.planlens.text.layout.PositionedWord;

/**
 * A PDF page's text layer as PDFBox's text stripper writes it (content order, drawn-twice glyphs dropped), and its
 * words with their boxes. Most pages go through {@link GlyphCollector} and {@link GlyphTextAssembler}, at under half
 * the stripper's cost; a page they do not cover (rotated, article beads, glyphs not upright, vertical or Type 3 fonts,
 * right-to-left text) goes through {@link PageTextStripper}. One per document and thread.
 */
final class PdfPageReader {
    private final GlyphCollector collector = new GlyphCollector();
    private final PageGlyphs glyphs = new PageGlyphs();
    private final GlyphTextAssembler assembler = new GlyphTextAssembler();
    /** Made at the first page that needs it: most documents have none, and a stripper costs its set-up. */
    private PageTextStripper stripper;

    private List<PositionedWord> words = List.of();
    private String fallback;

    /** The text of page {@code page} (1-based) of {@code pdf}, lines and the page ended by a newline. */
    String read(PDDocument pdf, int page) throws IOException {
        PDPage pdfPage = pdf.getPage(page - 1);
        if (!pdfPage.hasContents()) {
            words = List.of();
            fallback = null;
            return "";
        }
        fallback = collector.collect(pdfPage, glyphs);
        if (fallback == null) {
            List<PositionedWord> found = new ArrayList<>();
            String text = assembler.assemble(glyphs, page, found);
            words = List.copyOf(found);
            glyphs.clear();
            return text;
        }
        glyphs.clear();
        if (stripper == null) {
            stripper = new PageTextStripper();
        }
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        String text = stripper.getText(pdf);
        words = stripper.words();
        return text;
    }

    /** The words of the page read last. */
    List<PositionedWord> words() {
        return words;
    }

    /** Why the page read last went through PDFBox's stripper; null when it did not. */
    String fallback() {
        return fallback;
    }
}
