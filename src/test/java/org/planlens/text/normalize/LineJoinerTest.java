package org.planlens.text.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineJoinerTest {
    private final LineJoiner joiner = new LineJoiner();

    private void assertJoined(String raw, String expected) {
        assertEquals(expected, joiner.apply(raw));
    }

    @Test
    void lowerCaseContinuationJoins() {
        assertJoined(
                "Tiếp tục thực hiện các văn bản của\n\nhuyện về công tác cải cách.\n",
                "Tiếp tục thực hiện các văn bản của huyện về công tác cải cách.\n");
    }

    @Test
    void headingsAndNumberedUnitsStayOnTheirLines() {
        assertJoined(
                "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nTiếp tục thực hiện.\n2. Yêu cầu\n",
                "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nTiếp tục thực hiện.\n2. Yêu cầu\n");
    }

    /** An appendix printed without its number ("PHỤ LỤC") under a full-width line is a unit of its own too. */
    @Test
    void anUnnumberedAppendixStaysOnItsLine() {
        String signature = "Nơi nhận: - Bộ Khoa học và Công nghệ; - Lưu: VT, KGVX. TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ"
                + " CHỦ TỊCH Huỳnh Minh Tuấn";
        assertJoined(
                signature + "\nPHỤ LỤC\nDANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM\n",
                signature + "\nPHỤ LỤC\nDANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM\n");
    }

    @Test
    void aParenthesisUnderATitleEndsItsParagraphAtAnyWidth() {
        String note = "(Kèm theo Kế hoạch số 37/KH-UBND ngày 09/02/2023 của Ủy ban nhân dân tỉnh Phú Yên)";
        assertJoined(
                "Thực hiện Kế hoạch số 4747/KH-UBND ngày 28 tháng 12 năm 2020 của\n" + note + "\nTT\nNhiệm vụ\n",
                "Thực hiện Kế hoạch số 4747/KH-UBND ngày 28 tháng 12 năm 2020 của " + note + "\nTT\nNhiệm vụ\n");
        assertJoined(
                "(Ban hành kèm theo Quyết định số 15/QĐ-UBND ngày 10/01/2022\ncủa Ủy ban nhân dân huyện)\n"
                        + "Thực hiện Nghị quyết.\n",
                "(Ban hành kèm theo Quyết định số 15/QĐ-UBND ngày 10/01/2022 của Ủy ban nhân dân huyện)\n"
                        + "Thực hiện Nghị quyết.\n");
    }

    @Test
    void aPageNumberThatBrokeASentenceIsDropped() {
        assertJoined(
                "- Năm 2023 phường đã số hóa được 65%\n2\nhồ sơ tiếp nhận.\n",
                "- Năm 2023 phường đã số hóa được 65% hồ sơ tiếp nhận.\n");
        // a row number of a table, one cell a line, is kept
        assertJoined(
                "Báo cáo kết quả\n2\nKiểm tra việc ban hành văn bản\n",
                "Báo cáo kết quả\n2\nKiểm tra việc ban hành văn bản\n");
    }

    @Test
    void aTwoPartNameBrokenAtItsDashJoinsButListItemsStayApart() {
        String wide =
                "Gắn kết quả cải cách hành chính với bình xét thi đua cuối năm của từng bộ phận. Công chức Văn hóa\n";
        assertJoined(
                wide + "- Xã hội chủ trì tuyên truyền.\n",
                wide.replace("\n", " ") + "- Xã hội chủ trì tuyên truyền.\n");
        String item = "- Phấn đấu 100% thủ tục hành chính được niêm yết công khai trên Cổng Dịch vụ công Quốc gia\n";
        assertJoined(item + "- Tỷ lệ hồ sơ đúng hạn đạt 95%.\n", item + "- Tỷ lệ hồ sơ đúng hạn đạt 95%.\n");
        assertJoined("2. Yêu cầu Văn hóa\n- Xã hội chủ trì.\n", "2. Yêu cầu Văn hóa\n- Xã hội chủ trì.\n");
    }

    @Test
    void sentenceEndStopsJoining() {
        assertJoined(
                "Căn cứ Luật Tổ chức chính quyền địa phương;\nCăn cứ Nghị quyết số 76/NQ-CP;\n",
                "Căn cứ Luật Tổ chức chính quyền địa phương;\nCăn cứ Nghị quyết số 76/NQ-CP;\n");
    }

    @Test
    void fullWidthLineJoinsAnUpperCaseContinuation() {
        String full = "Thực hiện Kế hoạch số 4747/KH-UBND ngày 28 tháng 12 năm 2020 của";
        String shortLine = "Mục tiêu";
        String text = full + "\nUBND tỉnh về cải cách hành chính.\n" + shortLine + "\nNội dung.\n";
        assertJoined(text, full + " UBND tỉnh về cải cách hành chính.\n" + shortLine + "\nNội dung.\n");
    }

    @Test
    void wordSplitByHyphenJoinsWithoutSpace() {
        assertJoined(
                "Chương trình hành động số 105-\nCTr/HU ngày 07/12/2021 của Ban Thường vụ;\n",
                "Chương trình hành động số 105-CTr/HU ngày 07/12/2021 của Ban Thường vụ;\n");
    }

    @Test
    void bulletsStartNewParagraphs() {
        assertJoined(
                "Nhiệm vụ gồm\n- Rà soát văn bản\n- Công khai thủ tục\n",
                "Nhiệm vụ gồm\n- Rà soát văn bản\n- Công khai thủ tục\n");
    }

    /** Issue 18: a web page's short lines: the type line and the text under a title in capitals start anew. */
    @Test
    void aLineInCapitals_andTheRunningTextAfterOne_startNewParagraphs() {
        assertJoined(
                "Hà Tĩnh, ngày 29 tháng 3 năm 2024\n\nKẾ HOẠCH\n\nCHUYỂN ĐỔI SỐ TỈNH HÀ TĨNH NĂM 2024\n\n"
                        + "Thực hiện Nghị quyết số 05-NQ/TU ngày 22/10/2021 của Ban Chấp hành Đảng bộ tỉnh\n",
                "Hà Tĩnh, ngày 29 tháng 3 năm 2024\nKẾ HOẠCH\nCHUYỂN ĐỔI SỐ TỈNH HÀ TĨNH NĂM 2024\n"
                        + "Thực hiện Nghị quyết số 05-NQ/TU ngày 22/10/2021 của Ban Chấp hành Đảng bộ tỉnh\n");
    }
}
