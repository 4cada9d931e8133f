package org.planlens.extract.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.planlens.rules.ModelData;

/**
 * A cell dangles when its last word or last two words join to the next line (read from the end, white space of any
 * run between them), and a cell opens with a body when it starts with a head noun as a whole word.
 */
class TableCuesTest {
    private static final TableCues CUES = new TableCues(ModelData.packaged());

    @Test
    void dangles_onTheLastWordOrTwo() {
        assertTrue(CUES.dangles("Báo cáo của"));
        assertTrue(CUES.dangles("Kế hoạch giai  đoạn"));
        assertTrue(CUES.dangles("Phòng Nội vụ trực\tthuộc "));
        assertTrue(CUES.dangles("Hàng năm,"));
        assertTrue(CUES.dangles("Phòng"));
        assertFalse(CUES.dangles("đoạn"));
        assertFalse(CUES.dangles("giai đoạn 2021"));
        assertFalse(CUES.dangles("Quý IV"));
        assertFalse(CUES.dangles("   "));
    }

    @Test
    void opensBody_withAWholeHeadNoun() {
        assertTrue(CUES.opensBody("UBND các xã"));
        assertTrue(CUES.opensBody("Các Ủy ban nhân dân xã"));
        assertTrue(CUES.opensBody("UBND, công an xã"));
        assertFalse(CUES.opensBody("UBNDx"));
        assertFalse(CUES.opensBody("Hàng năm"));
        assertFalse(CUES.opensBody(""));
        assertFalse(CUES.opensBody("Các "));
    }

    /** A header cell names its column in capitals or sentence case, with "/" and commas in it; "Chỉ tiêu" first. */
    @Test
    void headerCell_namesItsColumn() {
        assertEquals(TableCues.HeaderCell.TASK, CUES.headerCell("Tên nhiệm vụ/dự án"));
        assertEquals(TableCues.HeaderCell.LEAD, CUES.headerCell("Cơ quan, đơn vị chủ trì"));
        assertEquals(TableCues.HeaderCell.COORDINATE, CUES.headerCell("CƠ QUAN PHỐI HỢP"));
        assertEquals(TableCues.HeaderCell.TIME, CUES.headerCell("Thời gian dự kiến hoàn thành"));
        assertEquals(TableCues.HeaderCell.OUTPUT, CUES.headerCell("Kết quả dự kiến"));
        assertEquals(TableCues.HeaderCell.NUMBER, CUES.headerCell("STT"));
        assertEquals(TableCues.HeaderCell.INDICATOR, CUES.headerCell("Nội dung chỉ tiêu"));
        assertEquals(TableCues.HeaderCell.OTHER, CUES.headerCell("Nguồn kinh phí"));
        assertEquals(TableCues.HeaderCell.OTHER, CUES.headerCell("Bộ, cơ quan"));
        assertEquals(TableCues.HeaderCell.OTHER, CUES.headerCell("Văn bản giao nhiệm vụ"));
    }
}
