package org.planlens.text.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planlens.model.Warning;
import org.planlens.model.WarningCode;
import org.planlens.rules.ModelData;

/** A saved page keeps its document and drops the site around it, saying what went (issue 20). */
class SiteChromeTest {
    private final SiteChrome chrome = new SiteChrome(ModelData.packaged());

    private static String lines(String... l) {
        return String.join("\n", l) + "\n";
    }

    @Test
    void pageWithMenusBeforeAndRelatedDocumentsAfter_keepsHeaderToSignature() {
        String page = lines(
                "Trang chủ | Văn bản pháp luật",
                "Đăng nhập để xem toàn văn",
                "Số hiệu: 617/KH-UBND Loại văn bản: Kế hoạch",
                "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc",
                "Số: 617/KH-UBND\tĐồng Tháp, ngày 01 tháng 12 năm 2025",
                "KẾ HOẠCH",
                "I. MỤC ĐÍCH, YÊU CẦU",
                "Nơi nhận: - Bộ Khoa học và Công nghệ; - Lưu: VT.\tKT. CHỦ TỊCH PHÓ CHỦ TỊCH Huỳnh Minh Tuấn",
                "Kế hoạch 617/KH-UBND năm 2025 chuyển đổi số do Ủy ban nhân dân tỉnh Đồng Tháp ban hành",
                "Văn bản liên quan",
                "Bản quyền © Cơ sở dữ liệu văn bản");
        SiteChrome.Trimmed t = chrome.trim(page);
        List<String> kept = t.text().lines().toList();
        assertTrue(kept.getFirst().startsWith("ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP"), kept.toString());
        assertTrue(kept.getLast().endsWith("Huỳnh Minh Tuấn"), kept.toString());
        assertEquals(2, t.warnings().size());
        assertTrue(t.warnings().stream().allMatch(w -> w.code() == WarningCode.SITE_TEXT_DROPPED));
        assertTrue(
                t.warnings().get(0).message().contains("\"Trang chủ | Văn bản pháp luật"),
                t.warnings().toString());
        assertTrue(
                t.warnings().get(1).message().contains("\"Kế hoạch 617/KH-UBND năm 2025"),
                t.warnings().toString());
    }

    @Test
    void signatureOnLinesOfItsOwn_endsAfterTheSignersName() {
        String page = lines(
                "Tin tức | Thông báo",
                "ỦY BAN NHÂN DÂN",
                "XÃ TÂN MINH",
                "",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "Số: /KH-UBND",
                "KẾ HOẠCH",
                "Nơi nhận:",
                "- UBND huyện;",
                "- Lưu: VP.",
                "TM. ỦY BAN NHÂN DÂN",
                "CHỦ TỊCH",
                "(Đã ký)",
                "Đinh Văn Nhanh",
                "Lượt xem: 125",
                "Tin cùng chuyên mục");
        List<String> kept = chrome.trim(page).text().lines().toList();
        assertEquals("ỦY BAN NHÂN DÂN", kept.getFirst());
        assertEquals("Đinh Văn Nhanh", kept.getLast());
    }

    @Test
    void appendixAfterTheSignature_staysUpToTheSitesOwnLines() {
        String page = lines(
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Số: 220/CĐ-TTg",
                "CÔNG ĐIỆN",
                "Nơi nhận: - Như trên; - Lưu: VT.\tTHỦ TƯỚNG Phạm Minh Chính",
                "PHỤ LỤC I",
                "STT\tBộ, cơ quan\tĐơn giản hóa\tBãi bỏ",
                "1\tBộ Công an\t0\t54",
                "Công điện 220/CĐ-TTg tập trung hoàn thành thực thi các phương án do Thủ tướng Chính phủ điện",
                "Văn bản liên quan");
        SiteChrome.Trimmed t = chrome.trim(page);
        assertEquals("1\tBộ Công an\t0\t54", t.text().lines().toList().getLast());
        assertEquals(1, t.warnings().size());
    }

    @Test
    void planIssuedByADecision_staysAfterTheDecisionsSignature() {
        String page = lines(
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Số: 2820/QĐ-UBND",
                "QUYẾT ĐỊNH",
                "Nơi nhận: - Như Điều 3; - Lưu: VT.\tKT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Lộc Hà",
                "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH",
                "KẾ HOẠCH",
                "Triển khai Quyết định số 06/QĐ-TTg",
                "(Kèm theo Quyết định số 2820/QĐ-UBND)",
                "I. MỤC ĐÍCH");
        SiteChrome.Trimmed t = chrome.trim(page);
        assertEquals("I. MỤC ĐÍCH", t.text().lines().toList().getLast());
        assertEquals(List.of(), t.warnings());
    }

    /** The text a decision issues may print its own title in capitals above its "(Ban hành kèm theo ...)" line. */
    @Test
    void issuedTextTitledAboveItsAttachedLine_staysAfterTheDecisionsSignature() {
        String page = lines(
                "BỘ NỘI VỤ",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Số: 1378/QĐ-BNV",
                "QUYẾT ĐỊNH",
                "Nơi nhận:",
                "- Như Điều 3;",
                "KT. BỘ TRƯỞNG",
                "THỨ TRƯỞNG",
                "Vũ Chiến Thắng",
                "",
                "THỦ TỤC HÀNH CHÍNH NỘI BỘ GIỮA CÁC CƠ QUAN HÀNH CHÍNH NHÀ NƯỚC LĨNH VỰC TỔ CHỨC - BIÊN CHẾ THUỘC"
                        + " PHẠM VI CHỨC NĂNG QUẢN LÝ CỦA BỘ NỘI VỤ",
                "(Ban hành kèm theo Quyết định số 1378/QĐ-BNV ngày 25 tháng 11 năm 2025 của Bộ trưởng Bộ Nội vụ)",
                "PHẦN I. DANH MỤC THỦ TỤC HÀNH CHÍNH");
        SiteChrome.Trimmed t = chrome.trim(page);
        assertEquals(
                "PHẦN I. DANH MỤC THỦ TỤC HÀNH CHÍNH", t.text().lines().toList().getLast());
        assertEquals(List.of(), t.warnings());
        String related = lines(
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Số: 1378/QĐ-BNV",
                "QUYẾT ĐỊNH",
                "Nơi nhận:",
                "KT. BỘ TRƯỞNG",
                "Vũ Chiến Thắng",
                "",
                "CÁC VĂN BẢN CÙNG LĨNH VỰC ĐƯỢC BẠN ĐỌC QUAN TÂM NHIỀU NHẤT TRÊN TRANG THÔNG TIN PHÁP LUẬT TRONG THÁNG",
                "Quyết định 12/QĐ-BNV về công bố thủ tục hành chính");
        assertEquals(
                "Vũ Chiến Thắng",
                chrome.trim(related).text().strip().lines().toList().getLast());
    }

    @Test
    void siteTextRunIntoTheSignatureRow_isCutAfterTheSignersCell() {
        String page = lines(
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Số: 4240/UBND-VX",
                "Đề nghị các cơ quan, đơn vị khẩn trương triển khai, thực hiện./.",
                "Nơi nhận: - Như trên; - Lưu: VT.\tKT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Mạnh Cường"
                        + "\tCông văn 4240/UBND-VX năm 2025 khẩn trương hoàn thành do Ủy ban nhân dân ban hành",
                "Địa chỉ: 17 Nguyễn Gia Thiều");
        SiteChrome.Trimmed t = chrome.trim(page);
        assertEquals(
                "Nơi nhận: - Như trên; - Lưu: VT.\tKT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Mạnh Cường",
                t.text().lines().toList().getLast());
        assertTrue(
                t.warnings().getLast().message().contains("\"Công văn 4240/UBND-VX năm 2025"),
                t.warnings().toString());
    }

    @Test
    void appendixFlattenedIntoTheSignatureRow_staysAsTheDocumentsOwn() {
        String page = lines(
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Số: 1609/QĐ-TTPVHCC",
                "QUYẾT ĐỊNH",
                "Nơi nhận: - Như Điều 4; - Lưu: VT.\tGIÁM ĐỐC Cù Ngọc Trang\t"
                        + "\tPHỤ LỤC 1 DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG\tSTT\tCăn cứ pháp lý"
                        + "\t1\tLuật Đấu thầu số 22/2023/QH15",
                "Quyết định 1609/QĐ-TTPVHCC năm 2025 công bố danh mục do Hà Nội ban hành",
                "Văn bản liên quan");
        SiteChrome.Trimmed t = chrome.trim(page);
        List<String> kept = t.text().lines().toList();
        assertEquals("Nơi nhận: - Như Điều 4; - Lưu: VT.\tGIÁM ĐỐC Cù Ngọc Trang", kept.get(3));
        assertEquals(
                "PHỤ LỤC 1 DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG\tSTT\tCăn cứ pháp lý"
                        + "\t1\tLuật Đấu thầu số 22/2023/QH15",
                kept.getLast());
        assertEquals(1, t.warnings().size());
        assertTrue(
                t.warnings().getFirst().message().contains("\"Quyết định 1609"),
                t.warnings().toString());
    }

    @Test
    void footnotesUnderTheSignature_stayUpToTheSitesTitleLine() {
        String page = lines(
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Số: 10988/BNV-CQĐP",
                "Bộ Nội vụ đề nghị các địa phương tuyên truyền[2].",
                "Nơi nhận: - Như trên; - Lưu: VT, Vụ CQĐP.\tKT. BỘ TRƯỞNG THỨ TRƯỞNG Trương Hải Long",
                "",
                "[1] Hồ sơ dự thảo Nghị định hướng dẫn. [2] Ban Bí thư đã có Kết luận số 212-KL/TW ngày 18/11/2025.",
                "Công văn 10988/BNV-CQĐP năm 2025 tuyên truyền chủ trương do Bộ Nội vụ ban hành",
                "Văn bản liên quan");
        SiteChrome.Trimmed t = chrome.trim(page);
        assertTrue(t.text().lines().toList().getLast().startsWith("[1] Hồ sơ dự thảo"), t.text());
        assertEquals(1, t.warnings().size());
    }

    @Test
    void portalBannerWithTheMotto_isNotTheDocumentsHeader() {
        String page = lines(
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Cổng thông tin điện tử xã Long Phụng",
                "Giới thiệu",
                "Tin tức",
                "Thủ tục hành chính",
                "Liên hệ",
                "Sơ đồ",
                "Hỏi đáp",
                "Video",
                "Ảnh",
                "Văn bản",
                "Lịch công tác",
                "Dịch vụ công",
                "Góp ý",
                "Tìm kiếm",
                "ỦY BAN NHÂN DÂN XÃ LONG PHỤNG",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Số: 12/KH-UBND",
                "KẾ HOẠCH");
        assertEquals(
                "ỦY BAN NHÂN DÂN XÃ LONG PHỤNG",
                chrome.trim(page).text().lines().findFirst().orElseThrow());
    }

    @Test
    void documentWithoutItsHeader_opensOnItsIssuerLine_notOnItsAppendixHeader() {
        String page = lines(
                "Trang chủ",
                "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN BÁC ÁI",
                "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ;",
                "QUYẾT ĐỊNH:",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "PHỤ LỤC");
        assertEquals(
                "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN BÁC ÁI",
                chrome.trim(page).text().lines().findFirst().orElseThrow());
    }

    @Test
    void seedsAsPlainText_areLeftWhole() throws Exception {
        for (String seed : List.of("003_a473bff622232a9a.txt", "004_55605d56893740eb.txt")) {
            String text = Files.readString(Path.of("corpus", seed), StandardCharsets.UTF_8);
            SiteChrome.Trimmed t = chrome.trim(text);
            assertEquals(List.<Warning>of(), t.warnings(), seed);
        }
    }

    @Test
    void listSentWithTheLetterBeforeItsAppendix_staysWithTheAppendix() {
        // công văn 6225/BVHTTDL-VP: the list of documents issued, then the appendix of tasks, after the signature
        String page = lines(
                "Số hiệu:\t6225/BVHTTDL-VP",
                "Kính gửi:\t- Các cơ quan tham mưu quản lý nhà nước thuộc Bộ;",
                "1. Thủ trưởng các cơ quan, đơn vị được giao nhiệm vụ",
                "Nơi nhận: - Như trên; - Lưu: VT, VP (HC), Tài (25).\tBỘ TRƯỞNG Nguyễn Văn Hùng",
                "Danh mục các văn bản đã ban hành",
                "I. QUYẾT ĐỊNH",
                "1. Quyết định số 1381/QĐ-BVHTTDL ngày 15/5/2025 của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch.",
                "PHỤ LỤC DANH MỤC CÁC NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM TRIỂN KHAI TRONG NHỮNG THÁNG CUỐI NĂM 2025",
                "STT\tTên nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp",
                "1\tXây dựng bộ quy tắc ứng xử văn hóa trên môi trường số\tCục Phát thanh truyền hình\tCác đơn vị",
                "Văn bản liên quan");
        List<String> kept = chrome.trim(page).text().lines().toList();
        assertEquals("Danh mục các văn bản đã ban hành", kept.get(4));
        assertTrue(kept.getLast().startsWith("1\tXây dựng bộ quy tắc"), kept.toString());
    }

    @Test
    void letterWhoseListAfterTheSignatureHasNoAppendix_endsAtTheSignature() {
        String page = lines(
                "Số hiệu:\t6225/BVHTTDL-VP",
                "Nơi nhận: - Như trên; - Lưu: VT.\tBỘ TRƯỞNG Nguyễn Văn Hùng",
                "Tin cùng chuyên mục",
                "Hướng dẫn thực hiện phụ lục kèm theo");
        List<String> kept = chrome.trim(page).text().lines().toList();
        assertTrue(kept.getLast().endsWith("Nguyễn Văn Hùng"), kept.toString());
    }

    @Test
    void appendixSavedAsItsOwnPage_opensAtItsHeadingNotAtABodyItsTableNames() {
        // Quyết định 2530/QĐ-TTg, Phụ lục I: group rows name the lead body in capitals
        String page = lines(
                "PHỤ LỤC I BẢNG PHÂN CÔNG THỰC HIỆN CÁC NHIỆM VỤ, GIẢI PHÁP TẠI KẾ HOẠCH HÀNH ĐỘNG QUỐC GIA",
                "STT\tCơ quan chủ trì\tCơ quan phối hợp\tNội dung nhiệm vụ",
                "A.\tBỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
                "1\tBộ Nông nghiệp và Môi trường\t- Bộ Khoa học và Công nghệ\tHoàn thiện hệ thống chính sách",
                "N.\tUBND THÀNH PHỐ HÀ NỘI VÀ UBND THÀNH PHỐ HỒ CHÍ MINH",
                "1\tUBND thành phố Hà Nội, UBND Thành phố Hồ Chí Minh\tCác bộ, ngành liên quan\tQuản lý phát thải");
        SiteChrome.Trimmed t = chrome.trim(page);
        assertTrue(t.text().startsWith("PHỤ LỤC I BẢNG PHÂN CÔNG"), t.text());
        assertTrue(t.warnings().isEmpty(), t.warnings().toString());
    }
}
