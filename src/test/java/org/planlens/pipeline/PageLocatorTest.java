package org.planlens.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planlens.model.PageMethod;
import org.planlens.model.Place;
import org.planlens.model.SourceFormat;
import org.planlens.model.TextEncoding;
import org.planlens.text.ExtractedText;
import org.planlens.text.PageLayout;
import org.planlens.text.layout.PositionedWord;

/** Issue 20: the box of a span is the box of the page's words that print it, found in reading order. */
class PageLocatorTest {
    private static final String TEXT = "I. MỤC TIÊU\nTỷ lệ hồ sơ giải quyết đúng hạn đạt 95% trong năm 2025 theo quy"
            + " định của tỉnh về cải cách thủ tục hành chính.\n";

    /** One word a line, each 20 units high, in the order given; the page is 100 wide and 400 high. */
    private static PageLocator page(String... words) {
        List<PositionedWord> placed = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            placed.add(new PositionedWord(1, 10, 20 * i, 60, 20 * i + 18, words[i]));
        }
        PageLayout layout = new PageLayout(1, PageMethod.OCR, 90.0, 100, 400, placed);
        ExtractedText text = new ExtractedText(
                TEXT, SourceFormat.of("pdf"), 1, true, TextEncoding.UNICODE, List.of(), List.of(TEXT), List.of(layout));
        return PageLocator.of(text).orElseThrow();
    }

    @Test
    void aPageNumberThatTheTextLost_doesNotCarryTheMatchPastTheWordsBelowIt() {
        // the running page number "2" is printed on top and removed from the text; "2025" holds a 2 lines below
        String[] words = ("2 I. MỤC TIÊU Tỷ lệ hồ sơ giải quyết đúng hạn đạt 95% trong năm 2025 theo quy định của tỉnh"
                        + " về cải cách thủ tục hành chính.")
                .split(" ");
        PageLocator locator = page(words);
        int start = TEXT.indexOf("đạt 95%");
        Place place = locator.place(start, start + "đạt 95%".length());
        assertEquals(Integer.valueOf(1), place.page());
        assertNotNull(place.box(), "the words of the span are found");
        int dat = List.of(words).indexOf("đạt");
        int pct = List.of(words).indexOf("95%");
        assertEquals(20.0 * dat / 400, place.box().get(1), 1e-4);
        assertEquals((20.0 * pct + 18) / 400, place.box().get(3), 1e-4);
        assertTrue(place.box().get(0) < place.box().get(2));
    }

    @Test
    void aTableRowReadAcrossItsCells_givesEachCellTheBoxOfItsOwnWords() {
        // the text holds each cell whole, as the table reading joins it; the page's words come line by line across
        // both cells, as a reader goes over a row
        String text = "1\nTiếp tục rà soát, đơn giản hóa thủ tục hành chính thuộc thẩm quyền của huyện\n"
                + "Văn phòng HĐND và UBND huyện chủ trì thực hiện\n";
        String[][] lines = {
            {"1", "Tiếp tục rà soát, đơn giản hóa", "Văn phòng HĐND và"},
            {"", "thủ tục hành chính thuộc", "UBND huyện chủ trì"},
            {"", "thẩm quyền của huyện", "thực hiện"}
        };
        List<PositionedWord> placed = new ArrayList<>();
        for (int row = 0; row < lines.length; row++) {
            for (int cell = 0; cell < 3; cell++) {
                float x = cell * 100;
                for (String w : lines[row][cell].split(" ")) {
                    if (!w.isEmpty()) {
                        placed.add(new PositionedWord(1, x, 20 * row, x + 8, 20 * row + 18, w));
                        x += 10;
                    }
                }
            }
        }
        PageLayout layout = new PageLayout(1, PageMethod.OCR, 90.0, 300, 400, placed);
        PageLocator locator = PageLocator.of(new ExtractedText(
                        text,
                        SourceFormat.of("pdf"),
                        1,
                        true,
                        TextEncoding.UNICODE,
                        List.of(),
                        List.of(text),
                        List.of(layout)))
                .orElseThrow();
        int task = text.indexOf("Tiếp tục");
        Place taskPlace = locator.place(task, text.indexOf("\nVăn phòng"));
        assertEquals(List.of(0.3333, 0.0, 0.56, 0.145), rounded(taskPlace.box()));
        int lead = text.indexOf("Văn phòng");
        List<Double> leadBox = rounded(locator.place(lead, text.length() - 1).box());
        // the lead's lines are too short to be placed by their reading-order neighbours; what is placed of them
        // stays in their column, from the cell's first line
        assertEquals(List.of(0.6667, 0.0), leadBox.subList(0, 2));
        assertTrue(leadBox.get(2) <= 0.7933 && leadBox.get(3) <= 0.145, leadBox.toString());
    }

    private static List<Double> rounded(List<Double> box) {
        assertNotNull(box);
        return box.stream().map(v -> Math.round(v * 10000) / 10000.0).toList();
    }
}
