package org.planlens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planlens.model.AdminLevel;
import org.planlens.model.Agency;
import org.planlens.model.Issuer;
import org.planlens.model.Pillar;
import org.planlens.rules.ModelData;
import org.planlens.structure.SectionParser;

/** Bodies and roles read from whole (small) plans: what counts as an assignment and where reading stops. */
class AgencyExtractorTest {
    private static final ModelData MODELS = ModelData.packaged();
    private static final AgencyExtractor EXTRACTOR = new AgencyExtractor(MODELS);
    private static final SectionParser SECTIONS = new SectionParser(MODELS);

    private static Map<String, String> roles(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Agency a : EXTRACTOR.extract(text, SECTIONS.parse(text), List.of(), Issuer.UNKNOWN)) {
            out.put(a.name(), a.roles().toString());
        }
        return out;
    }

    /** Each body named, in order, with the lead alone. */
    private static Map<String, String> allLead(String... bodies) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String body : bodies) {
            out.put(body, "[LEAD]");
        }
        return out;
    }

    /** The reform areas a body works in are exported with it (issue 19: the index no longer works them out). */
    @Test
    void aBodysPillars_areItsSectionsThenWhatItsParagraphsSpeakOf() {
        String text = "I. CẢI CÁCH THỦ TỤC HÀNH CHÍNH\n1. Văn phòng - Thống kê chủ trì rà soát thủ tục.\n"
                + "II. TỔ CHỨC THỰC HIỆN\n1. Phòng Văn hóa chủ trì triển khai chuyển đổi số.\n";
        Map<String, List<Pillar>> pillars = new LinkedHashMap<>();
        for (Agency a : EXTRACTOR.extract(text, SECTIONS.parse(text), List.of(), Issuer.UNKNOWN)) {
            pillars.put(a.name(), a.pillars());
        }
        assertEquals(List.of(Pillar.PROCEDURES), pillars.get("Văn phòng - Thống kê"));
        assertEquals(List.of(Pillar.DIGITAL_GOVERNMENT), pillars.get("Phòng Văn hóa"));
    }

    /**
     * Issue 18: a unit renamed for digital transformation keeps its lower-case field after "và" ("Cục Công nghệ thông
     * tin và chuyển đổi số"), and the list of bodies goes on after it.
     */
    @Test
    void aUnitNamedForDigitalTransformation_endsAfterItsWholeField() {
        String text = "Điều 3. Cục trưởng Cục Công nghệ thông tin và chuyển đổi số, Thủ trưởng các đơn vị thuộc Bộ Tài"
                + " chính chịu trách nhiệm thi hành Quyết định này./.\n";
        assertEquals(
                Map.of("Cục Công nghệ thông tin và chuyển đổi số", "[LEAD]", "các đơn vị thuộc Bộ Tài chính", "[LEAD]"),
                roles(text));
    }

    /**
     * Issue 18: who may be rewarded ("Đối tượng khen thưởng") are candidates for an award, not bodies assigned work;
     * the plan's own tasks around them still are.
     */
    @Test
    void bodiesListedAsCandidatesForAnAward_areAssignedNoWork() {
        String text = "II. NHIỆM VỤ\n1. Sở Nội vụ chủ trì hướng dẫn công tác bầu cử.\nIII. KHEN THƯỞNG\n"
                + "a) Đối tượng khen thưởng:\n- Tập thể: Các cơ quan, đơn vị cấp tỉnh, cấp xã có liên quan đến công tác"
                + " bầu cử; thôn, buôn, tổ dân phố trên địa bàn tỉnh trực tiếp thực hiện các nhiệm vụ về công tác bầu"
                + " cử.\nb) Tổ chức thực hiện:\n- Sở Nội vụ tổng hợp, trình khen thưởng.\n";
        assertEquals(Map.of("Sở Nội vụ", "[LEAD]"), roles(text));
    }

    /** Issue 18: after "A yêu cầu B ... thực hiện;" a clause without a subject goes on with B, not with A. */
    @Test
    void aClauseAfterAnAsk_goesOnWithTheBodiesAsked() {
        String text = "V. TỔ CHỨC THỰC HIỆN\nỦy ban nhân dân Thành phố yêu cầu các Sở, ban, ngành Thành phố, UBND"
                + " phường, xã nghiêm túc triển khai thực hiện; định kỳ trước ngày 30 tháng 11 hằng năm báo cáo kết quả"
                + " thực hiện về UBND Thành phố.\n";
        assertEquals(Map.of("các Sở, ban, ngành Thành phố", "[LEAD]", "UBND phường, xã", "[LEAD]"), roles(text));
    }

    /** Issue 18: the body results are sent to, to compile them, follows up the plan; unless it is the issuer. */
    @Test
    void theBodyResultsGoToForCompiling_monitors_unlessItIsTheIssuer() {
        String text = "V. TỔ CHỨC THỰC HIỆN\nĐịnh kỳ hằng năm (trước ngày 30 tháng 11) báo cáo kết quả thực hiện về Sở"
                + " Xây dựng, để tổng hợp báo cáo Ủy ban nhân dân Tỉnh.\n";
        assertEquals(Map.of("Sở Xây dựng", "[MONITOR]"), roles(text));
        String own = "V. TỔ CHỨC THỰC HIỆN\nBáo cáo định kỳ việc thực hiện, gửi Bộ Văn hóa, Thể thao và Du lịch để"
                + " tổng hợp, báo cáo Thủ tướng Chính phủ.\n";
        Issuer ministry = new Issuer("Bộ Văn hóa, Thể thao và Du lịch", AdminLevel.CENTRAL, null, null, null);
        assertEquals(
                List.of(),
                EXTRACTOR.extract(own, SECTIONS.parse(own), List.of(), ministry).stream()
                        .map(Agency::name)
                        .toList());
    }

    /**
     * Issue 18: a decision's executors' list of posts the page wrapped over lines before its verb ("chịu trách nhiệm
     * thi hành") is read as one sentence: every body in it carries the decision out.
     */
    @Test
    void aListOfPostsWrappedOverLines_reachesItsVerb() {
        String text = "Điều 3.\nChánh Văn phòng UBND tỉnh; Giám đốc Sở Nông nghiệp và\n"
                + "Phát triển nông thôn; Thủ trưởng các sở, ngành tỉnh; Chủ tịch UBND các huyện,\n"
                + "thị xã, thành phố và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành\n"
                + "Quyết định này.\n";
        assertEquals(
                allLead(
                        "Văn phòng UBND tỉnh",
                        "Sở Nông nghiệp và Phát triển nông thôn",
                        "các sở, ngành tỉnh",
                        "UBND các huyện, thị xã, thành phố"),
                roles(text));
    }

    @Test
    void theSentenceIssuingThePlan_assignsNoWork() {
        String text = "Thực hiện Kế hoạch số 5/KH-UBND của UBND huyện, UBND xã Hòa Phú ban hành Kế hoạch như sau:\n"
                + "I. TỔ CHỨC THỰC HIỆN\n1. Phòng Kinh tế có nhiệm vụ như sau:\n"
                + "- Chủ trì rà soát thủ tục hành chính.\n";
        assertEquals(Map.of("Phòng Kinh tế", "[LEAD]"), roles(text));
    }

    @Test
    void aDecisionsDistributionList_doesNotEndTheReadingOfItsPlan() {
        String text = "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính.\n"
                + "Nơi nhận:\n- Sở Nội vụ;\n- Lưu: VT.\nCHỦ TỊCH\nNguyễn Văn A\nKẾ HOẠCH\n"
                + "I. TỔ CHỨC THỰC HIỆN\n1. Phòng Tư pháp chủ trì rà soát văn bản.\n";
        assertEquals(Map.of("Phòng Tư pháp", "[LEAD]"), roles(text));
    }

    @Test
    void twoBodiesJoinedByVa_areTwoAgencies_butAJointOfficeIsOne() {
        String text = "I. TỔ CHỨC THỰC HIỆN\n1. Hội Nông dân xã và Hội Liên hiệp Phụ nữ xã phối hợp tuyên truyền.\n"
                + "2. Văn phòng HĐND xã và UBND xã chủ trì tổng hợp báo cáo.\n";
        assertEquals(
                Map.of(
                        "Hội Nông dân xã",
                        "[COORDINATE]",
                        "Hội Liên hiệp Phụ nữ xã",
                        "[COORDINATE]",
                        "Văn phòng HĐND xã và UBND xã",
                        "[LEAD]"),
                roles(text));
    }

    @Test
    void hamletsOfTheCommune_areACollectiveAgency_andTheIssuerAnnouncingItsContentsIsNot() {
        String text = "UBND xã Khổng Lào xây dựng Kế hoạch cải cách hành chính năm 2026 với các nội dung sau:\n"
                + "I. TỔ CHỨC THỰC HIỆN\n1. Các thôn, bản trên địa bàn xã có trách nhiệm phổ biến Kế hoạch.\n";
        assertEquals(Map.of("Các thôn, bản trên địa bàn xã", "[LEAD]"), roles(text));
    }

    @Test
    void aListOfBodiesSplitBySemicolons_takesTheRoleOfItsClause() {
        String text =
                "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở, Trưởng các ban, ngành cấp tỉnh; Chủ tịch UBND"
                        + " các huyện, thị xã, thành phố chịu trách nhiệm thi hành Quyết định này./.\n";
        assertEquals(
                Map.of(
                        "Văn phòng UBND tỉnh", "[LEAD]",
                        "các sở", "[LEAD]",
                        "các ban, ngành cấp tỉnh", "[LEAD]",
                        "UBND các huyện, thị xã, thành phố", "[LEAD]"),
                roles(text));
    }

    @Test
    void anItemHeadedByBodiesAfterDeNghi_givesThemItsWork() {
        String text = "IV. TỔ CHỨC THỰC HIỆN\n6. Đề nghị: Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh\n"
                + "a) Tuyên truyền, vận động hội viên tham gia chuyển đổi số.\n";
        assertEquals(Map.of("Hiệp hội Doanh nghiệp tỉnh", "[LEAD]", "Hội Nông dân tỉnh", "[LEAD]"), roles(text));
    }

    @Test
    void theLeadAndPartnerColumnsOfATable_areRead_andANumberedRowHeadsNothing() {
        String text = "PHỤ LỤC\nSTT\tTên nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\n"
                + "I. NÂNG CAO NHẬN THỨC\n"
                + "1\tTriển khai nền tảng đào tạo trực tuyến mở\tSở KH&CN"
                + "\tCác sở, ban, ngành tỉnh; các đơn vị liên quan\tThường xuyên\n"
                + "2\tĐánh giá mức độ chuyển đổi số\tSở Công Thương\t1.250\tQuí IV-2025\n";
        assertEquals(
                Map.of("Sở KH&CN", "[LEAD]", "Các sở, ban, ngành tỉnh", "[COORDINATE]", "Sở Công Thương", "[LEAD]"),
                roles(text));
    }

    @Test
    void aClauseAfterASemicolon_goesOnWithItsSubject_andTheIssuerIssuingIsNoTask() {
        Issuer issuer = new Issuer("Ủy ban nhân dân xã Hoài Hải", AdminLevel.COMMUNE, "Hoài Hải", null, null);
        String text = "UBND xã Hoài Hải ban hành Quyết định số 246/QĐ-UBND ngày 10/5/2022 về việc kiện toàn.\n"
                + "1. Ủy ban nhân dân thành phố Đà Nẵng cần tiếp tục rà soát các nội dung về phân cấp; phối hợp với Bộ"
                + " Nội vụ tổng hợp, đánh giá việc phân cấp.\n";
        Map<String, String> out = new LinkedHashMap<>();
        for (Agency a : EXTRACTOR.extract(text, SECTIONS.parse(text), List.of(), issuer)) {
            out.put(a.name(), a.roles().toString());
        }
        assertEquals(
                Map.of("Ủy ban nhân dân thành phố Đà Nẵng", "[LEAD, COORDINATE]", "Bộ Nội vụ", "[COORDINATE]"), out);
    }

    /** Issue 18: a ministry's departments and the provinces' departments it addresses, names with commas inside. */
    @Test
    void aMinistrysDepartmentsAndTheProvincesDepartments_keepTheWholeNamesPrinted() {
        String text =
                "Điều 3. Chánh Văn phòng Bộ, Vụ trưởng Vụ Kế hoạch, Tài chính, Viện trưởng Viện Văn hóa, Nghệ thuật,"
                        + " Thể thao và Du lịch Việt Nam và Thủ trưởng các cơ quan liên quan chịu trách"
                        + " nhiệm thi hành Quyết định"
                        + " này./.\n"
                        + "IV. TỔ CHỨC THỰC HIỆN\n2. Các cơ quan trực thuộc Bộ Văn hóa, Thể thao và Du lịch\n"
                        + "Chủ trì, phối hợp với các Bộ, ngành liên quan, Ủy ban nhân dân các tỉnh, thành"
                        + " phố trực thuộc Trung"
                        + " ương ưu tiên bố trí nguồn lực.\n"
                        + "3. Sở Văn hóa, Thể thao và Du lịch/Sở Văn hóa và Thể thao tỉnh, thành phố trực"
                        + " thuộc Trung ương\n"
                        + "Chủ trì, phối hợp với các cơ quan có liên quan tham mưu cho Ủy ban nhân dân các tỉnh.\n";
        Map<String, String> out = roles(text);
        assertEquals("[LEAD]", out.get("Vụ Kế hoạch, Tài chính"));
        assertEquals("[LEAD]", out.get("Các cơ quan trực thuộc Bộ Văn hóa, Thể thao và Du lịch"));
        assertEquals(
                "[LEAD]",
                out.get("Sở Văn hóa, Thể thao và Du lịch/Sở Văn hóa và Thể thao tỉnh, thành phố trực thuộc"
                        + " Trung ương"));
        assertEquals(
                "[COORDINATE]", out.get("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"), out.toString());
    }

    /** Issue 18: a steering committee's name runs over its reform area to its unit ("... hành chính tỉnh"). */
    @Test
    void aSteeringCommitteesName_runsOverItsAreaToItsUnit() {
        String text = "Điều 2. Ban Chỉ đạo cải cách hành chính tỉnh có trách nhiệm giúp UBND tỉnh theo dõi, đôn đốc,"
                + " kiểm tra việc thực hiện kế hoạch.\n";
        assertEquals(Map.of("Ban Chỉ đạo cải cách hành chính tỉnh", "[LEAD, MONITOR]"), roles(text));
    }

    /**
     * Issue 18: the legal basis and the proposer name other documents' issuers, and a committee's members are persons;
     * none of them is assigned work.
     */
    @Test
    void theLegalBasisAndACommitteesMembers_assignNoWork() {
        String text =
                "Căn cứ Kết luận số 127-KL/TW ngày 28 tháng 02 năm 2025 của Bộ Chính trị, Ban Bí thư về triển khai"
                        + " nghiên cứu, đề xuất tổ chức bộ máy của hệ thống chính trị;\n"
                        + "Theo đề nghị của Bộ trưởng Bộ Nội vụ.\n"
                        + "Điều 1. Thành lập Ban Chỉ đạo gồm các thành viên sau đây:\n"
                        + "- Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà, Phó Trưởng ban thường trực;\n";
        assertEquals(Map.of(), roles(text));
    }

    /** Issue 18: a report's issuer reporting on its own results is no body assigned work. */
    @Test
    void aReportsIssuerReportingItsResults_isNoAssignment() {
        Issuer issuer = new Issuer("Ủy ban nhân dân phường Long Anh", AdminLevel.COMMUNE, "Long Anh", null, null);
        String text = "Ủy ban nhân dân phường Long Anh báo cáo kết quả xây dựng phường đạt chuẩn tiếp cận pháp luật năm"
                + " 2023 như sau:\nI. KẾT QUẢ ĐÁNH GIÁ ĐẠT CHUẨN TIẾP CẬN PHÁP LUẬT\n";
        assertEquals(List.of(), EXTRACTOR.extract(text, SECTIONS.parse(text), List.of(), issuer));
    }

    /** Issue 18: "Trưởng ban" heads the board named after it ("Trưởng ban Ban Tổ chức cán bộ"). */
    @Test
    void theHeadOfABoard_isThePostOfTheBoardNamedAfterIt() {
        String text = "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký. Trưởng ban Ban Tổ chức cán bộ, Chánh"
                + " Văn phòng Cục Thuế và Thủ trưởng các đơn vị thuộc Cục Thuế chịu trách nhiệm thi hành Quyết định"
                + " này./.\n";
        assertEquals(
                "[LEAD]", roles(text).get("Ban Tổ chức cán bộ"), roles(text).toString());
    }
    /** Issue 18 (dev4): state corporations whose names hold a word that ends other names ("không"). */
    @Test
    void stateCorporationsNamedWithAStopWord_keepTheirWholeNames() {
        String text = "II. CÁC NHIỆM VỤ\nb) Bộ Tài chính chỉ đạo Tổng công ty Hàng không Việt Nam, Tổng công ty Hàng"
                + " hải Việt Nam, Tổng công ty Đường sắt Việt Nam hỗ trợ tối đa vận chuyển lương thực.\n";
        assertEquals(
                Map.of(
                        "Bộ Tài chính", "[LEAD]",
                        "Tổng công ty Hàng không Việt Nam", "[LEAD]",
                        "Tổng công ty Hàng hải Việt Nam", "[LEAD]",
                        "Tổng công ty Đường sắt Việt Nam", "[LEAD]"),
                roles(text));
    }

    /** Issue 18 (dev4): "do", "hoặc", "định kỳ" after a body end its name; they open what it does. */
    @Test
    void aNameEndsBeforeDoHoacDinhKy() {
        String text = "Điều 13. Kinh phí hoạt động của Ban Chỉ đạo, Văn phòng Ban Chỉ đạo do ngân sách nhà nước bảo"
                + " đảm.\nĐiều 16. Kiểm tra hoạt động\n1. Ban Chỉ đạo định kỳ hoặc đột xuất tổ chức kiểm tra, đánh giá"
                + " tình hình thực hiện các nhiệm vụ.\n";
        assertEquals(
                List.of("Văn phòng Ban Chỉ đạo", "Ban Chỉ đạo"),
                List.copyOf(roles(text).keySet()));
    }

    /**
     * Issue 18 (dev4): a management board printed "Ban quản lý" in lower case, the Government named among central
     * bodies asked to act, the standing board of a named council; "Thủ tướng Chính phủ" that results go to is none.
     */
    @Test
    void boardsTheGovernmentAndStandingBoards_inTheListsThatAssignWork() {
        String text = "II. TRÁCH NHIỆM\n1. Sở Tài chính, Ban quản lý Khu Kinh tế Phú Yên có trách nhiệm "
                + "phối hợp công bố thông tin về quy hoạch.\nĐiều 2.\n2. Đề nghị Chính phủ, Tòa án nhân "
                + "dân tối cao chỉ đạo rà soát, đề xuất sửa đổi các luật.\n3. Thường trực Hội đồng Dân "
                + "tộc chủ trì cập nhật các nội dung, báo cáo Thủ tướng Chính phủ xem xét, quyết định.\n";
        assertEquals(
                Map.of(
                        "Sở Tài chính", "[LEAD, COORDINATE]",
                        "Ban quản lý Khu Kinh tế Phú Yên", "[LEAD, COORDINATE]",
                        "Chính phủ", "[LEAD]",
                        "Tòa án nhân dân tối cao", "[LEAD]",
                        "Thường trực Hội đồng Dân tộc", "[LEAD]"),
                roles(text));
    }

    /** Issue 18 (dev4): an item headed by a body whose tasks are assessments ("Đánh giá ...") gives it the lead. */
    @Test
    void anItemHeadedByABody_whoseTasksAreAssessments_leads() {
        String text = "V. TỔ CHỨC THỰC HIỆN\nc) Sở Khoa học và Công nghệ\n- Đánh giá về công nghệ sử dụng trong dự án"
                + " đầu tư;\n";
        assertEquals(Map.of("Sở Khoa học và Công nghệ", "[LEAD]"), roles(text));
    }

    /**
     * Issue 18 (dev5): bodies outside the issuer's command asked ("Đề nghị") to strengthen their own work lead it;
     * the party's, the courts', the state's regional offices keep their whole names.
     */
    @Test
    void bodiesAskedToStrengthenTheirWork_leadIt() {
        String text = "III. NHIỆM VỤ\n6. Đề nghị Văn phòng Tỉnh ủy và các Ban Xây dựng Đảng và Ủy ban Kiểm tra Tỉnh"
                + " ủy, Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Viện"
                + " kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh, Thuế tỉnh, Kiểm toán nhà nước khu vực II, Kho bạc"
                + " nhà nước khu vực XI, Ngân hàng nhà nước khu vực 8, Chi cục Hải quan khu vực XI tăng cường công"
                + " tác bảo vệ bí mật nhà nước theo quy định của pháp luật hiện hành.\n";
        assertEquals(
                allLead(
                        "Văn phòng Tỉnh ủy",
                        "các Ban Xây dựng Đảng",
                        "Ủy ban Kiểm tra Tỉnh ủy",
                        "Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh",
                        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
                        "Viện kiểm sát nhân dân tỉnh",
                        "Tòa án nhân dân tỉnh",
                        "Thuế tỉnh",
                        "Kiểm toán nhà nước khu vực II",
                        "Kho bạc nhà nước khu vực XI",
                        "Ngân hàng nhà nước khu vực 8",
                        "Chi cục Hải quan khu vực XI"),
                roles(text));
    }

    /**
     * Issue 18 (dev4): one head shared over several places ("Ủy ban nhân dân thành phố Hà Nội, thành phố Hồ Chí Minh
     * ... và tỉnh Quảng Ninh") names one body a place; state groups listed by name after "các tập đoàn, tổng công
     * ty:" are each a body.
     */
    @Test
    void aHeadSharedOverPlaces_andGroupsListedByName_areOneBodyEach() {
        String text = "II. NHIỆM VỤ\nd) Ủy ban nhân dân thành phố Hà Nội, thành phố Hồ Chí Minh, thành phố Hải Phòng và"
                + " tỉnh Quảng Ninh trực tiếp hỗ trợ chi viện về lương thực.\nb) Bộ Tài chính, Bộ Công Thương, Bộ"
                + " Khoa học và Công nghệ, Bộ Công an chỉ đạo các tập đoàn, tổng công ty: Điện lực Việt Nam, Bưu"
                + " chính - Viễn thông Việt Nam, Công nghiệp - Viễn thông Quân đội, Viễn thông MobiFone huy động tối"
                + " đa lực lượng, vật tư.\n";
        assertEquals(
                allLead(
                        "Ủy ban nhân dân thành phố Hà Nội",
                        "thành phố Hồ Chí Minh",
                        "thành phố Hải Phòng",
                        "tỉnh Quảng Ninh",
                        "Bộ Tài chính",
                        "Bộ Công Thương",
                        "Bộ Khoa học và Công nghệ",
                        "Bộ Công an",
                        "Điện lực Việt Nam",
                        "Bưu chính - Viễn thông Việt Nam",
                        "Công nghiệp - Viễn thông Quân đội",
                        "Viễn thông MobiFone"),
                roles(text));
    }

    /** Issue 18 (dev4): "đã" and a word of manner before the cue tell the subject's work as done: no task. */
    @Test
    void workToldAsDone_assignsNothing() {
        String text = "I. TÌNH HÌNH\nChính phủ, Thủ tướng Chính phủ đã tập trung chỉ đạo triển khai công tác phòng,"
                + " chống, ứng phó với thiên tai.\nII. NHIỆM VỤ\n1. Bộ Y tế chủ trì, chỉ đạo khắc phục hậu quả.\n";
        assertEquals(Map.of("Bộ Y tế", "[LEAD]"), roles(text));
    }

    /**
     * Issue 18 (dev6): in a conclusion notice, "Về ...: đề nghị các Tập đoàn: A, B tổ chức triển khai" gives A and B
     * the work (an assigning word after a topic's colon opens the clause), and the closing "Văn phòng Chính phủ thông
     * báo để X và các Bộ, cơ quan liên quan biết, thực hiện" tells X to carry the conclusions out; "để X biết" alone
     * tells it only.
     */
    @Test
    void aNoticesAddresseesToCarryItOut_andGroupsAskedAfterATopic_lead() {
        Issuer office = new Issuer("Văn phòng Chính phủ", AdminLevel.CENTRAL, null, null, null);
        String text = "III. VỀ MỘT SỐ KIẾN NGHỊ CỦA TỈNH\n9. Về triển khai hạ tầng phủ sóng khu vực miền núi: đề nghị"
                + " các Tập đoàn: Bưu chính Viễn thông Việt Nam, Công nghiệp - Viễn thông Quân đội tổ chức triển khai"
                + " thực hiện theo quy định.\nVăn phòng Chính phủ thông báo để Ủy ban nhân dân tỉnh Phú Thọ và các Bộ,"
                + " cơ quan liên quan biết, thực hiện./.\n";
        Map<String, String> found = new LinkedHashMap<>();
        for (Agency a : EXTRACTOR.extract(text, SECTIONS.parse(text), List.of(), office)) {
            found.put(a.name(), a.roles().toString());
        }
        assertEquals(
                allLead(
                        "Bưu chính Viễn thông Việt Nam",
                        "Công nghiệp - Viễn thông Quân đội",
                        "Ủy ban nhân dân tỉnh Phú" + " Thọ"),
                found);
        String toldOnly = "III. KIẾN NGHỊ\n1. Bộ Nội vụ nghiên cứu, xử lý kiến nghị của tỉnh.\nVăn phòng Chính phủ"
                + " thông báo để Ủy ban nhân dân tỉnh Phú Thọ biết.\n";
        assertEquals(
                List.of("Bộ Nội vụ"),
                EXTRACTOR.extract(toldOnly, SECTIONS.parse(toldOnly), List.of(), office).stream()
                        .map(Agency::name)
                        .toList());
    }

    /** Issue 18 (dev6): a body that opens a clause and publishes ("đăng tải") does the work. */
    @Test
    void aBodyPublishing_leads() {
        String text =
                "III. NỘI DUNG HOẠT ĐỘNG\n+ Sở Xây dựng đăng tải thông điệp truyền thông Tháng hành động trên bảng"
                        + " quang báo.\n";
        assertEquals(Map.of("Sở Xây dựng", "[LEAD]"), roles(text));
    }

    /**
     * Issue 18 (dev10): a role label whose first body goes on with a verb ("Cơ quan thực hiện: Sở Nội vụ chủ trì ...")
     * is prose: the clauses after its semicolons name their own bodies and work.
     */
    @Test
    void aRoleLabelFollowedByProse_readsTheClausesAfterItsSemicolons() {
        String text = "II. NỘI DUNG\n1. Phổ biến, giáo dục Luật Việc làm\n- Cơ quan thực hiện: Sở Nội vụ chủ trì tham"
                + " mưu Ủy ban nhân dân Thành phố ban hành Kế hoạch; Sở Tư pháp và các sở, ban, ngành Thành phố, Đài"
                + " Phát thanh và Truyền hình Thành phố chủ động tổ chức triển khai Luật Việc làm.\n";
        assertEquals(
                allLead(
                        "Sở Nội vụ",
                        "Sở Tư pháp",
                        "các sở, ban, ngành Thành phố",
                        "Đài Phát thanh và Truyền hình Thành phố"),
                roles(text));
    }

    /**
     * Issue 18 (dev10): a decision's Điều 3 may name two posts of one body in a row ("Chủ tịch Hội đồng quản trị, Tổng
     * Giám đốc Ngân hàng Chính sách xã hội"): the list goes on to the body, and the board is no body of its own.
     */
    @Test
    void twoPostsOfOneBody_keepTheListOfBodiesWhole() {
        String text = "Điều 3. Các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, Thủ trưởng cơ quan thuộc Chính phủ, Thống"
                + " đốc Ngân hàng Nhà nước Việt Nam, Chủ tịch Hội đồng quản trị, Tổng Giám đốc Ngân hàng Chính sách xã"
                + " hội và Thủ trưởng các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này./.\n";
        assertEquals(
                allLead(
                        "các bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ",
                        "Ngân hàng Nhà nước Việt Nam",
                        "Ngân hàng Chính sách xã hội"),
                roles(text));
    }

    /**
     * Issue 18 (dev10): a crawled letter that prints "Kính gửi:", its addressees and its text as the cells of one table
     * row: the addressees are told, the text's cell still assigns work.
     */
    @Test
    void aLettersTextInTheAddresseesRow_stillAssignsWork() {
        String text =
                "Kính gửi:\t- UBND các xã, phường; - Các đơn vị, cơ sở giáo dục trực thuộc.\tThực hiện Công văn số"
                        + " 6356/UBND-NNMT ngày 01/12/2025 của UBND Thành phố (Văn bản đính kèm);"
                        + " Nhằm đảm bảo sức khỏe cho học"
                        + " sinh, Sở Giáo dục và Đào tạo đề nghị UBND các xã, phường;"
                        + " các đơn vị, cơ sở giáo dục trực thuộc"
                        + " thực hiện nghiêm túc theo văn bản chỉ đạo của UBND Thành phố.\n";
        assertEquals(allLead("các đơn vị, cơ sở giáo dục trực thuộc"), roles(text));
        assertEquals(Map.of(), roles("Kính gửi:\t- UBND các xã, phường; - Các đơn vị, cơ sở giáo dục trực thuộc.\n"));
    }
}
