package org.planlens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planlens.model.Comparator;
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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Năm 2023, tỷ lệ giải quyết đúng hạn đã đạt 97%, tỷ lệ hài lòng đạt 91%.
            Trên địa bàn có 12 xã và 2 thị trấn.
            Thời gian chốt số liệu từ ngày 15/12/2023 đến ngày 14/3/2024.
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

    @Test
    void aSentenceAboutAYearBeforeThePlan_reportsThePast() {
        String text = "I. MỤC ĐÍCH\nNăm 2022, Chỉ số cải cách hành chính của tỉnh đạt 84,12%, xếp thứ 27/63 tỉnh.\n"
                + "- Số hóa hồ sơ theo quy định; năm 2023 phường đã số hóa được 65% hồ sơ tiếp nhận.\n"
                + "- Đến hết năm 2024, 9/9 huyện đưa Trung tâm Phục vụ hành chính công vào hoạt động.\n";
        SectionTree tree = new SectionParser(ModelData.packaged()).parse(text);
        List<Target> found = EXTRACTOR.extract(text, tree, new Period(2024, 2024));
        assertEquals(List.of(9.0), found.stream().map(Target::value).toList());
        assertEquals(2024, found.get(0).deadline());
        // without the plan's period nothing dates the sentences
        assertEquals(
                List.of(84.12, 65.0, 9.0),
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
}
