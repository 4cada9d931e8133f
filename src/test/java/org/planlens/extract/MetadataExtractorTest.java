package org.planlens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.planlens.model.Metadata;
import org.planlens.rules.ModelData;
import org.planlens.structure.SectionParser;

/** Header and signature lines (separated by " / ") and one field the extractor must read from them. */
class MetadataExtractorTest {
    private static final ModelData MODELS = ModelData.packaged();
    private static final MetadataExtractor EXTRACTOR = new MetadataExtractor(MODELS);
    private static final SectionParser SECTIONS = new SectionParser(MODELS);

    private static Metadata read(String lines) {
        String text = lines.replace(" / ", "\n");
        return EXTRACTOR.extract(text, SECTIONS.parse(text));
    }

    private static void assertField(String lines, String field, Object expected) {
        Metadata m = read(lines);
        Object got = switch (field) {
            case "type" -> m.documentType().code();
            case "number" -> m.number();
            case "date" ->
                m.issueDate().year() + "-" + m.issueDate().month() + "-"
                        + m.issueDate().day();
            case "issuer" ->
                m.issuer().name() + " | " + m.issuer().level().code() + " | "
                        + m.issuer().commune() + " | " + m.issuer().district() + " | "
                        + m.issuer().province();
            case "period" -> m.period().from() + "-" + m.period().to();
            case "signer" -> m.signer().name() + " | " + m.signer().title();
            case "title" -> m.title();
            default -> throw new IllegalArgumentException(field);
        };
        assertEquals(expected, got, lines);
    }

    @Test
    void typeNumberAndDate_comeFromTheHeader() {
        assertField(
                "ỦY BAN NHÂN DÂN / HUYỆN KIM SƠN / Số: 17/KH-UBND / Kim Sơn, ngày 03 tháng 3 năm 2022 / KẾ "
                        + "HOẠCH / Cải cách hành chính năm 2022",
                "number",
                "17/KH-UBND");
        assertField("Số:    /KH-UBND / KẾ HOẠCH / Cải cách hành chính năm 2022", "number", null);
        assertField(
                "Số /KH-UBND Hòa Bình, ngày   tháng 01 năm 2023 / KẾ HOẠCH / Cải cách hành chính",
                "date",
                "2023-1-null");
        assertField(
                "Số: 5/QĐ-UBND / QUYẾT ĐỊNH / Về việc ban hành Kế hoạch cải cách hành chính năm 2024",
                "type",
                "quyet_dinh");
        assertField("BÁO CÁO / Kết quả cải cách hành chính quý I năm 2024", "type", "bao_cao");
    }

    @Test
    void headerColumnsRunIntoOneLine_stillGiveTheIssuer() {
        String header =
                "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / HUYỆN PHONG ĐIỀN Độc lập - Tự do - Hạnh phúc"
                        + " / Số: 125/KH-UBND Phong Điền, ngày 03 tháng 3 năm 2025 / KẾ HOẠCH / Cải cách "
                        + "hành chính năm 2025"
                        + " / Thực hiện Kế hoạch của UBND thành phố Cần Thơ về cải cách hành chính.";
        assertField(header, "issuer", "Ủy ban nhân dân huyện Phong Điền | district | null | Phong Điền | Cần Thơ");
        assertField(header, "number", "125/KH-UBND");
        assertField(header, "date", "2025-3-3");
    }

    @Test
    void signer_underTheLongestPostAndMandate_isFound_butNotUnderALongerLine() {
        assertField(
                "KẾ HOẠCH / Cải cách hành chính / TUQ. Phó Chủ tịch thường trực / Trần Văn An",
                "signer",
                "Trần Văn An | Phó Chủ tịch thường trực");
        assertField(
                "KẾ HOẠCH / Cải cách hành chính / TUQ. Phó Chủ tịch thường trực xã / Trần Văn An",
                "signer",
                "null | null");
    }

    @Test
    void signatureBesideTheRecipients_isFoundBelowTheirList() {
        assertField(
                "KẾ HOẠCH / Cải cách hành chính năm 2025 / Nơi nhận: KT. CHỦ TỊCH / - UBND thành phố; PHÓ CHỦ TỊCH"
                        + " / - Sở Nội vụ; / - Lưu: VT. / Huỳnh Văn Đức",
                "signer",
                "Huỳnh Văn Đức | Phó Chủ tịch");
    }

    /** Issue 20: Word and saved web pages set the recipients and the signature side by side in one table row. */
    @Test
    void signatureTableRow_readAsOneLine_givesTheSigner() {
        assertField(
                "KẾ HOẠCH / Cải cách hành chính / Nơi nhận: - UBND huyện; - Lưu: VP.\tTM. ỦY BAN NHÂN DÂN CHỦ TỊCH"
                        + " Đoàn Duy Việt",
                "signer",
                "Đoàn Duy Việt | Chủ tịch");
        assertField(
                "KẾ HOẠCH / Cải cách hành chính / Nơi nhận: - Phòng Nội vụ(b/c); - Lưu: VT. CHỦ TỊCH Nguyễn Văn Hồng",
                "signer",
                "Nguyễn Văn Hồng | Chủ tịch");
        assertField(
                "KẾ HOẠCH / Cải cách hành chính / Nơi nhận:\tKT. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Thị Mai",
                "signer",
                "Trần Thị Mai | Phó Chủ tịch");
        assertField(
                "KẾ HOẠCH / Cải cách hành chính / Giao Chủ tịch Nguyễn Văn Hồng / Ý kiến của Phó Giám đốc Trần Văn An",
                "signer",
                "null | null");
    }

    @Test
    void title_isTheKindAndItsSubjectInSentenceCase() {
        assertField(
                "KẾ HOẠCH / CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC NĂM 2022",
                "title",
                "Kế hoạch cải cách hành chính nhà nước năm 2022");
        assertField(
                "QUYẾT ĐỊNH / Về việc ban hành Kế hoạch cải cách hành chính giai đoạn 2021 - 2025",
                "title",
                "Quyết định về việc ban hành Kế hoạch cải cách hành chính giai đoạn 2021 - 2025");
        assertField(
                "QUYẾT ĐỊNH: / Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính thị xã năm 2023.",
                "title",
                "Quyết định ban hành Kế hoạch cải cách hành chính thị xã năm 2023");
    }

    @Test
    void period_isTheYearsTheTitleCovers() {
        assertField("KẾ HOẠCH / Cải cách hành chính năm 2023", "period", "2023-2023");
        assertField("KẾ HOẠCH / Thực hiện cải cách hành chính giai đoạn 2026 - 2030", "period", "2026-2030");
    }

    /** Issue 18: a page capitalises each line of a title; a line opening with a linking word carries it on. */
    @Test
    void titleLinesEachCapitalised_goOnAfterALinkingWord_andGiveThePeriod() {
        String page = "ỦY BAN NHÂN DÂN XÃ TỊNH TRÀ | / CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc |"
                + " / Số: /KH-UBND | / Tịnh Trà, ngày 26 tháng 4 năm 2024 | / KẾ HOẠCH / Triển khai thực hiện Nghị"
                + " quyết số 13-NQ/TU ngày 06/9/2023 / Của Ban Thường vụ Tỉnh ủy khóa XX về Chuyển đổi số tỉnh Quảng"
                + " Ngãi / Đến năm 2025, định hướng đến năm 2030 / Thực hiện Kế hoạch số 50/KH-UBND ngày 11/3/2024";
        assertField(
                page,
                "title",
                "Kế hoạch triển khai thực hiện Nghị quyết số 13-NQ/TU ngày 06/9/2023 của Ban Thường vụ Tỉnh ủy khóa XX"
                        + " về Chuyển đổi số tỉnh Quảng Ngãi đến năm 2025, định hướng đến năm 2030");
        assertField(page, "period", "null-2025");
    }

    /** Issue 18: a page without the title lines; the lead sentence issuing the number's kind gives the title. */
    @Test
    void aDocumentWithoutItsTitle_takesItFromTheLeadSentenceThatIssuesIt() {
        String page = "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | / Số: 4851/KH-UBND | Bình Dương, ngày 11"
                + " tháng 10 năm 2018 | / Căn cứ Quyết định số 2071/QĐ-UBND ngày 27/7/2018 của Ủy ban nhân dân tỉnh. /"
                + " Ủy ban nhân dân tỉnh ban hành kế hoạch triển khai xác định Chỉ số CCHC của các sở, ban, ngành (sau"
                + " đây gọi tắt là cấp sở); Ủy ban nhân dân các huyện (sau đây gọi tắt là cấp huyện), cụ thể như sau: /"
                + " 1. Mục tiêu";
        assertField(
                page,
                "title",
                "Kế hoạch triển khai xác định Chỉ số CCHC của các sở, ban, ngành; Ủy ban nhân dân các huyện");
        String report = "ỦY BAN NHÂN DÂN | / Số: 12/KH-UBND | Bình Dương, ngày 11 tháng 10 năm 2018 | / Căn cứ Quyết"
                + " định số 2071/QĐ-UBND. / Ủy ban nhân dân tỉnh ban hành báo cáo kết quả năm 2018 như sau:";
        assertField(report, "title", null);
    }

    /** Issue 18: a portal notes the number and date in a parenthesis under the title; it is not the title's. */
    @Test
    void aPortalsNoteOfTheNumberUnderTheTitle_givesTheNumber() {
        String page =
                "Kết quả thực hiện các nội dung, chỉ tiêu Chuyển đổi số trên địa bàn thị trấn Cành Nàng năm 2022 /"
                        + " Ngày 02/02/2023 00:00:00 / Báo cáo kết quả thực hiện các nội dung, chỉ tiêu Chuyển đổi số"
                        + " trên địa"
                        + " bàn thị trấn Cành Nàng năm 2022 (Số"
                        + " 255/BC-UBND, ngày 16/12/2022 của UBND thị trấn Cành Nàng) / KHÁI QUÁT TÌNH HÌNH CHUNG /"
                        + " Thực hiện"
                        + " Quyết định số 969/QĐ-UBND ngày 18/3/2022 của Chủ tịch UBND tỉnh";
        assertField(page, "number", "255/BC-UBND");
        assertField(
                page,
                "title",
                "Báo cáo kết quả thực hiện các nội dung, chỉ tiêu Chuyển đổi số trên địa bàn thị trấn Cành Nàng"
                        + " năm 2022");
        assertField(
                "KẾ HOẠCH / Cải cách hành chính năm 2023 / (Kèm theo Quyết định số 12/QĐ-UBND ngày 5/1/2023)",
                "number",
                null);
    }

    /** Issue 18: a place's name ends at its line's end; the next line's capitalised first word is not part of it. */
    @Test
    void aPlaceNameAtALinesEnd_doesNotTakeTheNextLinesFirstWord() {
        String page =
                "ỦY BAN NHÂN DÂN XÃ TỊNH TRÀ | / Số: /KH-UBND | / Tịnh Trà, ngày 26 tháng 4 năm 2024 | / KẾ HOẠCH /"
                        + " Về Chuyển đổi số tỉnh Quảng Ngãi / Đến năm 2025, định hướng đến năm 2030 / Thực hiện Kế"
                        + " hoạch số"
                        + " 50/KH-UBND ngày 11/3/2024 của UBND huyện Sơn Tịnh về chuyển đổi số tỉnh Quảng Ngãi"
                        + "\nĐến nay,"
                        + " UBND xã Tịnh Trà ban hành Kế hoạch của huyện Sơn Tịnh\nTrong đó";
        assertField(page, "issuer", "Ủy ban nhân dân xã Tịnh Trà | commune | Tịnh Trà | Sơn Tịnh | Quảng Ngãi");
    }

    /** Issue 18: a title without years; the objectives heading sets the year the plan runs to. */
    @Test
    void periodOfAnUndatedTitle_isTheYearOfItsFirstObjectivesHeading() {
        String plan = "KẾ HOẠCH / Chuyển đổi số trong hoạt động xây dựng, quản lý kết cấu hạ tầng giao thông / I. MỤC"
                + " ĐÍCH, YÊU CẦU / II. MỤC TIÊU / 1. Mục tiêu chung / Phấn đấu đến năm 2030, công tác quản lý được"
                + " vận hành trên môi trường số. / 2. Mục tiêu cụ thể đến năm 2030 / - Hoàn thành đánh giá hiện trạng."
                + " / 3. Mục tiêu đến năm 2035";
        assertField(plan, "period", "null-2030");
        assertField(
                "KẾ HOẠCH / Chuyển đổi số / I. MỤC TIÊU / Đến năm 2030, 100% hồ sơ được số hóa.",
                "period", "null-null");
    }

    @Test
    void issuer_comesFromTheHeaderOrFromThePlacesTheTextNames() {
        assertField(
                "ỦY BAN NHÂN DÂN / THỊ TRẤN PHÚ LỘC / KẾ HOẠCH / Cải cách hành chính năm 2022 / Thực hiện "
                        + "Kế hoạch của UBND huyện Phú Vang, UBND tỉnh Thừa Thiên Huế",
                "issuer",
                "Ủy ban nhân dân thị trấn Phú Lộc | commune | Phú Lộc | Phú Vang | Thừa Thiên Huế");
        assertField(
                "KẾ HOẠCH / Cải cách hành chính năm 2021 / UBND xã xây dựng kế hoạch theo chỉ đạo của UBND "
                        + "huyện Yên Định. / Đảng bộ xã Định Tân lãnh đạo; UBND xã tổ chức thực hiện.",
                "issuer",
                "Ủy ban nhân dân xã Định Tân | commune | Định Tân | Yên Định | null");
    }

    @Test
    void signer_isThePersonUnderTheirOwnPost() {
        assertField(
                "KẾ HOẠCH / Cải cách hành chính / TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH / Lê Văn Bình",
                "signer",
                "Lê Văn Bình | Chủ tịch");
        assertField(
                "KẾ HOẠCH / Cải cách hành chính / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Nguyễn Thị Hoa",
                "signer",
                "Nguyễn Thị Hoa | Phó Chủ tịch");
    }

    /** A decision's symbol without a type line ("QUYẾT ĐỊNH" missing from a web page's opening) gives no subject. */
    @Test
    void kindFromTheSymbolAlone_withoutATypeLine_givesTheTypeButNoTitle() {
        String page = "Số: 1610/QĐ-UBND / Hà Nội, ngày 25 tháng 11 năm 2025 / Căn cứ Luật Đất đai ngày 18/01/2024;";
        assertField(page, "type", "quyet_dinh");
        assertField(page, "title", null);
        assertField("Số: 12/KH-UBND / Căn cứ Luật Tổ chức chính quyền địa phương;", "title", null);
    }

    @Test
    void issuersOfEveryKind_takeTheirLevelAndPlacesFromTheHeader() {
        String motto = " / CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc";
        String tail = " / Hà Nội, ngày 18 tháng 11 năm 2025 / KẾ HOẠCH / Cải cách hành chính năm 2026";
        assertField(
                "THỦ TƯỚNG CHÍNH PHỦ" + motto + " / Số: 220/CĐ-TTg" + tail,
                "issuer",
                "Thủ tướng Chính phủ | central | null | null | null");
        assertField(
                "BỘ NỘI VỤ" + motto + " / Số: 15/KH-BNV" + tail, "issuer", "Bộ Nội vụ | central | null | null | null");
        assertField(
                "VĂN PHÒNG CHÍNH PHỦ" + motto + " / Số: 641/TB-VPCP" + tail,
                "issuer",
                "Văn phòng Chính phủ | central | null | null | null");
        assertField(
                "ỦY BAN QUỐC GIA VỀ / CHUYỂN ĐỔI SỐ" + motto + " / Số: 17/QĐ-UBQGCĐS" + tail,
                "issuer",
                "Ủy ban Quốc gia về chuyển đổi số | central | null | null | null");
        assertField(
                "UBND TỈNH QUẢNG NINH / SỞ NỘI VỤ" + motto + " / Số: 03/KH-SNV" + tail,
                "issuer",
                "Sở Nội vụ tỉnh Quảng Ninh | province | null | null | Quảng Ninh");
        assertField(
                "UBND TỈNH LAI CHÂU / VĂN PHÒNG" + motto + " / Số: 1888/KH-VPUBND" + tail,
                "issuer",
                "Văn phòng Ủy ban nhân dân tỉnh Lai Châu | province | null | null | Lai Châu");
        assertField(
                "HỘI ĐỒNG NHÂN DÂN / THÀNH PHỐ HÀ NỘI" + motto + " / Số: 77/2025/NQ-HĐND" + tail,
                "issuer",
                "Hội đồng nhân dân thành phố Hà Nội | province | null | null | Hà Nội");
        assertField(
                "UBND THÀNH PHỐ HÀ NỘI / TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG" + motto + " / Số: 1610/QĐ-TTPVHCC" + tail,
                "issuer",
                "Trung tâm Phục vụ hành chính công thành phố Hà Nội | province | null | null | Hà Nội");
        assertField(
                "ỦY BAN NHÂN DÂN / ĐẶC KHU PHÚ QUỐC" + motto + " / Số: 12/KH-UBND" + tail,
                "issuer",
                "Ủy ban nhân dân đặc khu Phú Quốc | commune | Phú Quốc | null | null");
        assertField(
                "BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ / TỈNH ĐẮK LẮK" + motto + " / Số: 05/KH-BCĐ" + tail,
                "issuer",
                "Ban Chỉ đạo chuyển đổi số tỉnh Đắk Lắk | province | null | null | Đắk Lắk");
    }

    /** A city under the central government whose name holds a head's word ("PHÒNG") is one place. */
    @Test
    void theAuthorityLineUnderTheTitle_placesAnIssuerTheHeaderLeavesBare() {
        assertField(
                "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | / Số: 30/2018/QĐ-UBND | Hải Phòng, ngày"
                        + " 09 tháng 10 năm 2018 | / QUYẾT ĐỊNH / BAN HÀNH QUY ĐỊNH VỀ TRÁCH NHIỆM CỦA NGƯỜI ĐỨNG ĐẦU"
                        + " CÁC SỞ, BAN,"
                        + " NGÀNH ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG / Căn cứ Luật Tổ chức chính quyền địa phương;",
                "issuer",
                "Ủy ban nhân dân thành phố Hải Phòng | province | null | null | Hải Phòng");
    }

    @Test
    void aWebPageCopy_givesNumberDateAndTitleFromItsBrokenHeaderTable() {
        String page = "Kế hoạch 129/KH-UBND năm 2021 triển khai Đề án một cửa tỉnh Bắc Giang / ỦY BAN NHÂN DÂN / TỈNH"
                + " BẮC GIANG / ------- / | / CỘNG HÒA XÃ HỘI / CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc / | /"
                + " Số: 129/KH-UBND / | / Bắc Giang, ngày / 29 tháng 4 năm 2021 / | / KẾ HOẠCH / TRIỂN KHAI ĐỀ ÁN ĐỔI"
                + " MỚI VIỆC THỰC HIỆN CƠ CHẾ MỘT CỬA / TRÊN ĐỊA BÀN TỈNH BẮC GIANG / Thực hiện Quyết định số"
                + " 468/QĐ-TTg của Thủ tướng Chính phủ, UBND tỉnh Bắc Giang ban hành Kế hoạch như sau:";
        assertField(page, "number", "129/KH-UBND");
        assertField(page, "date", "2021-4-29");
        assertField(
                page,
                "title",
                "Kế hoạch triển khai đề án đổi mới việc thực hiện cơ chế một cửa trên địa bàn tỉnh Bắc Giang");
        assertField(page, "issuer", "Ủy ban nhân dân tỉnh Bắc Giang | province | null | null | Bắc Giang");
        String runIn = "UỶ BAN NHÂN DÂN TỈNH BẮC NINH ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do -"
                + " Hạnh phúc --------------- Số: 141/KH-UBND Bắc Ninh, ngày 20 tháng 11 năm 2025 / KẾ HOẠCH / NÂNG"
                + " CAO NĂNG LỰC CHO ĐỘI NGŨ CÁN BỘ / CHÍNH SÁCH, PHÁP LUẬT GIAI ĐOẠN 2026 - 2030 Thực hiện Kế hoạch"
                + " số 14-KH/TU của Ban Thường vụ Tỉnh ủy";
        assertField(runIn, "number", "141/KH-UBND");
        assertField(runIn, "date", "2025-11-20");
        assertField(
                runIn,
                "title",
                "Kế hoạch nâng cao năng lực cho đội ngũ cán bộ chính sách, pháp luật giai đoạn 2026 - 2030");
        assertField(runIn, "period", "2026-2030");
    }

    /** Issue 18: a page lost the header's type line; the subject under the number beats the site's own title. */
    @Test
    void aHeaderWithoutItsTypeLine_givesTheTitleOverTheSitesTitle() {
        String page = "Quyết định 33/QĐ-UBND về Kế hoạch chuyển đổi số tỉnh Sơn La năm 2026 / | Số hiệu | 33/QĐ-UBND |"
                + " / | Loại văn bản | Quyết định | / | / ỦY BAN NHÂN DÂN / | / CỘNG HÒA XÃ HỘI / CHỦ NGHĨA VIỆT NAM |"
                + " / | / Số: 33/QĐ-UBND | / Sơn La, ngày 06 tháng 01 năm 2026 | / BAN HÀNH KẾ HOẠCH CHUYỂN ĐỔI SỐ"
                + " TỈNH SƠN LA NĂM 2026 / ỦY BAN NHÂN DÂN TỈNH SƠN LA / Căn cứ Luật Tổ chức chính quyền địa phương"
                + " ngày 16/6/2025;";
        assertField(page, "title", "Quyết định ban hành kế hoạch chuyển đổi số tỉnh Sơn La năm 2026");
        assertField(page, "type", "quyet_dinh");
        assertField(page, "number", "33/QĐ-UBND");
    }

    @Test
    void theSitesFactsTable_fillsWhatTheOpeningLeavesOut() {
        String page = "| Số hiệu | 0155/KH-UBND | / | Ngày ban hành | 24/12/2025 | / | Người ký | Hồ Thị Nguyên Thảo |"
                + " / ỦY BAN NHÂN DÂN | / CỘNG HÒA XÃ HỘI / CHỦ NGHĨA VIỆT NAM |"
                + " / Đắk Lắk, ngày 24 tháng 12 năm 2025 | / - Luật Công nghệ thông tin ngày 29/6/2006;";
        assertField(page, "number", "0155/KH-UBND");
        assertField(page, "signer", "Hồ Thị Nguyên Thảo | null");
        assertField(page, "date", "2025-12-24");
    }

    @Test
    void aNewsLead_givesTheDateAndTheNumberOnlyOfADocumentOfItsOwnKind() {
        String plan = "Kế hoạch cải cách hành chính năm 2026 / Ngày 30/12/2025, Văn phòng UBND tỉnh Lai Châu đã ban"
                + " hành Kế hoạch số 1888/KH-VPUBND về công tác cải cách hành chính năm 2026. / I. MỤC ĐÍCH, YÊU CẦU";
        assertField(plan, "number", "1888/KH-VPUBND");
        assertField(plan, "date", "2025-12-30");
        assertField(plan, "period", "2026-2026");
        assertField(plan, "issuer", "Văn phòng Ủy ban nhân dân tỉnh Lai Châu | province | null | null | Lai Châu");
        String byDecision = "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025 / Ngày 18 tháng 7 năm 2025 Uỷ ban nhân dân xã Long"
                + " Phụng đã ban hành Quyết định số 119/QĐ-UBND về Kế hoạch cải cách hành chính / I. MỤC ĐÍCH";
        assertField(byDecision, "number", null);
        assertField(byDecision, "date", "2025-7-18");
        assertField(byDecision, "title", "Kế hoạch cải cách hành chính năm 2025");
    }

    /** A ward's portal restates its report in its first lines, with no header under it: number and date from there. */
    @Test
    void aPortalLineRestatingTheDocument_givesItsNumberAndDate() {
        String report = "Báo cáo Kết quả thực hiện cải cách hành chính năm 2023 / Báo cáo số 228/ BC-UBND ngày"
                + " 05/12/2023 của UBND phường Hà Phong về Kết quả thực hiện cải cách hành chính năm 2023;"
                + " / I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH";
        assertField(report, "number", "228/BC-UBND");
        assertField(report, "date", "2023-12-5");
        String cited = "Kế hoạch cải cách hành chính năm 2023 / Báo cáo số 12/BC-UBND ngày 05/01/2023 của UBND"
                + " phường Hà Phong về kết quả năm 2022 / I. MỤC ĐÍCH";
        assertField(cited, "number", null);
    }

    @Test
    void kindsOfDocument_andWhetherADecisionIssuesAPlan() {
        assertField("BÁO CÁO / Kết quả thực hiện cải cách hành chính năm 2025", "type", "bao_cao");
        assertField("QUYẾT ĐỊNH / BAN HÀNH QUY ĐỊNH VỀ TRÁCH NHIỆM CỦA NGƯỜI ĐỨNG ĐẦU / Căn cứ Luật", "type", "other");
        assertField("QUYẾT ĐỊNH / PHÊ DUYỆT ĐỀ ÁN CHUYỂN ĐỔI SỐ / Căn cứ Luật", "type", "quyet_dinh");
        assertField(
                "QUYẾT ĐỊNH / Căn cứ Luật / Điều 1. / Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số.",
                "type",
                "quyet_dinh");
        assertField(
                "CHỈ THỊ / VỀ VIỆC TĂNG CƯỜNG CẢI CÁCH THỦ TỤC HÀNH CHÍNH / Thời gian qua",
                "title",
                "Chỉ thị về việc tăng cường cải cách thủ tục hành chính");
        assertField("CHỈ THỊ / VỀ VIỆC TĂNG CƯỜNG CẢI CÁCH THỦ TỤC HÀNH CHÍNH / Thời gian qua", "type", "other");
        String letter = "ỦY BAN NHÂN DÂN / THÀNH PHỐ HỒ CHÍ MINH / Số: 4240/UBND-VX / V/v khẩn trương hoàn thành cập"
                + " nhật cơ sở dữ liệu / Thành phố Hồ Chí Minh, ngày 28 tháng 11 năm 2025 / Kính gửi: Các sở";
        assertField(letter, "title", "Công văn về việc khẩn trương hoàn thành cập nhật cơ sở dữ liệu");
        assertField(letter, "type", "other");
        assertField(letter, "issuer", "Ủy ban nhân dân thành phố Hồ Chí Minh | province | null | null | Hồ Chí Minh");
        assertField(
                "ỦY BAN NHÂN DÂN / XÃ HOÀI HẢI / Kết quả giải quyết thủ tục hành chính tại UBND xã / 9 tháng đầu"
                        + " năm 2022 / I. CÔNG TÁC CHỈ ĐẠO",
                "type",
                "bao_cao");
    }

    @Test
    void period_leavesOrientationsVisionsAndDatesOut() {
        assertField("KẾ HOẠCH / Chuyển đổi số đến năm 2025, định hướng đến năm 2030", "period", "null-2025");
        assertField(
                "KẾ HOẠCH / TRIỂN KHAI ĐỀ ÁN 06 GIAI ĐOẠN 2022 - 2025, TẦM NHÌN ĐẾN NĂM 2030 TRÊN ĐỊA BÀN TỈNH"
                        + " NGHỆ AN NĂM 2023",
                "period",
                "2023-2023");
        assertField(
                "KẾ HOẠCH / Triển khai Quyết định số 06/QĐ-TTg ngày 02 tháng 01 năm 2025 của Thủ tướng Chính phủ"
                        + " / I. MỤC TIÊU / a) Đến hết năm 2025: 30% doanh nghiệp"
                        + " / b) Đến hết năm 2030: 60% doanh nghiệp",
                "period", "2025-2030");
    }

    /** Issue 18: a tax office's letter signed by its deputy head under the head's mandate. */
    @Test
    void signer_ofATaxOfficeUnderItsHeadsMandate() {
        String letter = "CỤC THUẾ / THUẾ TỈNH VĨNH LONG / Số: 1539/VLO-QLDN3 / V/v trả lãi tiền vay cho cổ đông"
                + " / Vĩnh Long, ngày 02 tháng 12 năm 2025 / Thuế tỉnh Vĩnh Long thông báo đến Công ty được biết và"
                + " thực hiện theo đúng quy định./. / Nơi nhận: / - Như trên; / - Lưu: VT, QLDN3. / KT. TRƯỞNG THUẾ"
                + " / TỈNH / PHÓ TRƯỞNG THUẾ TỈNH / Huỳnh Minh Giám";
        assertField(letter, "signer", "Huỳnh Minh Giám | Phó Trưởng Thuế tỉnh");
        assertField(
                "QUYẾT ĐỊNH / Về việc ban hành Kế hoạch năm 2025 / KT. CHI CỤC TRƯỞNG / PHÓ CHI CỤC TRƯỞNG"
                        + " / Nguyễn Văn An",
                "signer",
                "Nguyễn Văn An | Phó Chi cục trưởng");
    }

    /** Issue 18: a rank printed before the signer's name is not part of it. */
    @Test
    void signer_afterAMilitaryRank() {
        String circular = "BỘ QUỐC PHÒNG / Số: 127/2025/TT-BQP / Hà Nội, ngày 19 tháng 11 năm 2025 / THÔNG TƯ / BÃI BỎ"
                + " QUYẾT ĐỊNH SỐ 181/2006/QĐ-BQP / Điều 2. Điều khoản thi hành / Nơi nhận: / - Lưu: VT. / KT. BỘ"
                + " TRƯỞNG / THỨ TRƯỞNG / Thượng tướng Vũ Hải Sản";
        assertField(circular, "signer", "Vũ Hải Sản | Thứ trưởng");
        assertField(
                "KẾ HOẠCH / Chuyển đổi số năm 2025 / KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / PGS.TS. Nguyễn Văn An",
                "signer",
                "Nguyễn Văn An | Phó Giám đốc");
    }

    /** Issue 18: when the text says the plan runs, it gives the start a title leaves out, or the whole period. */
    @Test
    void period_startsWhereTheTextSaysThePlanRuns() {
        String header = "ỦY BAN NHÂN DÂN / TỈNH NGHỆ AN / Số: 982/KH-UBND / Nghệ An, ngày 19 tháng 11 năm 2025"
                + " / KẾ HOẠCH / TRIỂN KHAI ĐỢT THI ĐUA LẬP THÀNH TÍCH CHÀO MỪNG ĐẠI HỘI LẦN THỨ XIV CỦA ĐẢNG";
        assertField(
                header + " / V. THỜI GIAN VÀ TRÁCH NHIỆM THỰC HIỆN / 1. Thời gian thực hiện / Đợt thi đua được"
                        + " triển khai thực hiện từ ngày ban hành Kế hoạch đến khi tổ chức thành công Đại hội đại biểu"
                        + " toàn quốc lần thứ XIV của Đảng.",
                "period",
                "2025-null");
        assertField(
                header + " / 2. Thời gian thực hiện: Từ tháng 10/2025 đến khi tổ chức thành công Đại hội Đại"
                        + " biểu toàn quốc lần thứ XIV",
                "period",
                "2025-null");
        assertField(header, "period", "null-null");
        String until = "Số: 2853/QĐ-UBND / Thành phố Hồ Chí Minh, ngày 14 tháng 11 năm 2025 / KẾ HOẠCH / Triển"
                + " khai thực hiện Đề án “Nâng cao nhận thức cộng đồng và Quản lý rủi ro thiên tai dựa vào cộng"
                + " đồng, đến năm 2030” trên địa bàn Thành phố Hồ Chí Minh";
        assertField(until + " / 1. Thời gian: từ nay đến năm 2030.", "period", "2025-2030");
        // a statement that runs to another year than the title's is not the title's plan
        assertField(until + " / 1. Thời gian: từ nay đến năm 2027.", "period", "null-2030");
        assertField(until, "period", "null-2030");
    }

    /** Issue 18: a plan to a year, divided into stages that follow each other up to it, starts with the first. */
    @Test
    void period_ofAPlanToAYear_startsWithItsFirstStage() {
        String plan = "KẾ HOẠCH / Thực hiện lộ trình đổi mới công nghệ đến năm 2035 trên địa bàn tỉnh Đồng Tháp"
                + " / I. MỤC ĐÍCH, YÊU CẦU / 1. Mục đích / Bảo đảm gắn kết chặt chẽ với mục tiêu của từng giai"
                + " đoạn (giai đoạn 2025 - 2030 và giai đoạn 2031 - 2035).";
        assertField(plan, "period", "2025-2035");
        // one stage a cited programme names is no division of the plan
        assertField(
                "KẾ HOẠCH / Chuyển đổi số đến năm 2030 / Căn cứ Chương trình chuyển đổi số giai đoạn 2021 -"
                        + " 2030 của Tỉnh ủy;",
                "period",
                "null-2030");
    }

    @Test
    void signer_inABlockRunIntoOneLine_orUnderAMinistersMandate() {
        assertField(
                "KẾ HOẠCH / Chuyển đổi số / Nơi nhận: - Bộ Khoa học và Công nghệ; - Lưu: VT. TM. ỦY BAN NHÂN DÂN"
                        + " KT. CHỦ TỊCH PHÓ CHỦ TỊCH Huỳnh Minh Tuấn PHỤ LỤC",
                "signer",
                "Huỳnh Minh Tuấn | Phó Chủ tịch");
        assertField(
                "THÔNG BÁO / Kết luận / - Lưu: VT, PL (2). / | / KT. BỘ TRƯỞNG, / CHỦ NHIỆM / PHÓ CHỦ NHIỆM /"
                        + " Đỗ Ngọc Huỳnh / |",
                "signer",
                "Đỗ Ngọc Huỳnh | Phó Chủ nhiệm");
        assertField(
                "QUYẾT ĐỊNH / Phê duyệt Đề án / KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG / (Đã ký) / Trần Hồng Hà",
                "signer",
                "Trần Hồng Hà | Phó Thủ tướng");
        assertField("QUYẾT ĐỊNH / CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN BÁC ÁI / Căn cứ Luật", "signer", "null | null");
    }

    @Test
    void numbersAndDates_inTheShapesHeadersPrintThem() {
        assertField(
                "HUYỆN ỦY YÊN ĐỊNH / Số 51-KH/HU / Yên Định, ngày 15 tháng 9 năm 2017 / KẾ HOẠCH / Cải cách",
                "number",
                "51-KH/HU");
        assertField(
                "ỦY BAN NHÂN DÂN / TỈNH HÀ TĨNH / Số: 6709/UBND- / NC / Hà Tĩnh, ngày 05/3/2024 / KẾ HOẠCH"
                        + " / Cải cách hành chính",
                "number",
                "6709/UBND-NC");
        assertField(
                "ỦY BAN NHÂN DÂN / TỈNH HÀ TĨNH / Số: / 125/KH-UBND / Hà Tĩnh, ngày 05/3/2024 / KẾ HOẠCH"
                        + " / Cải cách hành chính",
                "number",
                "125/KH-UBND");
        assertField(
                "ỦY BAN NHÂN DÂN / TỈNH HÀ TĨNH / Số: 12/KH-UBND / Hà Tĩnh, ngày 05/3/2024 / KẾ HOẠCH / Cải"
                        + " cách hành chính",
                "date",
                "2024-3-5");
        // a scan's misread accents, and a comma the scan dropped, above the type line
        assertField(
                "ỦY BAN NHÂN DÂN / XÃ TÂN MINH / Số: 12/KH-UBND / Tân Minh ngảy 09 thảng 9 năm 2025 / KẾ HOẠCH"
                        + " / Thực hiện Quyết định số 06/QĐ-TTg ngày 02 tháng 01 năm 2025",
                "date",
                "2025-9-9");
        assertField(
                "ỦY BAN NHÂN DÂN / XÃ TÂN MINH / Số: /KH-UBND / Tân Minh, tháng 9 năm 2025 / KẾ HOẠCH / Cải cách",
                "date",
                "2025-9-null");
        // a date that only the title names is no issue date
        assertField(
                "KẾ HOẠCH / Triển khai Quyết định số 06/QĐ-TTg ngày 02 tháng 01 năm 2025 / I. MỤC ĐÍCH",
                "date",
                "null-null-null");
    }

    @Test
    void aPlaceNamedInTwoParts_andAPeriodFromYearToYear() {
        assertField(
                "ỦY BAN NHÂN DÂN / TỈNH BÀ RỊA - VŨNG TÀU / Số: 12/KH-UBND / Bà Rịa - Vũng Tàu, ngày 05 tháng 3"
                        + " năm 2024 / KẾ HOẠCH / Cải cách hành chính từ năm 2024 đến năm 2025",
                "issuer",
                "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu | province | null | null | Bà Rịa - Vũng Tàu");
        assertField("KẾ HOẠCH / Cải cách hành chính từ năm 2024 đến năm 2025", "period", "2024-2025");
        assertField(
                "BỘ NỘI VỤ / Số: 05/2024/TT-BNV / Hà Nội, ngày 05 tháng 3 năm 2024 / THÔNG TƯ / Hướng dẫn"
                        + " cải cách hành chính",
                "title",
                "Thông tư hướng dẫn cải cách hành chính");
    }

    @Test
    void partyCommittees_steeringBodiesOfTheGovernment_andADepartmentWithoutItsCommitteesLine() {
        String motto = " / CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Số: 51-KH/TU / Quảng Ninh, ngày 05 tháng 3 năm 2024";
        assertField(
                "TỈNH ỦY QUẢNG NINH" + motto + " / KẾ HOẠCH / Chuyển đổi số",
                "issuer",
                "Tỉnh ủy Quảng Ninh | province | null | null | Quảng Ninh");
        assertField(
                "BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH / CỦA CHÍNH PHỦ" + motto + " / KẾ HOẠCH / Hoạt động năm 2024",
                "issuer",
                "Ban Chỉ đạo cải cách hành chính của chính phủ | central | null | null | null");
        assertField(
                "BAN CHỈ ĐẠO NHÀ / NƯỚC / VỀ DU LỊCH / CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
                        + " / Số: 170/QĐ-BCĐNNDL / Hà Nội, ngày 21 tháng 11 năm 2025 / KẾ HOẠCH / Phát triển du lịch",
                "issuer",
                "Ban Chỉ đạo nhà nước về du lịch | central | null | null | null");
        assertField(
                "SỞ NỘI VỤ" + motto + " / KẾ HOẠCH / Cải cách hành chính năm 2024 / Thực hiện Kế hoạch của UBND"
                        + " tỉnh Quảng Ninh về cải cách hành chính.",
                "issuer",
                "Sở Nội vụ | province | null | null | Quảng Ninh");
        assertField("KẾ HOẠCH / Cải cách hành chính / Q. GIÁM ĐỐC / Trần Văn An", "signer", "Trần Văn An | Giám đốc");
    }

    /** Openings that lose the type line keep the kind the number's symbol tells, and the subject under the date. */
    @Test
    void aHeaderWithoutItsTypeLine_titlesTheSubjectWithTheSymbolsKind() {
        String opening =
                "ỦY BAN NHÂN DÂN | / CỘNG HÒA XÃ HỘI / CHỦ NGHĨA VIỆT NAM | / Số: 0155/KH-UBND | / Đắk Lắk, ngày"
                        + " 24 tháng 12 năm 2025 | / CHUYỂN ĐỔI SỐ TỈNH ĐẮK LẮK NĂM 2026 / - Luật Công nghệ thông tin;";
        assertField(opening, "title", "Kế hoạch chuyển đổi số tỉnh Đắk Lắk năm 2026");
        assertField(opening, "type", "ke_hoach");
        assertField(opening, "period", "2026-2026");
        assertField(
                "Kế hoạch 186/KH-UBND năm 2025 phát triển chính quyền số tỉnh Bắc Ninh / Căn cứ Luật Dữ liệu;",
                "number",
                "186/KH-UBND");
    }

    /** Issue 18: a draft report's type line is still its kind. */
    @Test
    void aDraftsTypeLine_givesItsKind() {
        assertField(
                "ỦY BAN NHÂN DÂN / PHƯỜNG / LONG ANH / Số:      /BC-UBND / Long Anh, ngày       tháng 01 năm 2024 / "
                        + "DỰ THẢO BÁO CÁO / Đánh giá kết quả và đề nghị công nhận phường Long Anh đạt chuẩn tiếp cận"
                        + " pháp luật năm 2023",
                "type",
                "bao_cao");
    }

    /** Issue 18: a decision whose header prints the deciding authority under its type line and no subject. */
    @Test
    void aDecisionWithoutASubjectLine_isTitledByWhatItsFirstArticleDoes() {
        assertField(
                "THỦ TƯỚNG CHÍNH PHỦ / Số: 571/QĐ-TTg / Hà Nội, ngày 12 tháng 3 năm 2025 / QUYẾT ĐỊNH / THỦ TƯỚNG"
                        + " CHÍNH PHỦ / Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025; / QUYẾT"
                        + " ĐỊNH: / Điều 1."
                        + " Thành lập Ban Chỉ đạo thực hiện sắp xếp, tổ chức lại đơn vị hành chính các cấp (sau đây gọi"
                        + " tắt là Ban Chỉ đạo) gồm các thành viên sau đây:",
                "title",
                "Quyết định thành lập Ban Chỉ đạo thực hiện sắp xếp, tổ chức lại đơn vị hành chính các cấp");
    }

    /** Issue 18: the website's facts table run into lines, several labels to a line, with or without colons. */
    @Test
    void theSignerComesFromAWebsitesFactsRunIntoLines() {
        assertField(
                "Số hiệu: 135/2006/QĐ-UBND Loại văn bản: Quyết định / Nơi ban hành: Tỉnh Nghệ An Người ký: Phan Đình"
                        + " Trạc / ỦY BAN NHÂN DÂN / TỈNH NGHỆ AN / Số: 135/2006/QĐ-UBND / QUYẾT ĐỊNH / VỀ"
                        + " VIỆC BAN HÀNH"
                        + " KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH",
                "signer",
                "Phan Đình Trạc | null");
        assertField(
                "Loại văn bản Kế hoạch / Cơ quan ban hành Tỉnh Hà Tĩnh Người ký Lê Ngọc Châu / ỦY BAN NHÂN DÂN / TỈNH"
                        + " HÀ TĨNH / Số: 115/KH-UBND / KẾ HOẠCH / CHUYỂN ĐỔI SỐ TỈNH HÀ TĨNH NĂM 2024",
                "signer",
                "Lê Ngọc Châu | null");
    }

    /** Issue 18: "TĨNH" in "HÀ TĨNH" is no unit word "TỈNH"; a motto broken after "CHỦ" is still the motto. */
    @Test
    void aPlaceNameHoldingAUnitWordsLetters_andAMottoBrokenAfterChu_giveTheProvince() {
        assertField(
                "ỦY BAN NHÂN DÂN / TỈNH HÀ TĨNH / ------- / CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Số: 115/KH-UBND /"
                        + " Hà Tĩnh, ngày 29 tháng 3 năm 2024 / KẾ HOẠCH / CHUYỂN ĐỔI SỐ TỈNH HÀ TĨNH NĂM 2024",
                "issuer",
                "Ủy ban nhân dân tỉnh Hà Tĩnh | province | null | null | Hà Tĩnh");
        assertField(
                "ỦY BAN NHÂN DÂN / TỈNH BÌNH ĐỊNH / -------- / | / CỘNG HÒA XÃ HỘI CHỦ / NGHĨA VIỆT NAM / Độc lập - Tự"
                        + " do - Hạnh phúc / Số: 636/QĐ-UBND / Bình Định, ngày 21 tháng 11 năm 2012 / QUYẾT"
                        + " / ĐỊNH / VỀ /"
                        + " VIỆC BAN HÀNH QUY ĐỊNH VỀ THEO DÕI ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH"
                        + " HÀNH CHÍNH /"
                        + " ỦY BAN NHÂN DÂN TỈNH",
                "issuer",
                "Ủy ban nhân dân tỉnh Bình Định | province | null | null | Bình Định");
    }

    /** Issue 18: a type word a narrow page broke over two lines ("QUYẾT" / "ĐỊNH"), its subject "VỀ" / "VIỆC ...". */
    @Test
    void aTypeWordBrokenOverTwoLines_stillHeadsItsSubject() {
        assertField(
                "ỦY BAN NHÂN DÂN / TỈNH BÌNH ĐỊNH / Số: 636/QĐ-UBND / QUYẾT / ĐỊNH / VỀ / VIỆC BAN HÀNH QUY"
                        + " ĐỊNH VỀ THEO"
                        + " DÕI ĐÁNH GIÁ KẾT QUẢ / ỦY BAN NHÂN DÂN TỈNH / Căn cứ Luật Tổ chức HDND và UBND ngày 26"
                        + " tháng 11 năm 2003;",
                "title",
                "Quyết định về việc ban hành quy định về theo dõi đánh giá kết quả");
    }

    /** Issue 18: the text's first part ("PHẦN I. ...") under a title in capitals is no part of it, nor its year. */
    @Test
    void thePartUnderATitleInCapitals_isNotTheTitle_norItsYearThePeriod() {
        String header =
                "ỦY BAN NHÂN DÂN / TỈNH HẢI DƯƠNG / Số: 1914/KH-UBND / Hải Dương, ngày / 05 tháng 6 năm 2023 / KẾ"
                        + " HOẠCH / CHUYỂN ĐỔI SỐ TỈNH HẢI DƯƠNG NĂM 2023 / PHẦN I. KẾT QUẢ THỰC HIỆN"
                        + " CHUYỂN ĐỔI SỐ NĂM 2022 /"
                        + " I. KẾT QUẢ ĐẠT ĐƯỢC";
        assertField(header, "title", "Kế hoạch chuyển đổi số tỉnh Hải Dương năm 2023");
        assertField(header, "period", "2023-2023");
    }

    /** Issue 18: a commune portal's page without a header: the portal's commune is the issuer's. */
    @Test
    void aPageWithoutAHeader_isIssuedByTheUnitOfThePortalItComesFrom() {
        assertField(
                "Trang thông tin điện tử xã Thạch"
                        + " Kimhttps://thachkim.locha.hatinh.gov.vn/uploads/banner.jpg / Thứ hai -"
                        + " 11/11/2024 04:09 / I. CĂN CỨ LẬP KẾ HOẠCH - Nghị quyết số 05-NQ/TU ngày 22/10/2021 của Ban"
                        + " Chấp hành Đảng bộ tỉnh Hà Tĩnh; Quyết định số 424/QĐ-UBND ngày 18/02/2022 của UBND tỉnh Hà"
                        + " Tĩnh",
                "issuer",
                "Ủy ban nhân dân xã Thạch Kim | commune | Thạch Kim | null | Hà Tĩnh");
    }

    /** Issue 18: a ministry's department issuing under the ministry's name ("BỘ TÀI CHÍNH" / "CỤC THUẾ"). */
    @Test
    void aDepartmentUnderItsMinistrysName_isTheIssuer() {
        assertField(
                "BỘ TÀI CHÍNH / CỤC THUẾ / ------- / CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Số: 3509/QĐ-CT / Hà Nội, ngày"
                        + " 28 tháng 11 năm 2025 / QUYẾT ĐỊNH / BAN HÀNH QUY TẮC ỨNG XỬ VỚI NGƯỜI NỘP THUẾ",
                "issuer",
                "Cục Thuế | central | null | null | null");
    }

    /** Issue 18: a site's narrow column broke the issuer's name after its first word ("HỘI" / "ĐỒNG NHÂN DÂN ..."). */
    @Test
    void anIssuerNameBrokenAfterItsFirstWord_stillOpensTheHeader() {
        String header = "HỘI / ĐỒNG NHÂN DÂN QUẬN 2 | / CỘNG / HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | / Số: 01/2008/NQ-HĐND |"
                + " / Quận 2, ngày 11 tháng 01 năm 2008 | / VỀ NHIỆM VỤ KINH TẾ - XÃ HỘI NĂM 2008 / HỘI ĐỒNG NHÂN"
                + " DÂN QUẬN 2 KHÓA III - KỲ HỌP THỨ 14 / Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân;";
        assertField(header, "number", "01/2008/NQ-HĐND");
        assertField(header, "date", "2008-1-11");
        assertField(header, "issuer", "Hội đồng nhân dân quận 2 | district | null | 2 | null");
        assertField(header, "title", "Nghị quyết về nhiệm vụ kinh tế - xã hội năm 2008");
    }

    /** Issue 18: a term of office in the title is not the plan's period where the text says when it is carried out. */
    @Test
    void aTermOfOfficeInTheTitle_yieldsToTheTimeThePlanIsCarriedOut() {
        String header = "ỦY BAN NHÂN DÂN / TỈNH ĐẮK LẮK / Số: 0125/KH-UBND / Đắk Lắk, ngày 18 tháng 11 năm 2025 / KẾ"
                + " HOẠCH / PHÁT ĐỘNG PHONG TRÀO THI ĐUA THỰC HIỆN THÀNH CÔNG CUỘC BẦU CỬ / ĐẠI BIỂU QUỐC HỘI KHÓA XVI"
                + " VÀ ĐẠI BIỂU HĐND CÁC CẤP NHIỆM KỲ 2026 - 2031 / Thực hiện Chỉ thị số 46-CT/TW ngày 16/5/2025 của"
                + " Bộ Chính trị. / I. MỤC ĐÍCH, YÊU CẦU / 3. Thời gian tổ chức phong trào thi đua: Phong trào thi đua"
                + " cao điểm được triển khai thực hiện từ tháng 10 năm 2025 đến hết tháng 3 năm 2026. Tổng kết vào"
                + " tháng 4 năm 2026.";
        assertField(header, "period", "2025-2026");
        assertField(header.substring(0, header.indexOf(" / I. ")), "period", "2026-2031");
    }

    /** Issue 18: "KẾ HOẠCH HÀNH ĐỘNG" names no subject: it is in the sentence-case lines under it. */
    @Test
    void aTypeLineThatNamesNoSubject_takesTheSentenceCaseLinesUnderIt() {
        String header = "ỦY BAN NHÂN DÂN / XÃ ĐÔNG QUANG / Số: 68/KH-UBND / Đông Quang, ngày 18 tháng 6  năm 2020 /"
                + " KẾ HOẠCH HÀNH ĐỘNG / Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ XIX, / nhiệm kỳ"
                + " 2020 - 2025 về nhiệm vụ phát triển kinh tế, văn hóa - xã hội, /  đảm bảo Quốc phòng - An ninh";
        assertField(
                header,
                "title",
                "Kế hoạch hành động thực hiện Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ XIX, nhiệm kỳ 2020 -"
                        + " 2025 về nhiệm vụ phát triển kinh tế, văn hóa - xã hội, đảm bảo Quốc phòng - An ninh");
        assertField(header, "period", "2020-2025");
        assertField("KẾ HOẠCH HÀNH ĐỘNG / Thực hiện Nghị quyết số 12-NQ/TU; / Căn cứ ...", "type", "ke_hoach");
    }

    /** Issue 18: a place with its unit word capitalised after a committee's name or in a portal's chain of units. */
    @Test
    void aCapitalisedUnitWordAfterACommitteeOrInAChain_namesAPlace() {
        assertField(
                "UỶ BAN NHÂN DÂN / XÃ DÂN LỰC / Số:        /KH-UBND / Dân Lực, ngày 18 tháng 02 năm 2021 / KẾ HOẠCH /"
                        + " Thông tin, tuyên truyền Cuộc bầu cử / Thực hiện Kế hoạch số 21/KH-UBND ngày 31/01/2021 của"
                        + " UBND tỉnh Thanh Hóa; Kế hoạch số 661/KH-UBND ngày 05/02/2021 của UBND Huyện Triệu Sơn.",
                "issuer",
                "Ủy ban nhân dân xã Dân Lực | commune | Dân Lực | Triệu Sơn | Thanh Hóa");
        assertField(
                "Chào mừng bạn đến với Trang thông tin điện tử Xã Đông Quang - Huyện Đông Sơn - Tỉnh Thanh Hóa /"
                        + " ỦY BAN NHÂN DÂN / XÃ ĐÔNG QUANG / Số: 68/KH-UBND / Đông Quang, ngày 18 tháng 6 năm 2020 /"
                        + " KẾ HOẠCH / Phát triển kinh tế năm 2020",
                "issuer",
                "Ủy ban nhân dân xã Đông Quang | commune | Đông Quang | Đông Sơn | Thanh Hóa");
        assertField(
                "ỦY BAN NHÂN DÂN / XÃ AN PHÚ / Số: 5/KH-UBND / An Phú, ngày 2 tháng 3 năm 2024 / KẾ HOẠCH / Tuyên"
                        + " truyền năm 2024 / Huyện Đoàn phối hợp với Hội Phụ nữ xã.",
                "issuer",
                "Ủy ban nhân dân xã An Phú | commune | An Phú | null | null");
    }

    /** Issue 18: a website's facts table run together without spaces ("Kế hoạchNgười ký:", "BCĐTWNgày"). */
    @Test
    void aFactsTableRunTogether_stillGivesTheNumberAndTheSigner() {
        String page = "thuộc tính Kế hoạch 02-KH/BCĐTW / Cơ quan ban hành: Ban Chỉ đạo Trung ương về phát triển khoa"
                + " học, công nghệ, đổi mới sáng tạo và chuyển đổi sốSố công báo:Đang cập nhật / Số"
                + " hiệu:02-KH/BCĐTWNgày đăng công báo:Đang cập nhật / Loại văn bản:Kế hoạchNgười ký:Trần Cẩm Tú /"
                + " Ngày ban hành:19/06/2025Ngày hết hiệu lực:Đang cập nhật";
        assertField(page, "number", "02-KH/BCĐTW");
        assertField(page, "signer", "Trần Cẩm Tú | null");
        assertField(page, "date", "2025-6-19");
    }

    /** Issue 18: a site that drops spaces between words ("PHÊDUYỆT KẾ HOẠCH"): still a decision issuing a plan. */
    @Test
    void aDecisionWhoseSiteDroppedSpaces_stillIssuesItsPlan() {
        assertField(
                "THỦ TƯỚNG CHÍNH PHỦ / CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Số: 719/QĐ-TTg / Hà Nội, ngày 15 tháng 06"
                        + " năm 2012 / QUYẾT ĐỊNH / PHÊDUYỆT KẾ HOẠCH TỔ CHỨC CÁC HOẠT ĐỘNG KỶ NIỆM 100 NĂM NGÀY SINH /"
                        + " THỦ TƯỚNG CHÍNH PHỦ / Căn cứ Luật tổ chức Chính phủngày 25 tháng 12 năm 2001; /"
                        + " QUYẾT ĐỊNH: /"
                        + " Điều 1. Ban hành kèm theoQuyết định này Kế hoạch tổ chức các hoạt động kỷ niệm.",
                "type",
                "quyet_dinh");
    }

    /** Issue 18 (dev9): a year closing a subject in capitals is no deciding authority's ("... HẢI PHÒNG NĂM 2022"). */
    @Test
    void aPlaceWhoseLastWordIsABodysHead_keepsTheSubjectAndItsYear() {
        String plan = "ỦY BAN NHÂN DÂN / THÀNH PHỐ HẢI PHÒNG / Số: 74/KH-UBND / Hải Phòng, ngày 24 tháng 3 năm 2022 /"
                + " KẾ HOẠCH / CHUYỂN ĐỔI SỐ THÀNH PHỐ HẢI PHÒNG NĂM 2022 / Căn cứ Nghị quyết số 03-NQ/TU;";
        assertField(plan, "title", "Kế hoạch chuyển đổi số thành phố Hải Phòng năm 2022");
        assertField(plan, "period", "2022-2022");
    }

    /** Issue 18 (dev9): a chairman's post run into the subject's last line is cut with the body it heads. */
    @Test
    void aChairmansAuthorityRunIntoTheSubject_isCutWhole() {
        assertField(
                "ỦY BAN NHÂN DÂN / TỈNH QUẢNG NGÃI / Số: 1852/QĐ-UBND / Quảng Ngãi, ngày 06 tháng 10 năm 2017 /"
                        + " QUYẾT ĐỊNH / VỀ VIỆC BAN HÀNH KẾ HOẠCH TRIỂN KHAI THỰC HIỆN BỘ TIÊU CHÍ ĐẾN NĂM 2020"
                        + " TRÊN ĐỊA"
                        + " BÀN TỈNH QUẢNG NGÃI CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH QUẢNG NGÃI / Căn cứ Luật Tổ chức;",
                "title",
                "Quyết định về việc ban hành kế hoạch triển khai thực hiện bộ tiêu chí đến năm 2020 trên địa bàn tỉnh"
                        + " Quảng Ngãi");
    }

    /** Issue 18 (dev9): a symbol printed with spaces about its hyphen; a programme of action is a plan. */
    @Test
    void aSpacedSymbolAndAProgrammeOfAction() {
        String programme = "UỶ BAN NHÂN DÂN / THỊ TRẤN VĨNH LỘC / Số: 76 /CTr - UBND / CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT"
                + " NAM / Thị trấn Vĩnh Lộc, ngày 29 tháng 5 năm 2020 / CHƯƠNG TRÌNH HÀNH ĐỘNG / Thực hiện Nghị quyết"
                + " Đại hội đại biểu Đảng bộ thị trấn Vĩnh Lộc";
        assertField(programme, "number", "76/CTr-UBND");
        assertField(programme, "type", "ke_hoach");
        assertField("Số: 12/KH-UBND - Hà Nội / KẾ HOẠCH / Cải cách hành chính năm 2022", "number", "12/KH-UBND");
        assertField("Số: 3/CTr-UBND / CHƯƠNG TRÌNH / Công tác năm 2024", "type", "other");
    }

    /**
     * Issue 18 (dev4): a resolution printed without its header gives its number and date in its plan's note; a
     * regulation's note naming the decision that issues it gives the regulation none.
     */
    @Test
    void aResolutionWithoutItsHeader_takesItsNumberAndDateFromItsPlansNote() {
        String resolution = "NGHỊ QUYẾT / Ban hành Kế hoạch sửa đổi, bổ sung các luật, nghị quyết / ỦY BAN THƯỜNG VỤ"
                + " QUỐC HỘI / Căn cứ Luật Tổ chức Quốc hội; / QUYẾT NGHỊ: / Điều 1. / Ban hành kèm theo Nghị quyết"
                + " này Kế hoạch sửa đổi, bổ sung các luật. / KẾ HOẠCH / Sửa đổi, bổ sung các luật / *(Ban hành kèm"
                + " theo Nghị quyết số 1339/NQ-UBTVQH15 ngày 28 tháng 12 năm 2024 của Uỷ ban thường vụ Quốc hội)*";
        assertField(resolution, "number", "1339/NQ-UBTVQH15");
        assertField(resolution, "date", "2024-12-28");
        String regulation = "ỦY BAN NHÂN DÂN / XÃ XUÂN PHÚ / | / QUY CHẾ LÀM / VIỆC / CỦA ỦY / BAN NHÂN DÂN XÃ XUÂN PHÚ"
                + " NHIỆM KỲ 2021 -2026 / (Ban hành kèm theo Quyết định số: 59/QĐ-UBND / Ngày 22 tháng / 7 năm 2021"
                + " của Ủy ban nhân dân xã Xuân / Phú) / Chương I / NHỮNG QUY ĐỊNH CHUNG";
        assertField(regulation, "number", null);
    }

    /** Issue 18 (dev4): a resolution that issues a plan is quyet_dinh; one that approves a plan is other. */
    @Test
    void aResolutionIssuingAPlan_isQuyetDinh() {
        assertField(
                "NGHỊ QUYẾT / Ban hành Kế hoạch sửa đổi, bổ sung các luật, nghị quyết phục vụ công tác sắp xếp tổ"
                        + " chức bộ máy / ỦY BAN THƯỜNG VỤ QUỐC HỘI / Căn cứ Luật Tổ chức Quốc hội;",
                "type",
                "quyet_dinh");
        assertField(
                "HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | / Số: 97/NQ-HĐND | Hà Giang, ngày 10 tháng 7"
                        + " năm 2024 | / VỀ VIỆC THÔNG QUA KẾ HOẠCH SỬ DỤNG ĐẤT 05 NĂM (2021 - 2025) CỦA TỈNH"
                        + " HÀ GIANG /"
                        + " HỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG / Căn cứ Luật Đất đai;",
                "type",
                "other");
    }

    /** Issue 18 (dev9): a circular printed without its title: the enacting formula under its grounds names it. */
    @Test
    void aCircularWithoutItsTitle_takesItFromTheEnactingFormula() {
        assertField(
                "BỘ NỘI VỤ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | / Số: 07/2023/TT-BNV | Hà Nội, ngày 31 tháng 5 năm"
                        + " 2023 | / Căn cứ Nghị định số 63/2022/NĐ-CP; / Căn cứ Nghị định số 32/2019/NĐ-CP; / Căn cứ"
                        + " Nghị định số 101/2017/NĐ-CP; / Căn cứ Nghị định số 89/2021/NĐ-CP; / Theo đề nghị của Vụ"
                        + " trưởng Vụ Tổ chức cán bộ; / Bộ trưởng Bộ Nội vụ ban hành Thông tư Quy định tiêu chí"
                        + " đánh giá"
                        + " chất lượng dịch vụ bồi dưỡng cán bộ, công chức, viên chức.",
                "title",
                "Thông tư quy định tiêu chí đánh giá chất lượng dịch vụ bồi dưỡng cán bộ, công chức, viên chức");
    }

    /** Issue 18 (dev9): a header a document-sharing site ran into one line and stripped of its hyphens. */
    @Test
    void aHeaderRunIntoOneLine_givesTheTitleTypeAndPeriod() {
        String line = "1. BỘ Y TẾ CỘNG HÒA XàHỘI CHỦ NGHĨA VIỆT NAM Độc lập Tự do Hạnh phúc Số: 5556/QĐBYT Hà Nội,"
                + " ngày 04 tháng 12 năm 2021 QUYẾT ĐỊNH VỀ VIỆC PHÊ DUYỆT KẾ HOẠCH HÀNH ĐỘNG PHÒNG CHỐNG SUY DINH"
                + " DƯỠNG THẤP CÒI GIAI ĐOẠN 20212025 BỘ TRƯỞNG BỘ Y TẾ Căn cứ Nghị định số 75/2017/NĐCP;";
        assertField(
                line,
                "title",
                "Quyết định về việc phê duyệt kế hoạch hành động phòng chống suy dinh dưỡng thấp còi giai đoạn"
                        + " 20212025");
        assertField(line, "type", "quyet_dinh");
        assertField(line, "period", "2021-2025");
        assertField(line, "number", "5556/QĐBYT");
    }

    /** Issue 18 (dev2): a page that starts inside a plan without its header: its first unit names its kind. */
    @Test
    void aPageStartingAtThePlansGrounds_isAPlan() {
        assertField(
                "Trang thông tin điện tử xã Thạch Kim / Thứ hai - 11/11/2024 04:09 / I. CĂN CỨ LẬP KẾ HOẠCH -"
                        + " Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ;",
                "type",
                "ke_hoach");
    }

    /** Issue 18 (dev2): a site's stamp a page ran onto a place's line ("... Thanh Hóa Đăng lúc: ...") is no name. */
    @Test
    void aSitesStampRunOntoAPlacesLine_isNotPartOfItsName() {
        assertField(
                "Chào mừng bạn đến với Trang thông tin điện tử Phường Long Anh - TP.Thanh Hóa / THÔNG BÁO Về việc niêm"
                        + " yết tại xã Hoằng Quang, thành phố Thanh Hóa Đăng lúc: 17:00:00 02/01/2024 / ỦY BAN NHÂN"
                        + " DÂN / PHƯỜNG / LONG ANH / Số:      /BC-UBND / Long Anh, ngày       tháng 01 năm 2024 /"
                        + " DỰ THẢO BÁO CÁO / Đánh giá kết quả năm 2023 / Thực hiện Kế hoạch số 127/KH-UBND của UBND"
                        + " thành phố Thanh"
                        + " Hóa về công tác phổ biến, giáo dục pháp luật.",
                "issuer",
                "Ủy ban nhân dân phường Long Anh | commune | Long Anh | Thanh Hóa | null");
    }
}
