package org.planlens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planlens.model.LegalReference;
import org.planlens.rules.ModelData;
import org.planlens.structure.SectionTree;

class LegalReferenceExtractorTest {
    private static final LegalReferenceExtractor EXTRACTOR = new LegalReferenceExtractor(ModelData.packaged());
    private static final SectionTree NO_SECTIONS = new SectionTree(List.of());

    private static List<LegalReference> refs(String text) {
        return EXTRACTOR.extract(text.replace("\\n", "\n"), NO_SECTIONS);
    }

    /** One citation a line: text | type | number | key | date ("-" for none). Line breaks written as \n. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Căn cứ Nghị định 90/2020/NĐ - CP ngày 13/8/2020 của Chính phủ; \
                | Nghị định    | 90/2020/NĐ-CP      | 90/2020/nd-cp@2020      | 2020-08-13
            bám sát Nghị quyết số 45- NQ/TW của Bộ Chính trị \
                | Nghị quyết   | 45-NQ/TW           | 45-nq/tw                | -
            Chương trình hành động số 105-\\nCTr/HU ngày 07/12/2021 của Huyện ủy \
                | Chương trình | 105-CTr/HU         | 105-ctr/hu@2021         | 2021-12-07
            Căn cứ Thông báo số 70-TB/TWngày 06 tháng 01 năm 2012 của Ban Bí thư \
                | Thông báo    | 70-TB/TW           | 70-tb/tw                | -
            Kế hoạch số 51-KH/HU ngày 15 tháng 9 năm 2017 của Ban Thường vụ \
                | Kế hoạch     | 51-KH/HU           | 51-kh/hu@2017           | 2017-09-15
            theo Quyết định số 1847/QĐ-TTg ngày\\n27/12/2018 của Thủ tướng \
                | Quyết định   | 1847/QĐ-TTg        | 1847/qd-ttg@2018        | 2018-12-27
            Công văn số 215/UBND-KSTT ngày 03 tháng 02 năm 2023 của UBND tỉnh \
                | Công văn     | 215/UBND-KSTT      | 215/ubnd-kstt@2023      | 2023-02-03
            Thông tư số 02/2021/TT-BNV của Bộ Nội vụ \
                | Thông tư     | 02/2021/TT-BNV     | 02/2021/tt-bnv@2021     | -
            quyết định số 41/2020/QĐ-UBND ngày 01/8/2020 của UBND tỉnh \
                | Quyết định   | 41/2020/QĐ-UBND    | 41/2020/qd-ubnd@2020    | 2020-08-01
            Nghị quyết số\\n1211/2016/UBTVQH13 ngày 25/5/2016 \
                | Nghị quyết   | 1211/2016/UBTVQH13 | 1211/2016/ubtvqh13@2016 | 2016-05-25
            Thông báo kết luận số 88-TB/TU ngày 10/3/2022 \
                | Thông báo    | 88-TB/TU           | 88-tb/tu@2022           | 2022-03-10
            Quyết định số 25/QĐ-UBND, ngày 12-01-2024 của UBND huyện \
                | Quyết định   | 25/QĐ-UBND         | 25/qd-ubnd@2024         | 2024-01-12
            Căn cứ Luật Thanh tra số 11/2022/QH15; \
                | Luật         | 11/2022/QH15       | 11/2022/qh15@2022       | -
            thực hiện Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ \
                | Nghị quyết   | 30c/NQ-CP          | 30c/nq-cp@2011          | 2011-11-08
            triển khai Nghị quyết số 06/TU của Tỉnh ủy về chuyển đổi số \
                | Nghị quyết   | 06/TU              | 06/tu                   | -
            Quyết định số 136/2001/QĐ-TTg ngày 17/9/2001 của Thủ tướng Chính phủ \
                | Quyết định   | 136/2001/QĐ-TTg    | 136/2001/qd-ttg@2001    | 2001-09-17
            Chương trình số 10-CTr/TU ngày 15/3/2021 của Tỉnh ủy \
                | Chương trình | 10-CTr/TU          | 10-ctr/tu@2021          | 2021-03-15
            theo Công văn số 6709/UBND-\\nNC ngày 24/11/2025 của UBND tỉnh \
                | Công văn     | 6709/UBND-NC       | 6709/ubnd-nc@2025       | 2025-11-24
            Chính phủ đã ban hành Nghị quyết số 66.7/2025/NQ-CP ngày 15 tháng 11 năm 2025 \
                | Nghị quyết   | 66.7/2025/NQ-CP    | 66.7/2025/nq-cp@2025    | 2025-11-15
            Công văn số 2231/SNV-CCHC&PC ngày 28 tháng 9 năm 2018 của Sở Nội vụ \
                | Công văn     | 2231/SNV-CCHC&PC   | 2231/snv-cchc&pc@2018   | 2018-09-28
            theo văn bản hướng dẫn số 374/ĐK:HT ngày 29/12/2022 của Bộ Công an \
                | Công văn     | 374/ĐK:HT          | 374/dk:ht@2022          | 2022-12-29
            Quy định số 178-QĐ/TW ngày 27/6/2024 của Bộ Chính trị về kiểm soát quyền lực \
                | Quyết định   | 178-QĐ/TW          | 178-qd/tw@2024          | 2024-06-27
            Công điện số 05/CĐ-BTC ngày 25/7/2025 của Bộ trưởng Bộ Tài chính \
                | Công văn     | 05/CĐ-BTC          | 05/cd-btc@2025          | 2025-07-25
            Triển khai Kế hoạch hành động số 328-KH/TU, ngày 24/4/2025 của Tỉnh ủy \
                | Kế hoạch     | 328-KH/TU          | 328-kh/tu@2025          | 2025-04-24
            """)
    void numberedCitation_isRepairedAndKeyed(String text, String type, String number, String key, String date) {
        List<LegalReference> found = refs(text);
        assertEquals(1, found.size(), () -> "references in: " + text + " -> " + found);
        LegalReference r = found.get(0);
        assertEquals(type, r.type());
        assertEquals(number, r.number());
        assertEquals(key, r.key());
        assertEquals(date, r.date());
    }

    /** Laws and standards cited by name: text | type | name | key. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            thực hiện Luật Đầu tư công năm 2019 về giải ngân vốn \
                | Luật       | Luật Đầu tư công   | luat:dau tu cong
            theo quy định của Luật Thanh tra. \
                | Luật       | Luật Thanh tra     | luat:thanh tra
            áp dụng Hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại \
                | Tiêu chuẩn | TCVN ISO 9001:2015 | tieu chuan:iso 9001:2015
            xây dựng theo tiêu chuẩn TCVN 14423:2025 về An ninh mạng \
                | Tiêu chuẩn | TCVN 14423:2025    | tieu chuan:14423:2025
            Theo tiến độ được giao của Luật An ninh mạng 2025. \
                | Luật       | Luật An ninh mạng  | luat:an ninh mang
            gắn kết việc thi hành Luật Bảo vệ dữ liệu cá nhân với việc xây dựng thể chế \
                | Luật       | Luật Bảo vệ dữ liệu cá nhân | luat:bao ve du lieu ca nhan
            theo quy định của Luật Ngân sách nhà nước và quy định về phân cấp ngân sách \
                | Luật       | Luật Ngân sách nhà nước | luat:ngan sach nha nuoc
            Phối hợp rà soát, sửa đổi Luật Quy hoạch và xây dựng các văn bản có liên quan \
                | Luật       | Luật Quy hoạch     | luat:quy hoach
            Nghị định hướng dẫn chi tiết thi hành Luật Quy hoạch sửa đổi \
                | Luật       | Luật Quy hoạch     | luat:quy hoach
            Căn cứ Luật tổ chức chính quyền địa phương ngày 19/6/2015; \
                | Luật       | Luật tổ chức chính quyền địa phương | luat:to chuc chinh quyen dia phuong
            Sau khi sửa đổi, bổ sung Luật Tổ chức Quốc hội thì nội dung này sẽ do Ủy ban Kinh tế thực hiện \
                | Luật       | Luật Tổ chức Quốc hội | luat:to chuc quoc hoi
            quy định tại Luật Đầu tư và Nghị định hướng dẫn Luật Đầu tư; \
                | Luật       | Luật Đầu tư        | luat:dau tu
            của Luật Quy hoạch, các Nghị quyết của Chính phủ, các quy định liên quan \
                | Luật       | Luật Quy hoạch     | luat:quy hoach
            theo quy định tại Luật Quy hoạch cho các cơ quan đăng ký đầu tư \
                | Luật       | Luật Quy hoạch     | luat:quy hoach
            """)
    void namedCitation_keepsNameWithoutYear(String text, String type, String name, String key) {
        List<LegalReference> found = refs(text);
        assertEquals(1, found.size(), () -> "references in: " + text + " -> " + found);
        assertEquals(type, found.get(0).type());
        assertEquals(name, found.get(0).name());
        assertEquals(key, found.get(0).key());
        assertEquals(null, found.get(0).number());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Tổ chức thực hiện nghiêm túc Kế hoạch này.
            Quán triệt Nghị quyết Đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020-2025.
            Ban hành kèm theo Quyết định số /QĐ-UBND ngày / /2024 của UBND huyện
            Xây dựng Kế hoạch số lượng người làm việc năm 2024.
            các Luật, văn bản của Trung ương
            Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2026.
            góp ý dự thảo Luật Dữ liệu và dự án Luật Quy hoạch (sửa đổi)
            Theo đề nghị của Sở Nội vụ tại Tờ trình số 1494/TTr-SNV ngày 28 tháng 6 năm 2018
            Báo cáo thẩm định số 187/BC-STP ngày 20/6/2018 của Sở Tư pháp
            Triển khai có hiệu quả Đề án 06 về phát triển ứng dụng dữ liệu về dân cư.
            "Tổng\tLuật\tNghị định\tQuyết định của TTgCP"
            """)
    void textWithoutCitation_givesNothing(String text) {
        assertEquals(List.of(), refs(text));
    }

    /** Issue 18 (dev6): a party committee's "Thông tri" (its circular to members) is read as a directive. */
    @Test
    void aThongTri_isADirective() {
        List<LegalReference> found =
                refs("Thực hiện Thông tri số 02-TT/TU ngày 03 tháng 10 năm 2025 của Thành ủy Thành phố Hồ Chí Minh.");
        assertEquals(
                List.of("02-TT/TU"), found.stream().map(LegalReference::number).toList());
        assertEquals("Chỉ thị", found.get(0).type());
    }

    @Test
    void issuer_endsAtFirstWordOutsideTheBodyName() {
        LegalReference r =
                refs("Thực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2024 của UBND tỉnh Bắc Giang về cải cách hành chính")
                        .get(0);
        assertEquals("UBND tỉnh Bắc Giang", r.issuer());
    }

    @Test
    void documentCitedTwice_isOneReferenceWithBothMentions() {
        String text = "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ;\n"
                + "Thực hiện tốt Nghị quyết số 76/NQ-CP về CCHC;\n"
                + "Căn cứ Luật Cư trú;\nÁp dụng ISO 9001-2015 và TCVN ISO 9001:2015.";
        List<LegalReference> found = refs(text);
        assertEquals(
                List.of("r1", "r2", "r3"),
                found.stream().map(LegalReference::id).toList());
        LegalReference nq = found.get(0);
        assertEquals("76/nq-cp@2021", nq.key());
        assertEquals(2, nq.mentions().size());
        assertTrue(text.substring(
                        nq.mentions().get(1).start(), nq.mentions().get(1).end())
                .startsWith("Nghị quyết số 76/NQ-CP"));
        assertEquals("TCVN ISO 9001:2015", found.get(2).name(), "the fullest printed name of the standard is kept");
    }

    @Test
    void lawNameReadOnIntoTheSentence_isCutToTheNameReadWholeElsewhere() {
        // prov-hcm-kh172: the plan names the law whole once ("Luật Việc làm;") and elsewhere runs on after it
        String text = "Kế hoạch triển khai thi hành Luật Việc làm;\n"
                + "tổ chức thi hành Luật Việc làm bảo đảm kịp thời, đồng bộ, thống nhất, hiệu lực, hiệu quả.\n"
                + "thi hành Luật Việc làm trên địa bàn Thành phố.\n"
                + "theo quy định của Luật Ngân sách nhà nước, nguồn chi tổ chức và hoạt động bảo hiểm thất nghiệp\n"
                + "quy định của Luật Ngân sách nhà nước và Luật Việc làm, Luật Đầu tư công và pháp luật có liên quan.";
        assertEquals(
                List.of("Luật Việc làm", "Luật Ngân sách nhà nước", "Luật Đầu tư công"),
                refs(text).stream().map(LegalReference::name).toList());
    }

    @Test
    void lawNameAWordLongerThanAnother_isAnotherLaw() {
        assertEquals(
                List.of("Luật Đầu tư", "Luật Đầu tư công"),
                refs("Căn cứ Luật Đầu tư;\nCăn cứ Luật Đầu tư công;").stream()
                        .map(LegalReference::name)
                        .toList());
    }

    @Test
    void ownNumberInHeader_isNotAReference() {
        String text = "ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nSố: 27/KH-UBND\nKẾ HOẠCH\nThực hiện Kế hoạch số 9/KH-UBND "
                + "ngày 02/01/2024 của UBND huyện.";
        assertEquals(
                List.of("9/KH-UBND"),
                refs(text).stream().map(LegalReference::number).toList());
    }

    @Test
    void ownDecisionInTheParenthesisUnderTheTitle_isNotAReference() {
        String text = "KẾ HOẠCH\nCải cách hành chính năm 2024\n"
                + "(Ban hành kèm theo Quyết định số 456/QĐ-UBND ngày 10/01/2024 của UBND huyện)\n"
                + "Thực hiện Kế hoạch ban hành kèm theo Quyết định số 77/QĐ-UBND ngày 05/01/2024 của UBND tỉnh.";
        assertEquals(
                List.of("77/QĐ-UBND"),
                refs(text).stream().map(LegalReference::number).toList());
    }

    @Test
    void amendingLaw_isOneReference() {
        List<LegalReference> found =
                refs("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức ngày "
                        + "25/11/2019;");
        assertEquals(1, found.size(), found::toString);
        assertEquals("2019-11-25", found.get(0).date());
    }

    /** The texts that guide a law ("và các văn bản hướng dẫn thi hành", ", các văn bản") are no part of its name. */
    @Test
    void guidingTextsAfterALawsName_endTheName() {
        List<LegalReference> found = refs("phù hợp với các nội dung của Luật sửa đổi, bổ sung Luật Bảo vệ bí mật nhà"
                + " nước và các văn bản hướng dẫn thi hành bảo đảm đồng bộ, chặt chẽ, hiệu quả.\n"
                + "Thực hiện theo Luật Thi đua, khen thưởng, các văn bản hướng dẫn thi hành và các quy định.");
        assertEquals(
                List.of("Luật sửa đổi, bổ sung Luật Bảo vệ bí mật nhà nước", "Luật Thi đua, khen thưởng"),
                found.stream().map(LegalReference::name).toList());
    }

    /** A list of laws in one clause: each law is its own reference, up to the comma before the next capital. */
    @Test
    void lawsListedWithCommas_areOneReferenceEach() {
        List<LegalReference> found =
                refs("theo quy định của Luật Ngân sách nhà nước, Luật Đầu tư công và pháp luật " + "có liên quan.");
        assertEquals(
                List.of("Luật Ngân sách nhà nước", "Luật Đầu tư công"),
                found.stream().map(LegalReference::name).toList());
    }

    /**
     * An amending law ends before the number of a law it lists (that law's own reference); a number with a date after
     * it is the amending law's.
     */
    @Test
    void amendingLaw_endsBeforeTheNumbersOfTheLawsItAmends() {
        List<LegalReference> found = refs("Căn cứ Luật Đất đai số 31/2024/QH15 ngày 18 tháng 01 năm 2024, được sửa "
                + "đổi, bổ sung một số điều tại Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, "
                + "Luật Nhà ở số 27/2023/QH15 và Luật Các tổ chức tín dụng số 32/2024/QH15;\n"
                + "Căn cứ Luật Xây dựng số 50/2014/QH13, được sửa đổi, bổ sung tại Luật sửa đổi, bổ sung một số "
                + "điều của Luật xây dựng số 62/2020/QH14 ngày 17 tháng 06 năm 2020;\n"
                + "được sửa đổi, bổ sung tại Luật Sửa đổi, bổ sung một số điều của Luật Đấu thầu, Luật Hải quan;");
        assertEquals(
                List.of(
                        "31/2024/QH15",
                        "Luật sửa đổi, bổ sung một số điều của Luật Đất đai",
                        "27/2023/QH15",
                        "32/2024/QH15",
                        "50/2014/QH13",
                        "62/2020/QH14",
                        "Luật Sửa đổi, bổ sung một số điều của Luật Đấu thầu, Luật Hải quan"),
                found.stream()
                        .map(r -> r.number() != null ? r.number() : r.name())
                        .toList());
        assertEquals("2020-06-17", found.get(5).date());
    }

    /** A website's notice to its members around a saved document cites nothing for the document. */
    @Test
    void citationsInASitesFurniture_areNotReferences() {
        String text = "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ;\n"
                + "Sứ mệnh của THƯ VIỆN PHÁP LUẬT là kết nối cộng đồng Dân Luật Việt Nam.\n"
                + "Kính gửi: Quý Thành viên, Nghị định 13/2023/NĐ-CP về Bảo vệ dữ liệu cá nhân yêu cầu xác nhận.\n"
                + "Thực hiện Nghị định 13/2023/NĐ-CP, chúng tôi cập nhật Quy chế bên dưới.\n"
                + "Trân trọng cảm ơn Quý Thành viên.";
        assertEquals(
                List.of("76/NQ-CP"),
                refs(text).stream().map(LegalReference::number).toList());
    }

    /** A page's opening cut inside a symbol cites the document it cited whole before. */
    @Test
    void citationCutOffByTheEndOfTheText_isTheDocumentCitedWhole() {
        List<LegalReference> found = refs("Căn cứ Quyết định số 2629/QĐ-TTg ngày 01/12/2025 của Thủ tướng Chính "
                + "phủ;\n- Kịp thời cụ thể hóa các nhiệm vụ được giao tại Quyết định số 2629/QĐ-T");
        assertEquals(1, found.size(), found::toString);
        assertEquals(2, found.get(0).mentions().size());
    }

    /** A page that reports the document ("đã ban hành Kế hoạch số ...") does not cite it. */
    @Test
    void theDocumentsOwnNumber_fromItsMetadata_isNotAReference() {
        String text = "Ngày 30/12/2025, Văn phòng UBND tỉnh đã ban hành Kế hoạch số 1888/KH-VPUBND về cải cách "
                + "hành chính năm 2026.\nThực hiện Kế hoạch số 8328/KH-UBND ngày 23/12/2025 của UBND tỉnh;";
        assertEquals(
                List.of("8328/KH-UBND"),
                EXTRACTOR.extract(text.replace("\\n", "\n"), NO_SECTIONS, "1888/KH-VPUBND").stream()
                        .map(LegalReference::number)
                        .toList());
    }

    /** Issue 18: symbols printed with a dot for the hyphen, and a date after a spaced dash, in real openings. */
    @Test
    void aSymbolWithADot_andADateAfterASpacedDash_areReadAsPrinted() {
        assertEquals(
                List.of("136/2001/QĐ.TTg", "06/TU"),
                refs("Căn cứ Quyết định số 136/2001/QĐ.TTg ngày 17/9/2001 của Thủ tướng Chính"
                                + " Phủ ban hành Chương trình;"
                                + " chọn ngày ban hành Nghị quyết 06/TU - ngày 26/3 hàng năm là"
                                + " Ngày chuyển đổi số")
                        .stream()
                        .map(LegalReference::number)
                        .toList());
    }

    /** Issue 18: several decisions named together, their numbers in a parenthesis after what they do. */
    @Test
    void documentsNamedTogether_takeTheNumbersInTheirParenthesis() {
        List<LegalReference> found = refs("các Quyết định của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch phê duyệt"
                + " điều chỉnh Quy hoạch mạng lưới cơ sở Văn hóa và Thể thao thời kỳ 2021-2030 (Số 1226/QĐ-BVHTTDL ngày"
                + " 29/4/2025 và số 2657/QĐ-BVHTTDL ngày 29/7/2025);");
        assertEquals(
                List.of("1226/QĐ-BVHTTDL", "2657/QĐ-BVHTTDL"),
                found.stream().map(LegalReference::number).toList());
        assertEquals(
                List.of("Quyết định", "Quyết định"),
                found.stream().map(LegalReference::type).toList());
        assertEquals("2025-07-29", found.get(1).date());
    }

    /** Issue 18: one decision printed with its year beside its number, then with the year inside it. */
    @Test
    void aNumberPrintedWithAndWithoutItsYear_isOneDocument() {
        List<LegalReference> found = refs("Thực hiện Quyết định 25/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ ban"
                + " hành quy định về xây dựng xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật; Thông tư số"
                + " 09/2021/TT-BTP ngày 15/11/2021 của Bộ Tư pháp hướng dẫn thi hành Quyết định số 25/2021/QĐ-TTg;");
        assertEquals(
                List.of("25/QĐ-TTg", "09/2021/TT-BTP"),
                found.stream().map(LegalReference::number).toList());
        assertEquals(2, found.get(0).mentions().size());
    }

    /** Issue 18: a law cited by number, its title after the number naming the laws it amends (not references). */
    /** A law cited once with its number and elsewhere by name alone is one reference, the numbered one. */
    @Test
    void lawCitedWithItsNumberAndByNameAlone_isOneReference() {
        List<LegalReference> found = refs("Căn cứ Luật Tổ chức Quốc hội số 57/2014/QH13 đã được sửa đổi;\n"
                + "Sau khi sửa đổi, bổ sung Luật Tổ chức Quốc hội thì nội dung này sẽ do Ủy ban thực hiện.\n"
                + "cập nhật các nội dung trong Luật Tổ chức Chính phủ.");
        assertEquals(
                List.of("57/2014/QH13", "Luật Tổ chức Chính phủ"),
                found.stream()
                        .map(r -> r.number() != null ? r.number() : r.name())
                        .toList());
    }

    @Test
    void amendingLawCitedByNumber_isOneReference_theLawsItAmendsAreItsTitle() {
        List<LegalReference> found = refs("- Luật số 03/2022/QH15 sửa đổi,\nbổ sung một số điều của Luật Đầu tư "
                + "công, Luật Đầu tư theo phương thức đối tác công tư, Luật Đầu tư, Luật Nhà ở, Luật Đấu thầu, "
                + "Luật Điện "
                + "lực, Luật Doanh nghiệp, Luật Thuế tiêu thụ đặc biệt và Luật thi hành án dân sự;\n"
                + "- Luật số 57/2024/QH15 sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư và Luật Đấu "
                + "thầu ngày 29/11/2024;\n"
                + "- Luật An ninh mạng 2025;");
        assertEquals(
                List.of("03/2022/QH15", "57/2024/QH15", "Luật An ninh mạng"),
                found.stream()
                        .map(r -> r.number() != null ? r.number() : r.name())
                        .toList());
        assertEquals("2024-11-29", found.get(1).date());
    }

    /** Issue 18: a law's long name holds a stop word ("theo"); its number in the QH form still is the law's. */
    @Test
    void lawWithALongName_takesTheNumberAfterIt() {
        List<LegalReference> found = refs("- Luật Đầu tư theo phương thức\nđối tác công tư số 64/2020/QH14 ngày "
                + "18/6/2020;\n- Luật Ngân sách nhà nước theo Nghị định số 163/2016/NĐ-CP;");
        assertEquals(
                List.of("64/2020/QH14", "Luật Ngân sách nhà nước", "163/2016/NĐ-CP"),
                found.stream()
                        .map(r -> r.number() != null ? r.number() : r.name())
                        .toList());
        assertEquals("2020-06-18", found.get(0).date());
    }

    /** Issue 18: Cyrillic letters typed for Latin ones inside a symbol; the number is the one printed in Latin. */
    @Test
    void cyrillicLookalikesInASymbol_areTheLatinLetters() {
        List<LegalReference> found = refs("Thông tư số 02/2024/TT-BKHĐ\u0422 ngày 06/3/2024 của Bộ Kế hoạch và "
                + "Đầu tư (được sửa đổi tại Thông tư số 105/2025/TT-BT\u0421); Thông tư số 02/2024/TT-BKHĐT;");
        assertEquals(
                List.of("02/2024/TT-BKHĐT", "105/2025/TT-BTC"),
                found.stream().map(LegalReference::number).toList());
        assertEquals(2, found.get(0).mentions().size());
    }

    /** Issue 18: documents of a kind listed after a colon, each item "số ..." with its date and subject. */
    @Test
    void documentsListedAfterAColon_areEachAReference() {
        List<LegalReference> found = refs("phù hợp với các Quy hoạch đã được Thủ tướng Chính phủ phê duyệt tại các "
                + "Quyết định: số 36/QĐ-TTg ngày 11/01/2024\nvề việc quy hoạch hạ tầng thông tin và truyền thông thời "
                + "kỳ 2021-2030; số 1569/QĐ-TTg ngày 12/12/2024 về việc phê duyệt quy hoạch Thủ đô và số 1668/QĐ-TTg "
                + "ngày 27/12/2024 về việc phê duyệt điều chỉnh Quy hoạch chung; phối hợp rà soát số 12/15 xã.");
        assertEquals(
                List.of("36/QĐ-TTg", "1569/QĐ-TTg", "1668/QĐ-TTg"),
                found.stream().map(LegalReference::number).toList());
        assertEquals(
                List.of("Quyết định", "Quyết định", "Quyết định"),
                found.stream().map(LegalReference::type).toList());
        assertEquals("2024-12-27", found.get(2).date());
    }
}
