package org.planlens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.planlens.model.Comparator;
import org.planlens.model.DocumentType;
import org.planlens.model.Period;
import org.planlens.model.Target;
import org.planlens.rules.ModelData;
import org.planlens.structure.SectionParser;
import org.planlens.structure.SectionTree;

class TargetExtractorTest {
    private static final TargetExtractor EXTRACTOR = new TargetExtractor(ModelData.packaged());
    private static final SectionTree NO_SECTIONS = new SectionTree(List.of());

    private static List<Target> targets(String text) {
        return EXTRACTOR.extract(text, NO_SECTIONS);
    }

    /** One target a line: clause | value | unit | comparator | indicator | deadline (0 for none). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            - Tỷ lệ hài lòng của người dân đạt tối thiểu 90%. \
                | 90  | %       | at_least    | Tỷ lệ hài lòng của người dân                      | 0
            - Trên 75% hồ sơ được giải quyết trước hạn. \
                | 75  | %       | more_than   | hồ sơ được giải quyết trước hạn                   | 0
            - Giảm ít nhất 10% biên chế hưởng lương từ ngân sách so với năm 2022. \
                | 10  | %       | decrease_by | biên chế hưởng lương từ ngân sách so với năm 2022 | 0
            - Mỗi năm tăng tối thiểu 15% số hồ sơ nộp trực tuyến. \
                | 15  | %/năm   | increase_by | số hồ sơ nộp trực tuyến                           | 0
            - Tỷ lệ hồ sơ nộp qua bưu chính tăng bình quân 4%/năm trở lên. \
                | 4   | %/năm   | increase_by | Tỷ lệ hồ sơ nộp qua bưu chính                     | 0
            - Nâng cấp bộ phận một cửa hiện đại ở 5/5 xã. \
                | 5   | xã      | reach       | Nâng cấp bộ phận một cửa hiện đại                 | 0
            - Kiểm tra công vụ tại các đơn vị ít nhất 03 lần/năm. \
                | 3   | lần/năm | at_least    | Kiểm tra công vụ tại các đơn vị                   | 0
            - Duy trì tỷ lệ giải quyết đúng hạn từ 98% trở lên. \
                | 98  | %       | at_least    | Duy trì tỷ lệ giải quyết đúng hạn                 | 0
            - Tỷ lệ hồ sơ trễ hạn không quá 2% tổng số hồ sơ. \
                | 2   | %       | at_most     | Tỷ lệ hồ sơ trễ hạn                               | 0
            - Tỷ lệ hồ sơ trễ hạn dưới 1,5%. \
                | 1.5 | %       | less_than   | Tỷ lệ hồ sơ trễ hạn                               | 0
            - Đến năm 2026, 100% văn bản được ký số. \
                | 100 | %       | reach       | văn bản được ký số                                | 2026
            - Năm 2025, số hóa kết quả giải quyết đạt tỷ lệ tối thiểu 40%. \
                | 40  | %       | at_least    | số hóa kết quả giải quyết                         | 2025
            a) Đến hết năm 2025: Có ≥ 30% doanh nghiệp trên địa bàn tỉnh ứng dụng công nghệ số. \
                | 30  | %       | at_least    | doanh nghiệp trên địa bàn tỉnh ứng dụng công nghệ số | 2025
            - Tỷ lệ hồ sơ giải quyết trễ hạn ≤ 2%. \
                | 2   | %       | at_most     | Tỷ lệ hồ sơ giải quyết trễ hạn                    | 0
            - Tỷ lệ người dân sử dụng dịch vụ công trực tuyến > 50%. \
                | 50  | %       | more_than   | Tỷ lệ người dân sử dụng dịch vụ công trực tuyến   | 0
            - Tỷ lệ văn bản giấy gửi ra ngoài < 5%. \
                | 5   | %       | less_than   | Tỷ lệ văn bản giấy gửi ra ngoài                   | 0
            b) Hoàn thành 100% TTHC liên quan đến doanh nghiệp được thực hiện trực tuyến, giảm giấy tờ \
            trong năm 2025 (Phụ lục II kèm theo). \
                | 100 | %       | reach       | TTHC liên quan đến doanh nghiệp được thực hiện \
            trực tuyến, giảm giấy tờ | 2025
            - Hoàn thành 100% việc cập nhật lý lịch cán bộ, công chức trước ngày 06 tháng 12 năm 2025. \
                | 100 | %       | reach       | việc cập nhật lý lịch cán bộ, công chức           | 2025
            - Bảo đảm cắt giảm tối thiểu 30% điều kiện kinh doanh, trình phê duyệt trong tháng 11 năm 2025. \
                | 30  | %       | decrease_by | điều kiện kinh doanh, trình phê duyệt             | 2025
            - Tổ chức diễn tập phương án ứng phó sự cố tối thiểu một lần/năm. \
                | 1   | lần/năm | at_least    | Tổ chức diễn tập phương án ứng phó sự cố          | 0
            """)
    void clause_givesOneTarget(
            String clause, double value, String unit, String comparator, String indicator, int deadline) {
        List<Target> found = targets(clause);
        assertEquals(1, found.size(), () -> "targets in: " + clause + " -> " + found);
        Target t = found.get(0);
        assertEquals(value, t.value(), 1e-9);
        assertEquals(unit, t.unit());
        assertEquals(Comparator.fromCode(comparator), t.comparator());
        assertEquals(indicator, t.indicator());
        assertEquals(deadline == 0 ? null : deadline, t.deadline());
    }

    @Test
    void aCountLinkedByReach_inAClauseOfAGoal_isATarget_withoutAGoalIsNot() {
        // prov-sonla-qd2954-2025 (dev13), a bulleted item of an export plan
        List<Target> aimed = targets("+ Tổng sản phẩm Xoài tham gia xuất khẩu phấn đấu đến năm 2030 đạt 18.000 tấn.");
        assertEquals(1, aimed.size(), () -> aimed.toString());
        assertEquals(18000, aimed.get(0).value(), 1e-9);
        assertEquals("tấn", aimed.get(0).unit());
        assertEquals(Comparator.REACH, aimed.get(0).comparator());
        assertEquals(2030, aimed.get(0).deadline());
        // the same shape with no word of a goal reports an output
        assertEquals(List.of(), targets("Sản lượng chế biến tôm và thủy sản đạt 368.000 tấn."));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Năm 2023, tỷ lệ giải quyết đúng hạn đã đạt 97%, tỷ lệ hài lòng đạt 91%.
            Trên địa bàn có 12 xã và 2 thị trấn.
            Thời gian chốt số liệu từ ngày 15/12/2023 đến ngày 14/3/2024.
            I. Hỗ trợ 100% chi phí chuyển trả kết quả thủ tục hành chính qua dịch vụ bưu chính công ích.
            Bên cạnh đó, còn 3.507/6.708 (chiếm 52,3%) giấy tờ kết quả giải quyết TTHC cần chuẩn hóa.
            (2) Cắt giảm 2.269/6.974 ĐKKD thuộc ngành, nghề kinh doanh có điều kiện (đạt 32,5%).
            Theo đó, ước tính một năm tiết kiệm cho xã hội 100 tỷ đồng; giảm được khoảng 6 lần đi lại cho công dân.
            5. Đối với cá nhân được đề nghị khen thưởng, phải có tỷ lệ phiếu đồng ý của Hội đồng từ 90% trở lên.
            """)
    void textWithoutTarget_givesNothing(String text) {
        assertEquals(List.of(), targets(text));
    }

    @Test
    void figuresUnderAHeadingOfResults_areNotTargets() {
        String text = "I. KẾT QUẢ THỰC HIỆN NĂM 2023\n- Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%.\n"
                + "II. MỤC TIÊU NĂM 2024\n- Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99%.";
        SectionTree tree = new SectionParser(ModelData.packaged()).parse(text);
        assertEquals(
                List.of(99.0),
                EXTRACTOR.extract(text, tree).stream().map(Target::value).toList());
    }

    /**
     * Issue 18 (precision audit): a decree or a decision that issues no plan, made of articles, sets conditions,
     * scores, caps and rates; only a figure under a word of aim is a commitment.
     */
    @Test
    void figuresOfATextOfRules_areTargetsOnlyUnderAWordOfAim() {
        String text = "Điều 5. Tiêu chuẩn phân loại tỉnh\n"
                + "a) Có tỷ lệ điều tiết các khoản thu về ngân sách trung ương từ 10% trở xuống được tính 8 điểm.\n"
                + "Điều 6. Số lượng cấp phó\n"
                + "Số lượng cấp phó được bố trí bình quân không quá 03 người trên một đơn vị.\n"
                + "Điều 7. Nhiệm vụ\n"
                + "1. Chậm nhất năm 2025, hoàn thành cắt giảm thủ tục:\n"
                + "a) Thực hiện giảm ít nhất 30% thời gian xử lý thủ tục hành chính.\n"
                + "2. Việc giải quyết phá sản phải bảo đảm rút ngắn tối thiểu 20% về thời gian.";
        SectionTree tree = new SectionParser(ModelData.packaged()).parse(text);
        assertEquals(
                List.of(30.0, 20.0),
                EXTRACTOR.extract(text, tree, null, DocumentType.OTHER).stream()
                        .map(Target::value)
                        .toList());
        // the same articles in a plan's decision keep their figures: only a text of rules is read so
        assertTrue(EXTRACTOR.extract(text, tree, null, DocumentType.KE_HOACH).stream()
                .map(Target::value)
                .toList()
                .containsAll(List.of(10.0, 3.0, 30.0, 20.0)));
    }

    /** Issue 18 (precision audit): a figure measured against a time gone by or the plan reports a result. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "GDP quý II/2025 tăng 7,96% so với cùng kỳ năm trước.",
                "Có 157 dự án đủ điều kiện đưa vào kinh doanh, tăng mạnh 55% so với quý I/2025.",
                "Có 692 dự án nhà ở xã hội được triển khai, đạt 59,6% so với chỉ tiêu đã đặt ra.",
                "Dự án đoạn qua Hà Giang còn chậm 12% so với kế hoạch.",
                "Sản lượng của dự án từ 18,94% lên đạt trên mức của quý trước.",
                "Theo báo cáo của Cục Thống kê, khu vực công nghiệp và xây dựng tăng 8,97%.",
            })
    void aFigureMeasuredAgainstThePast_isAResult(String sentence) {
        assertEquals(List.of(), targets(sentence));
    }

    /** Issue 18 (precision audit): forecasts a budget rests on are not the plan's commitments. */
    @Test
    void forecasts_areNotTargets() {
        String text = "1. Dự báo các chỉ tiêu kinh tế - xã hội đến năm 2026\n"
                + "- Tổng sản phẩm trong tỉnh (GRDP) tăng khoảng 10%.\n"
                + "2. Mục tiêu\n"
                + "- Dự báo tốc độ tăng trưởng GRDP của tỉnh giai đoạn 2026 - 2030 khoảng 10,5%/năm.\n"
                + "- Phấn đấu tỷ lệ giải ngân vốn đầu tư công đạt 95%.";
        SectionTree tree = new SectionParser(ModelData.packaged()).parse(text);
        assertEquals(
                List.of(95.0),
                EXTRACTOR.extract(text, tree).stream().map(Target::value).toList());
    }

    /**
     * Issue 18 (dev6, audit): rates of things per a number of others and multiples are figures like percentages;
     * the thing counted under the slash runs to punctuation or to the words that follow it.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            - Phấn đấu tổng tỷ suất sinh đạt 2,1 con/phụ nữ; tỷ lệ trẻ em đạt khoảng 22%. \
                | 2.1 | con/phụ nữ                          | reach
            - Tỷ số giới tính khi sinh dưới 109 bé trai/100 bé gái sinh ra sống; tỷ lệ trẻ em đạt khoảng 22%. \
                | 109 | bé trai/100 bé gái                  | less_than
            - Tỷ lệ tử vong bà mẹ liên quan đến thai sản dưới 4/100.000 trẻ sinh ra còn sống vào năm 2025. \
                | 4   | /100.000 trẻ sinh ra còn sống       | less_than
            - Tỷ suất sinh ở trẻ vị thành niên giảm xuống 18 ca sinh/1.000 phụ nữ vào năm 2025. \
                | 18  | ca sinh/1.000 phụ nữ                | decrease_by
            - Số giường bệnh trên 1 vạn dân đạt 30 giường bệnh/1 vạn dân. \
                | 30  | giường bệnh/1 vạn dân               | reach
            - Giảm số giờ làm công việc nội trợ không được trả công của phụ nữ còn 1,7 lần vào năm 2025. \
                | 1.7 | lần                                 | decrease_by
            - Mỗi quý có ít nhất 04 tin, bài về bình đẳng giới trên hệ thống thông tin. \
                | 4   | tin, bài                            | at_least
            """)
    void ratesAndMultiples_areFigures(String sentence, double value, String unit, String comparator) {
        List<Target> found = targets(sentence);
        assertEquals(value, found.get(0).value(), sentence);
        assertEquals(unit, found.get(0).unit(), sentence);
        assertEquals(Comparator.fromCode(comparator), found.get(0).comparator(), sentence);
    }

    /**
     * A number with a slash that names a document ("06/TU", "21/CT-TTg") or a date is no rate; nor is a quota with
     * nothing to reach before it ("01 cá nhân/01 ban").
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Thực hiện Chỉ thị số 21/CT-TTg và Kết luận số 06/TU, ngày 15/7/2021.",
                "Căn cứ Quyết định 2229/QĐ-TTg năm 2025 của Thủ tướng Chính phủ.",
            })
    void documentNumbers_areNoRates(String sentence) {
        assertEquals(List.of(), targets(sentence));
    }

    /**
     * Issue 18 (dev6): one figure set for each item of a list, worded apart, is a target each; worded the same in a
     * later unit, it is restated once.
     */
    @Test
    void listItemsWordedApart_areParallelTargets_wordedAlike_oneRestated() {
        String text = "1. Mục tiêu 3\n"
                + "a) Trong đời sống gia đình\n"
                + "- Đến năm 2025 đạt 80% người bị bạo lực gia đình được phát hiện được tiếp cận dịch vụ.\n"
                + "b) Phòng ngừa bạo lực trên cơ sở giới\n"
                + "- Đến năm 2025 đạt 80% người bị bạo lực trên cơ sở giới được phát hiện được tiếp cận dịch vụ.\n"
                + "c) Thanh toán trực tuyến\n"
                + "- Tỷ lệ thanh toán trực tuyến trên tổng số giao dịch thanh toán của dịch vụ công đạt trên 60%.\n"
                + "d) Dịch vụ công\n"
                + "- Tỷ lệ thanh toán trực tuyến trên tổng số giao dịch thanh toán của dịch vụ công đạt trên 60%.";
        SectionTree tree = new SectionParser(ModelData.packaged()).parse(text);
        assertEquals(
                List.of(80.0, 80.0, 60.0),
                EXTRACTOR.extract(text, tree).stream().map(Target::value).toList());
    }

    /** Issue 18 (dev4, audit): a price or rate paid is a term of a policy, not a target. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "- Trình Thủ tướng Chính phủ quyết định giảm lãi suất cho vay 2%/năm đối với khách hàng vay vốn.",
                "Doanh nghiệp được Nhà nước hỗ trợ lãi suất 2%/năm khi vay vốn để thực hiện các dự án xanh.",
            })
    void aPricePaid_isNoTarget(String sentence) {
        assertEquals(List.of(), targets(sentence));
    }

    /** Issue 18: an award's criteria set conditions to qualify, not the plan's targets. */
    @Test
    void figuresUnderTheCriteriaOfAnAward_areNotTargets() {
        String text = "II. NỘI DUNG THI ĐUA\n- Phấn đấu 100% hồ sơ được giải quyết đúng hạn.\n"
                + "III. TIÊU CHUẨN KHEN THƯỞNG\n1. Bằng khen của Chủ tịch UBND tỉnh\n"
                + "+ Có tỷ lệ cử tri đi bầu cử đạt từ 98% trở lên; kết thúc bầu cử sớm.";
        SectionTree tree = new SectionParser(ModelData.packaged()).parse(text);
        assertEquals(
                List.of(100.0),
                EXTRACTOR.extract(text, tree).stream().map(Target::value).toList());
    }

    /**
     * Issue 18 (dev6): "Chỉ tiêu 1:" and a year before the figure name nothing measured, so the words after it do;
     * two lists' first items with one figure are two targets, not one restated.
     */
    @Test
    void anItemsLabelAndYear_nameNothing_theWordsAfterTheFigureDo() {
        List<Target> found = targets("- Chỉ tiêu 1: Năm 2025 đạt 60% các cơ quan quản lý nhà nước có lãnh đạo chủ chốt"
                + " là nữ.\n- Chỉ tiêu 1: Phấn đấu năm 2025 đạt 60% dân số được tiếp cận kiến thức cơ bản về bình đẳng"
                + " giới.\n");
        assertEquals(List.of(60.0, 60.0), found.stream().map(Target::value).toList());
        assertEquals(
                "dân số được tiếp cận kiến thức cơ bản về bình đẳng giới",
                found.get(1).indicator());
    }

    /** Issue 18 (dev6): a conclusion notice's "ĐÁNH GIÁ CHUNG" assesses results so far; its tasks set targets. */
    @Test
    void figuresUnderAGeneralAssessment_areNotTargets() {
        String text =
                "I. ĐÁNH GIÁ CHUNG\nTổng thu du lịch tăng 33,7%; giải ngân đầu tư công đạt tỷ lệ 66,7% kế hoạch.\n"
                        + "II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI\n"
                        + "1. Phấn đấu giải ngân đạt 100% kế hoạch vốn đầu tư công năm 2025.\n";
        SectionTree tree = new SectionParser(ModelData.packaged()).parse(text);
        assertEquals(
                List.of(100.0),
                EXTRACTOR.extract(text, tree).stream().map(Target::value).toList());
    }

    /** Issue 18: a portal's zoom "100%" alone on a line above the document's first unit measures nothing. */
    @Test
    void aFigureAloneOnALineAboveTheFirstUnit_isNotATarget() {
        String text = "KẾ HOẠCH HÀNH ĐỘNG Thực hiện Nghị quyết Đại hội\nĐăng lúc: 00:00:00 29/11/2020 (GMT+7)\n100%\n"
                + "Print\nI. MỤC TIÊU\n- Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99%.";
        SectionTree tree = new SectionParser(ModelData.packaged()).parse(text);
        assertEquals(
                List.of(99.0),
                EXTRACTOR.extract(text, tree).stream().map(Target::value).toList());
    }

    @Test
    void aSentenceAboutAYearBeforeThePlan_reportsThePast() {
        String text = "I. MỤC ĐÍCH\nNăm 2022, Chỉ số cải cách hành chính của tỉnh đạt 84,12%, xếp thứ 27/63 tỉnh.\n"
                + "- Số hóa hồ sơ theo quy định; năm 2023 phường đã số hóa được 65% hồ sơ tiếp nhận.\n"
                + "- Đến hết năm 2024, 9/9 huyện đưa Trung tâm Phục vụ hành chính công vào hoạt động.\n";
        SectionTree tree = new SectionParser(ModelData.packaged()).parse(text);
        List<Target> found = EXTRACTOR.extract(text, tree, new Period(2024, 2024));
        assertEquals(List.of(9.0), found.stream().map(Target::value).toList());
        assertEquals(2024, found.get(0).deadline());
        // without the plan's period no year dates a sentence; "đã số hóa được" still tells what was done
        assertEquals(
                List.of(84.12, 9.0),
                EXTRACTOR.extract(text, tree).stream().map(Target::value).toList());
    }

    @Test
    void aRatioInBracketsAfterAShare_restatesIt() {
        List<Target> found = targets("- Tỷ lệ thủ tục hành chính được công khai đạt 100% (16/16 xã, thị trấn).");
        assertEquals(List.of(100.0), found.stream().map(Target::value).toList());
        assertEquals(
                List.of(9.0),
                targets("- Đưa Trung tâm vào hoạt động ở 9/9 huyện.").stream()
                        .map(Target::value)
                        .toList());
    }

    @Test
    void twoFiguresInOneClause_areTwoTargets() {
        List<Target> found = targets("- 85% hồ sơ cấp huyện và 70% hồ sơ cấp xã được xử lý trên môi trường mạng.");
        assertEquals(List.of(85.0, 70.0), found.stream().map(Target::value).toList());
        assertEquals("hồ sơ cấp huyện", found.get(0).indicator());
        assertEquals(
                "hồ sơ cấp xã được xử lý trên môi trường mạng", found.get(1).indicator());
    }

    @Test
    void aCountsIndicator_startsWithWhatItCounts() {
        List<Target> found =
                targets("- Phấn đấu có ít nhất 20 mô hình sản xuất nông nghiệp tuần hoàn - hữu cơ được nhân rộng.");
        assertEquals(List.of(20.0), found.stream().map(Target::value).toList());
        assertEquals("mô hình", found.get(0).unit());
        assertTrue(
                found.get(0).indicator().startsWith("mô hình sản xuất nông nghiệp"),
                found.get(0).indicator());
        List<Target> shares = targets("- 85% hồ sơ cấp huyện được xử lý trên môi trường mạng.");
        assertEquals(
                "hồ sơ cấp huyện được xử lý trên môi trường mạng", shares.get(0).indicator());
    }

    @Test
    void subClauseFigure_takesItsOwnBound() {
        List<Target> found =
                targets("- Bảo đảm trên 95% hồ sơ giải quyết đúng hạn, trong đó có ít nhất 50% trả trước hạn.");
        assertEquals(
                List.of(Comparator.MORE_THAN, Comparator.AT_LEAST),
                found.stream().map(Target::comparator).toList());
    }

    @Test
    void restatedTarget_isListedOnceAtFirstStatement() {
        String text = "1. Chỉ tiêu\n- Tỷ lệ hồ sơ giải quyết trực tuyến đạt tối thiểu 60%.\n2. Nhiệm vụ\n"
                + "- Tiếp tục triển khai dịch vụ công. Tỷ lệ hồ sơ giải quyết trực tuyến đạt tối thiểu 60%.\n"
                + "- Tỷ lệ hồ sơ giải quyết trực tiếp tại bộ phận một cửa đạt 60%.";
        List<Target> found = targets(text);
        assertEquals(2, found.size(), found::toString);
        assertTrue(found.get(0).start() < text.indexOf("2. Nhiệm vụ"));
        assertEquals(List.of("t1", "t2"), found.stream().map(Target::id).toList());
    }

    @Test
    void parallelTargetsOfTwoLevels_areNotRestatements() {
        List<Target> found = targets("- 100% hồ sơ công việc cấp huyện được xử lý trên môi trường mạng.\n"
                + "- 100% hồ sơ công việc cấp xã được xử lý trên môi trường mạng.");
        assertEquals(2, found.size(), found::toString);
    }

    /** Issue 18: a share told by the sum of money it stands for is how the plan is paid for, no target. */
    @Test
    void aShareWithItsSumOfMoney_isNoTarget() {
        List<Target> found = targets("- Vốn ngoài ngân sách và các nguồn vốn hợp pháp khác dự kiến 10%-15% (khoảng"
                + " 12.173 tỷ đồng - 18.260 tỷ đồng).\n- Phấn đấu 90% hồ sơ được giải quyết đúng hạn (khoảng 1.200"
                + " hồ sơ).");
        assertEquals(List.of(90.0), found.stream().map(Target::value).toList());
    }

    /** Issue 18: the same figure, worded nearly alike, due by another year is the later stage's target. */
    @Test
    void sameFigureDueByAnotherYear_isNotARestatement() {
        String text = "1. Mục tiêu đến năm 2026\n- 100% các khu công nghệ cao, khu công nghiệp có trạm phát sóng"
                + " 5G.\n- Thí điểm ứng dụng 5G cho quản lý nhà máy thông minh cho tối thiểu 2 dự án.\n2. Mục tiêu"
                + " đến năm 2030\n- 100% các khu công nghệ cao, khu công nghiệp có trạm phát sóng 5G độc lập.\n- Tiếp"
                + " tục, 100% các khu công nghệ cao, khu công nghiệp có trạm phát sóng 5G độc lập.";
        List<Target> found = EXTRACTOR.extract(text, new SectionParser(ModelData.packaged()).parse(text));
        assertEquals(
                List.of("100.0 % 2026", "2.0 dự án 2026", "100.0 % 2030"),
                found.stream()
                        .map(t -> t.value() + " " + t.unit() + " " + t.deadline())
                        .toList());
    }

    /** A year right before "đạt" dates the figure it sets, each of two in one sentence its own. */
    @Test
    void aYearBeforeDat_datesItsFigure() {
        List<Target> found = targets("Phấn đấu tăng trưởng kinh tế cả năm 2025 đạt trên 8% và năm 2026 đạt từ\n"
                + "10% trở lên, Chính phủ yêu cầu các Bộ trưởng tập trung thực hiện.");
        assertEquals(
                List.of("8.0 % 2025", "10.0 % 2026"),
                found.stream()
                        .map(t -> t.value() + " " + t.unit() + " " + t.deadline())
                        .toList());
    }

    @Test
    void listedFigures_shareTheFirstOnesBound() {
        List<Target> found =
                targets("- Số hóa kết quả giải quyết của cấp huyện, cấp xã đạt tỷ lệ tối thiểu tương ứng là 40%, 30%.");
        assertEquals(List.of(40.0, 30.0), found.stream().map(Target::value).toList());
        assertEquals(
                List.of(Comparator.AT_LEAST, Comparator.AT_LEAST),
                found.stream().map(Target::comparator).toList());
    }

    @Test
    void clauseText_isTheOffsetSpanAndShort() {
        String longSentence = "- Tiếp tục rà soát, đơn giản hóa thủ tục hành chính, cắt giảm thời gian, chi phí tuân "
                + "thủ cho người dân, doanh nghiệp, nâng cao chất lượng phục vụ của bộ phận một cửa các "
                + "cấp, tăng cường kiểm tra, giám sát, công khai, minh bạch thông tin, phấn đấu 100% thủ "
                + "tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình, bảo đảm kết nối, chia "
                + "sẻ dữ liệu với Cổng Dịch vụ công quốc gia và Hệ thống thông tin giải quyết thủ tục hành "
                + "chính của tỉnh.";
        Target t = targets(longSentence).get(0);
        assertEquals(longSentence.substring(t.start(), t.end()), t.text());
        assertTrue(t.text().length() <= 300, t.text());
        assertTrue(t.text().contains("100% thủ tục hành chính"), t.text());
    }

    private static List<Target> targetsUnderSections(String text) {
        return EXTRACTOR.extract(text, new SectionParser(ModelData.packaged()).parse(text));
    }

    /** Issue 18: a heading or a lead-in line that prints a year carries it to the figures under it. */
    @Test
    void deadlinesOfHeadingsAndLeadInLines_carryToTheFiguresUnderThem() {
        String text = String.join(
                "\n",
                "II. MỤC TIÊU",
                "1. Chỉ tiêu năm 2026",
                "- Tỷ lệ hồ sơ giải quyết đúng hạn đạt tối thiểu 98%.",
                "2. Chỉ tiêu giai đoạn 2026-2028",
                "- Tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 80%.",
                "III. MỤC TIÊU ĐẾN NĂM 2030",
                "- Đến năm 2027:",
                "+ 100% thủ tục hành chính được cung cấp trực tuyến;",
                "+ 90% người dân có danh tính số.",
                "- Đến năm 2030:",
                "+ 100% người dân có danh tính số.",
                "- Mức độ hài lòng của người dân đạt trên 95%.");
        List<Target> found = targetsUnderSections(text);
        assertEquals(
                List.of(98.0, 80.0, 100.0, 90.0, 100.0, 95.0),
                found.stream().map(Target::value).toList());
        assertEquals(
                Arrays.asList(2026, 2028, 2027, 2027, 2030, 2030),
                found.stream().map(Target::deadline).toList());
    }

    /** A year printed after the figure dates it only where no figure follows in the sentence. */
    @Test
    void aYearAfterTheFigure_datesOnlyTheFiguresBeforeIt() {
        List<Target> found = targets("- Tỷ lệ hồ sơ trực tuyến đạt 60%, phấn đấu đến năm 2030 đạt 100%.");
        assertEquals(
                Arrays.asList(null, 2030), found.stream().map(Target::deadline).toList());
        assertEquals(
                Arrays.asList((Integer) null),
                targets("- Tỷ lệ hồ sơ trực tuyến tăng 10% so với năm 2024.").stream()
                        .map(Target::deadline)
                        .toList());
    }

    /** Figures of a section on the present state report, they set nothing. */
    @Test
    void figuresUnderAHeadingOfThePresentState_areNotTargets() {
        String text = "1. Hiện trạng\nCó 28 trạm 5G trên nền hạ tầng 3G/4G (chiếm 32,2%).\n"
                + "2. Kế hoạch phát triển\nBảo đảm xây dựng trạm BTS 5G đạt 100% tại các khu công nghiệp.";
        assertEquals(
                List.of(100.0),
                targetsUnderSections(text).stream().map(Target::value).toList());
    }

    /** A sentence of what was done reports its figures, unless it turns to what is to be done before them. */
    @Test
    void whatWasDone_isReported_whatIsAimedAtSince_isATarget() {
        assertEquals(
                List.of(),
                targets("Theo đó, 08 bộ, cơ quan đã sửa đổi, bổ sung 13 văn bản để thực thi phương án đơn giản hóa 87 "
                        + "TTHC."));
        assertEquals(
                List.of(319.0),
                targets("Hoàn thành sửa đổi các văn bản đã được phê duyệt, trong đó ưu tiên hoàn thành ngay 319 "
                                + "VBQPPL trong năm 2025.")
                        .stream()
                        .map(Target::value)
                        .toList());
    }

    /** A year range broken by the line's width before its dash still dates the figure after it. */
    @Test
    void aYearRangeBrokenByTheLine_datesTheFigure() {
        List<Target> found =
                targets("4. Trong giai đoạn 2026\n- 2030 phấn đấu có ít nhất 10% công chức từ nguồn thu hút.");
        assertEquals(1, found.size(), found::toString);
        assertEquals(2030, found.get(0).deadline());
    }

    /** Issue 18: shares of a plan's total investment describe how it is paid for; they are not targets. */
    @Test
    void sharesOfTheTotalInvestment_areNotTargets() {
        String text = "4. Nguồn lực\nTrong đó, tỷ lệ vốn ngân sách nhà nước dự kiến: 85%-90% tổng vốn đầu tư. Cụ thể:\n"
                + "- Ngân sách địa phương: để thực hiện các dự án do địa phương quản lý, chiếm khoảng 10% tổng vốn đầu"
                + " tư (khoảng 12.173 tỷ đồng).\n- Phấn đấu 100% hồ sơ được giải quyết đúng hạn.\n";
        SectionTree tree = new SectionParser(ModelData.packaged()).parse(text);
        assertEquals(
                List.of(100.0),
                EXTRACTOR.extract(text, tree).stream().map(Target::value).toList());
    }

    /**
     * Issue 18 (dev13, dev8): a range of percentages is one figure read at its lower end ("05 - 06%/năm", "1%-1,5%";
     * bare, the least it commits to), a number before a dash and a share far from it is no range; a per-year cue
     * opening the sentence makes each change in it yearly, one earlier in the clause makes a count yearly; areas,
     * businesses, products and tonnes are counted things. Real sentences of Sơn La's export plan (2954/QĐ-UBND),
     * Cần Thơ's drug-programme plan (153/KH-UBND), Cà Mau's finance plan (0204/KH-UBND), Đồng Tháp's roadmap
     * (552/KH-UBND).
     * Columns: text | which target | value | unit | comparator | targets in the text.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            + Tổng sản phẩm Nhãn tham gia xuất khẩu phấn đấu đến năm 2030 đạt 8.500 tấn; tổng giá trị sản phẩm Nhãn \
            tham gia xuất khẩu đến năm 2030 dự kiến đạt 30,2 triệu USD, tốc độ tăng bình quân 05 - 06%/năm. \
                | 1 | 5     | %/năm         | increase_by | 2
            - Tỷ lệ hộ nghèo giảm hàng năm 1%-1,5%. \
                | 0 | 1     | %/năm         | decrease_by | 1
            - Tỷ lệ người dân hài lòng đạt 80 - 85%. \
                | 0 | 80    | %             | at_least    | 1
            - Chỉ tiêu 2 - 80% hồ sơ được số hóa. \
                | 0 | 80    | %             | reach       | 1
            d) Hằng năm, số vụ phạm tội về ma túy được phát hiện, bắt giữ tại tuyến đường biển, đường hàng không, \
            chuyển phát nhanh tăng trên 3%; số vụ phạm tội về ma túy có tổ chức xuyên quốc gia được phát hiện, bắt \
            giữ tăng trên 3%; số vụ phạm tội về ma túy lợi dụng không gian mạng được phát hiện, \
            triệt phá tăng trên 5%. \
                | 2 | 5     | %/năm         | increase_by | 3
            - Hằng năm, tỷ lệ cơ quan hành chính nhà nước được kiểm tra công tác cải cách hành chính đạt 100%. \
                | 0 | 100   | %             | reach       | 1
            Trong đó, mỗi năm có ít nhất 150 sản phẩm đổi mới sáng tạo được thương mại hoá. \
                | 0 | 150   | sản phẩm/năm  | at_least    | 1
            - Hình thành ít nhất 02 vùng nuôi thủy sản thông minh đạt tiêu chuẩn quốc tế. \
                | 0 | 2     | vùng          | at_least    | 1
            + Tổng sản phẩm Chè xuất khẩu đến năm 2030 phấn đấu đạt trên 12.000 tấn \
                | 0 | 12000 | tấn           | more_than   | 1
            - Lựa chọn ít nhất 01 doanh nghiệp, hợp tác xã đóng vai trò đơn vị thu gom chuyên nghiệp. \
                | 0 | 1     | doanh nghiệp, hợp tác xã | at_least | 1
            """)
    void rangesYearlyCuesAndCountedThings(
            String text, int which, double value, String unit, String comparator, int count) {
        List<Target> found = targets(text);
        assertEquals(count, found.size(), () -> text + " -> " + found);
        Target t = found.get(which);
        assertEquals(value, t.value(), 1e-9, text);
        assertEquals(unit, t.unit(), text);
        assertEquals(Comparator.fromCode(comparator), t.comparator(), text);
    }

    /**
     * Issue 18 (dev13): items of one bulleted list, each a product of the export plan of Sơn La (2954/QĐ-UBND),
     * worded apart but for the product's name, set one yearly rate each, as does the lead-in line they hang from;
     * none restates another.
     */
    @Test
    void bulletedItemsOfOneList_areParallelTargets() {
        String text = "- Các sản phẩm trái cây: Tổng sản phẩm trái cây tham gia xuất khẩu phấn đấu đến năm 2030 đạt"
                + " trên 46.200 tấn; tổng giá trị sản phẩm trái cây tham gia xuất khẩu đến năm 2030 dự kiến đạt trên"
                + " 48,3 triệu USD, tốc độ tăng bình quân 05 - 06%/năm. Một số sản phẩm trái cây chủ yếu:\n"
                + "+ Tổng sản phẩm Nhãn tham gia xuất khẩu phấn đấu đến năm 2030 đạt 8.500 tấn; tổng giá trị sản"
                + " phẩm Nhãn tham gia xuất khẩu đến năm 2030 dự kiến đạt 30,2 triệu USD, tốc độ tăng bình quân 05 -"
                + " 06%/năm. Thị trường định hướng xuất khẩu: Trung Quốc, Úc, Nhật Bản, Hàn Quốc...\n"
                + "+ Tổng sản phẩm Chanh leo tham gia xuất khẩu phấn đấu đến năm 2030 đạt 3.200 tấn; tổng giá trị"
                + " sản phẩm Chanh leo tham gia xuất khẩu đến năm 2030 dự kiến đạt trên 1,7 triệu USD, tốc độ tăng"
                + " bình quân 05 - 07%/năm. Thị trường định hướng xuất khẩu: Trung Quốc, Hàn Quốc, Nhật Bản...\n";
        List<Target> yearly =
                targets(text).stream().filter(t -> t.unit().equals("%/năm")).toList();
        assertEquals(List.of(5.0, 5.0, 5.0), yearly.stream().map(Target::value).toList(), yearly::toString);
    }
}
