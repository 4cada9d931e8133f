package org.planlens.text.pdf;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.planlens.text.layout.PositionedWord;

/**
 * PDFBox's text stripper in content order (no sorting by position), dropping a glyph drawn over an earlier copy
 * of itself as PDFBox's default does, but through {@link OverlapFilter}: PDFBox's own check is a large share of
 * the extraction. As in PDFBox, a glyph inside a marked-content sequence that carries an ActualText is never
 * dropped (the ActualText replaces it). It also keeps the words of the pages it last read with their boxes: the
 * positions come from the same pass, so a table costs no second read. One per document and thread, like
 * PDFTextStripper.
 */
final class PageTextStripper extends PDFTextStripper {
    private final OverlapFilter overlaps = new OverlapFilter();
    /** For each open marked-content sequence, whether it carries an ActualText (mirrors PDFBox's own stack). */
    private final Deque<Boolean> marked = new ArrayDeque<>();

    private boolean inActualText;
    private final List<PositionedWord> words = new ArrayList<>();
    private final WordBoxBuilder box = new WordBoxBuilder();

    PageTextStripper() {
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(false);
    }

    /** The words of the pages of the last {@link #getText} call (one page when start and end page are equal). */
    List<PositionedWord> words() {
        return List.copyOf(words);
    }

    @Override
    protected void startDocument(PDDocument document) throws IOException {
        words.clear();
        super.startDocument(document);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        super.writeString(text, positions);
        int page = getCurrentPageNo();
        int start = 0;
        for (int i = 0; i < positions.size(); i++) {
            String u = positions.get(i).getUnicode();
            if (u == null || u.isBlank()) {
                addWord(page, positions, start, i);
                start = i + 1;
            }
        }
        addWord(page, positions, start, positions.size());
    }

    /** The word of positions [from, to), none of them blank. */
    private void addWord(int page, List<TextPosition> positions, int from, int to) {
        if (from >= to) {
            return;
        }
        box.start(positions.get(from).getYDirAdj());
        for (int i = from; i < to; i++) {
            TextPosition p = positions.get(i);
            box.add(p.getUnicode(), p.getXDirAdj(), p.getWidthDirAdj(), p.getHeightDir(), p.getFontSizeInPt());
        }
        box.addTo(page, words);
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
