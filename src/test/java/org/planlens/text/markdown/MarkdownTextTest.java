package org.planlens.text.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Markdown as legal-document crawlers save it reaches the text as every other reader gives it (issue 20). */
class MarkdownTextTest {
    private final MarkdownText markdown = new MarkdownText();

    private void assertLines(String source, String... expected) {
        assertEquals(
                List.of(expected),
                markdown.toText(source).lines().filter(l -> !l.isEmpty()).toList());
    }

    @Test
    void emphasisAndHeadings_becomePlainText() {
        assertLines(
                "# KẾ HOẠCH\n\n**I. MỤC\nĐÍCH, YÊU CẦU**\n\n*Căn cứ Luật Tổ chức\nChính phủ;*",
                "KẾ HOẠCH",
                "I. MỤC ĐÍCH, YÊU CẦU",
                "Căn cứ Luật Tổ chức Chính phủ;");
    }

    @Test
    void emphasisWithASpaceInside_leavesNoAsterisks_butABracketedMarkStays() {
        assertLines(
                "hộ\nkinh doanh *(HKD) *trên địa bàn **ỦY BAN NHÂN\nDÂN **\n\n** **\n\nChỉ tiêu (*) đạt 90%",
                "hộ kinh doanh (HKD) trên địa bàn ỦY BAN NHÂN DÂN", "Chỉ tiêu (*) đạt 90%");
    }

    @Test
    void listItems_keepTheirMarkersAndNumbersAsPrinted() {
        assertLines(
                "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\n1. Mục đích\n\n3. Yêu cầu\n\n+ Rà soát",
                "Nơi nhận:",
                "- Như trên;",
                "- Lưu: VT.",
                "1. Mục đích",
                "3. Yêu cầu",
                "+ Rà soát");
    }

    @Test
    void gfmTable_givesOneRowALineWithTabs() {
        assertLines(
                "| STT | Nhiệm vụ | Chủ trì |\n|---|---|---|\n| 1 | Rà soát **TTHC**<br>hằng năm | Sở Nội vụ |",
                "STT\tNhiệm vụ\tChủ trì",
                "1\tRà soát TTHC hằng năm\tSở Nội vụ");
    }

    @Test
    void flattenedHeaderTable_givesTwoRows() {
        String md = String.join(
                "\n",
                "|",
                "**ỦY BAN NHÂN",
                "DÂN**",
                "TỈNH ĐỒNG THÁP",
                "--------",
                "|",
                "**CỘNG HÒA XÃ",
                "HỘI CHỦ NGHĨA VIỆT NAM**",
                "Độc lập - Tự do - Hạnh phúc",
                "---------------",
                "|",
                "|",
                "Số: 617/KH-UBND",
                "|",
                "*Đồng Tháp,",
                "ngày 01 tháng 12 năm 2025*",
                "|",
                "",
                "",
                "**KẾ HOẠCH**");
        assertLines(
                md,
                "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc",
                "Số: 617/KH-UBND\tĐồng Tháp, ngày 01 tháng 12 năm 2025",
                "KẾ HOẠCH");
    }

    @Test
    void flattenedTaskTable_keepsGroupRowsAndEmptyCells() {
        String md = String.join(
                "\n",
                "|",
                "**STT**",
                "|",
                "**Tên nhiệm vụ**",
                "|",
                "**Chủ trì**",
                "|",
                "**Phối hợp**",
                "|",
                "|",
                "**I.",
                "NÂNG CAO NHẬN THỨC**",
                "|",
                "|",
                "1",
                "|",
                "Triển khai nền tảng",
                "đào tạo trực tuyến",
                "|",
                "Sở KH&CN",
                "|",
                "Các sở",
                "|",
                "|",
                "2",
                "|",
                "Đánh giá mức độ",
                "|",
                "|",
                "UBND các xã",
                "|",
                "|",
                "|",
                "|",
                "|",
                "");
        assertLines(
                md,
                "STT\tTên nhiệm vụ\tChủ trì\tPhối hợp",
                "I. NÂNG CAO NHẬN THỨC",
                "1\tTriển khai nền tảng đào tạo trực tuyến\tSở KH&CN\tCác sở",
                "2\tĐánh giá mức độ\t\tUBND các xã");
    }

    /**
     * Quyết định 2629/QĐ-TTg, Phụ lục II: a group row over a group row ("III" then "III.1"), each of two cells in a
     * table five wide; Quyết định 2530/QĐ-TTg, Phụ lục I: a numbered row of five cells over two sub-rows of two whose
     * number, lead and group cells were merged over them. Each stays a row of its own.
     */
    @Test
    void flattenedRowsShortOfTheWidth_groupOverGroup_andSubRows_stayRowsOfTheirOwn() {
        String md = String.join(
                "\n",
                "|",
                "**STT**",
                "|",
                "**Cơ quan chủ trì**",
                "|",
                "**Thuộc nhóm nhiệm vụ**",
                "|",
                "**Nội dung nhiệm vụ**",
                "|",
                "**Thời hạn hoàn thành**",
                "|",
                "|",
                "**III**",
                "|",
                "**Phát triển các ứng dụng**",
                "|",
                "|",
                "**III.1**",
                "|",
                "**Nhóm ứng dụng quy mô quốc gia**",
                "|",
                "|",
                "1",
                "|",
                "Bộ Nông nghiệp và Môi trường",
                "|",
                "Hoàn thiện hệ thống chính sách",
                "|",
                "- Hoàn thiện Nghị định về xử lý vi phạm hành chính.",
                "|",
                "Quý I năm 2026",
                "|",
                "|",
                "- Rà soát, cập nhật các hướng dẫn kỹ thuật.",
                "|",
                "Giai đoạn 2026 - 2027",
                "|",
                "|",
                "- Xây dựng quy chế phối hợp liên vùng.",
                "|",
                "Ban hành trong năm 2026",
                "|",
                "");
        assertLines(
                md,
                "STT\tCơ quan chủ trì\tThuộc nhóm nhiệm vụ\tNội dung nhiệm vụ\tThời hạn hoàn thành",
                "III\tPhát triển các ứng dụng",
                "III.1\tNhóm ứng dụng quy mô quốc gia",
                "1\tBộ Nông nghiệp và Môi trường\tHoàn thiện hệ thống chính sách\t- Hoàn thiện Nghị định về xử lý vi "
                        + "phạm hành chính.\tQuý I năm 2026",
                "- Rà soát, cập nhật các hướng dẫn kỹ thuật.\tGiai đoạn 2026 - 2027",
                "- Xây dựng quy chế phối hợp liên vùng.\tBan hành trong năm 2026");
    }

    @Test
    void signatureTable_putsTheRecipientsListAndTheSignerInOneRow() {
        String md = String.join(
                "\n",
                "xem xét, quyết định./.",
                "",
                "",
                "|",
                "*Nơi nhận:*",
                "- Bộ Khoa học và Công nghệ;",
                "- Lưu: VT.",
                "|",
                "**TM. ỦY BAN",
                "NHÂN DÂN**",
                "KT. CHỦ TỊCH",
                "**PHÓ CHỦ TỊCH**",
                "**Huỳnh Minh Tuấn**",
                "|",
                "",
                "",
                "**PHỤ LỤC**");
        assertLines(
                md,
                "xem xét, quyết định./.",
                "Nơi nhận: - Bộ Khoa học và Công nghệ; - Lưu: VT.\t"
                        + "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Huỳnh Minh Tuấn",
                "PHỤ LỤC");
    }

    @Test
    void pageWithoutBlankLines_endsTheTableBeforeALongBlock_andSplitsParagraphsAtSentences() {
        StringBuilder body =
                new StringBuilder("**THÔNG BÁO**\nKẾT LUẬN CỦA PHÓ THỦ TƯỚNG VỀ NGHỊ QUYẾT\nSỐ 66-NQ/TW\n");
        body.append("Sau khi nghe báo cáo của Bộ\nTư pháp, Phó Thủ tướng kết luận như sau:\n");
        for (int i = 1; i <= FlattenedTables.MAX_CELL_LINES; i++) {
            body.append(i)
                    .append(". Các Bộ, cơ quan thực hiện nhiệm vụ số\n")
                    .append(i)
                    .append(".\n");
        }
        String md = "|\nSố: 659/TB-VPCP\n|\n*Hà Nội, ngày 29 tháng 11 năm 2025*\n|\n" + body + "|\n*Nơi nhận:*\n|\n";
        List<String> lines = markdown.toText(md).lines().toList();
        assertEquals("Số: 659/TB-VPCP\tHà Nội, ngày 29 tháng 11 năm 2025", lines.get(0));
        assertEquals("THÔNG BÁO", lines.get(2));
        assertEquals("KẾT LUẬN CỦA PHÓ THỦ TƯỚNG VỀ NGHỊ QUYẾT SỐ 66-NQ/TW", lines.get(3));
        assertEquals("Sau khi nghe báo cáo của Bộ Tư pháp, Phó Thủ tướng kết luận như sau:", lines.get(4));
        assertEquals("1. Các Bộ, cơ quan thực hiện nhiệm vụ số 1.", lines.get(5));
        assertEquals("Nơi nhận:", lines.getLast());
    }

    @Test
    void appendixHeadingAfterTheSignatureTable_isNoCell() {
        String md = String.join(
                "\n",
                "|",
                "Nơi nhận:",
                "- Lưu: VT.",
                "|",
                "**THỦ TƯỚNG**",
                "Phạm Minh Chính",
                "|",
                "**PHỤ LỤC I**",
                "TỔNG HỢP KẾT QUẢ",
                "|",
                "**STT**",
                "|",
                "**Bộ, cơ quan**",
                "|",
                "|",
                "1",
                "|",
                "Bộ Công an",
                "|");
        assertLines(
                md,
                "Nơi nhận: - Lưu: VT.\tTHỦ TƯỚNG Phạm Minh Chính",
                "PHỤ LỤC I",
                "TỔNG HỢP KẾT QUẢ",
                "STT\tBộ, cơ quan",
                "1\tBộ Công an");
    }

    @Test
    void rawHtmlAndLinks_keepTheirText() {
        assertLines(
                "Xem [Nghị quyết 76/NQ-CP](https://example.vn/76) ![logo](a.png)\n\n<p>Điều 1.<br>Ban hành</p>",
                "Xem Nghị quyết 76/NQ-CP",
                "Điều 1.",
                "Ban hành");
    }
}
