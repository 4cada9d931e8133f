package org.planlens.text.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TesseractWordsTest {
    @Test
    void wordRows_becomeBoxesInPoints_otherLevelsAndBlanksAreDropped() {
        String tsv = String.join(
                "\n",
                "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
                "4\t1\t1\t1\t1\t0\t100\t200\t900\t40\t-1\t",
                "5\t1\t1\t1\t1\t1\t100\t200\t120\t40\t96.1\tPhòng",
                "5\t1\t1\t1\t1\t2\t240\t200\t90\t40\t95.0\t ",
                "5\t1\t1\t1\t1\t3\t250\t200\t150\t40\t91.3\tNội");
        List<PositionedWord> words = TesseractWords.parse(tsv, 3, 300);
        assertEquals(
                List.of(
                        new PositionedWord(3, 24f, 48f, 52.8f, 57.6f, "Phòng"),
                        new PositionedWord(3, 60f, 48f, 96f, 57.6f, "Nội")),
                words);
    }
}
