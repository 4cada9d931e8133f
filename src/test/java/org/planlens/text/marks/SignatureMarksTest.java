package org.planlens.text.marks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 20 part 2: the marks an e-signature lays over a page leave its text; the document's own lines stay. */
class SignatureMarksTest {
    private static final SignatureMarks MARKS = SignatureMarks.packaged();

    private static void assertStripped(String page, String kept, List<String> dropped) {
        SignatureMarks.Stripped s = MARKS.strip(page);
        assertEquals(kept, s.text());
        assertEquals(dropped, s.dropped());
    }

    @Test
    void cornerBox_isDroppedWhole() {
        assertStripped(
                "Ký bởi: Ủy ban nhân dân xã Đông Quang\nEmail: ubnddongquang@thanhhoa.gov.vn\nCơ quan: Tỉnh Thanh Hóa\n"
                        + "Thời gian ký: 12.03.2025 08:15:22 +07:00\nỦY BAN NHÂN DÂN\nXÃ ĐÔNG QUANG",
                "ỦY BAN NHÂN DÂN\nXÃ ĐÔNG QUANG",
                List.of(
                        "Ký bởi: Ủy ban nhân dân xã Đông Quang",
                        "Email: ubnddongquang@thanhhoa.gov.vn",
                        "Cơ quan: Tỉnh Thanh Hóa",
                        "Thời gian ký: 12.03.2025 08:15:22 +07:00"));
    }

    @Test
    void ocrReadings_withBoxRulesAndLostTones_andAWrappedValue() {
        assertStripped(
                "Hồ Xuân Trường\n| Ký bới; Hồ Xuân Trường\nCơ quan phát hành: Ủy ban nhân dân xã\nĐông Quang\n"
                        + "Thời gian kỷ: 12.03.2025 08:15:22 +07:00\n2",
                "Hồ Xuân Trường\n2",
                List.of(
                        "| Ký bới; Hồ Xuân Trường",
                        "Cơ quan phát hành: Ủy ban nhân dân xã",
                        "Đông Quang",
                        "Thời gian kỷ: 12.03.2025 08:15:22 +07:00"));
        assertStripped(
                "Digitally signed by Nguyen Van A\nDate: 2025.03.12 08:15:22 +07'00'\nTrên đây là Kế hoạch",
                "Trên đây là Kế hoạch",
                List.of("Digitally signed by Nguyen Van A", "Date: 2025.03.12 08:15:22 +07'00'"));
    }

    @Test
    void documentLines_likeTheFields_stay() {
        String page = "Quyết định này có hiệu lực kể từ\nngày ký ban hành.\nCơ quan chủ trì: Phòng Nội vụ\n"
                + "Email: vanphong@hatinh.gov.vn\nCơ quan: Văn phòng UBND xã\nNgày ký kết hợp đồng: 01/3/2025\n"
                + "Loại văn bản: Quyết định\nNgười ký: Nguyễn Văn A\nNgày ban hành: 12/03/2025";
        assertStripped(page, page, List.of());
    }
}
