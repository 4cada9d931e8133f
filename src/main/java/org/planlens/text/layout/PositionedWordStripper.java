package org.planlens.text.layout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper, writing exactly the text it always writes, that also keeps the words of the page it
 * last read with their boxes: the positions come from the same pass, so a table costs no second read.
 */
public final class PositionedWordStripper extends PDFTextStripper {
    private final List<PositionedWord> words = new ArrayList<>();

    /** The words of the pages of the last {@link #getText} call (one page when start and end page are equal). */
    public List<PositionedWord> words() {
        return List.copyOf(words);
    }

    @Override
    protected void startDocument(org.apache.pdfbox.pdmodel.PDDocument document) throws IOException {
        words.clear();
        super.startDocument(document);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        super.writeString(text, positions);
        int page = getCurrentPageNo();
        List<TextPosition> word = new ArrayList<>();
        for (TextPosition p : positions) {
            String u = p.getUnicode();
            if (u == null || u.isBlank()) {
                add(page, word);
                word.clear();
            } else {
                word.add(p);
            }
        }
        add(page, word);
    }

    private void add(int page, List<TextPosition> word) {
        if (word.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        float x0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        float base = word.get(0).getYDirAdj();
        float height = 0;
        for (TextPosition p : word) {
            text.append(p.getUnicode());
            x0 = Math.min(x0, p.getXDirAdj());
            x1 = Math.max(x1, p.getXDirAdj() + p.getWidthDirAdj());
            height = Math.max(height, p.getHeightDir() > 0 ? p.getHeightDir() : p.getFontSizeInPt() * 0.7f);
        }
        if (!text.toString().isBlank()) {
            words.add(new PositionedWord(page, x0, base - Math.max(height, 0.1f), Math.max(x0, x1), base, text.toString().strip()));
        }
    }
}
