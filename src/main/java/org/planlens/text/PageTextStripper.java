package org.planlens.text;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper in content order (no sorting by position), dropping a glyph drawn over an earlier copy
 * of itself as PDFBox's default does, but through {@link OverlapFilter}: PDFBox's own check costs a quarter of
 * the extraction. As in PDFBox, a glyph inside a marked-content sequence that carries an ActualText is never
 * dropped (the ActualText replaces it). One per document and thread, like PDFTextStripper.
 */
final class PageTextStripper extends PDFTextStripper {
    private final OverlapFilter overlaps = new OverlapFilter();
    /** For each open marked-content sequence, whether it carries an ActualText (mirrors PDFBox's own stack). */
    private final Deque<Boolean> marked = new ArrayDeque<>();
    private boolean inActualText;

    PageTextStripper() {
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(false);
    }

    @Override
    public void processPage(PDPage page) throws IOException {
        overlaps.clear();
        super.processPage(page);
    }

    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
        boolean actual = PDMarkedContent.create(tag, properties).getActualText() != null;
        marked.push(actual);
        inActualText = actual;
        super.beginMarkedContentSequence(tag, properties);
    }

    @Override
    public void endMarkedContentSequence() {
        if (!marked.isEmpty()) {
            if (marked.peek()) {
                inActualText = false;
            }
            marked.pop();
        }
        super.endMarkedContentSequence();
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        if (!inActualText && overlaps.overlapsEarlier(text)) {
            return;
        }
        super.processTextPosition(text);
    }
}
