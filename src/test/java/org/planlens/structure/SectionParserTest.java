package org.planlens.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.planlens.model.Pillar;
import org.planlens.model.Section;
import org.planlens.rules.ModelData;
import org.planlens.rules.RomanNumerals;

class SectionParserTest {
    private final SectionParser parser = new SectionParser(ModelData.packaged());

    private List<String> paths(String text) {
        return parser.parse(text).sections().stream().map(Section::path).toList();
    }

    @Test
    void romanArabicLetterNest() {
        assertEquals(
                List.of("I", "I.1", "I.1.a", "I.1.b", "I.2", "II"),
                paths("I. MỤC ĐÍCH\n1. Mục đích\na) Rà soát.\nb) Công khai.\n2. Yêu cầu\nII. NHIỆM VỤ\n"));
    }

    @Test
    void decimalNamesItsParent() {
        assertEquals(
                List.of("II", "II.2", "II.2.1", "II.2.2"),
                paths("II. NHIỆM VỤ\n2. Cải cách thể chế\n2.1. Rà soát văn bản\n2.2. Kiểm tra văn bản\n"));
    }

    @Test
    void unitWordsBeforeTheNumeralNameTheKindNotThePath() {
        String text = "Điều 3. Chánh Văn phòng chịu trách nhiệm thi hành.\nPhần I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n"
                + "PHẦN II\nNHIỆM VỤ VÀ GIẢI PHÁP\nMục 1. CẢI CÁCH THỂ CHẾ\n1.1. Rà soát văn bản\n"
                + "Mục tiêu cụ thể của năm.\nMục 2 của Kế hoạch này nêu rõ.\n";
        SectionTree tree = parser.parse(text);
        assertEquals(
                List.of("Điều 3", "I", "I.1", "II", "II.1", "II.1.1"),
                tree.sections().stream().map(Section::path).toList());
        assertEquals("NHIỆM VỤ VÀ GIẢI PHÁP", tree.sections().get(3).heading());
    }

    /** Issue 18 (dev6): an article's items that define terms open with the term in quotes. */
    @Test
    void anItemOpeningWithAQuotedTerm_isAUnit() {
        assertEquals(
                List.of("Điều 2", "Điều 2.1", "Điều 2.2"),
                paths("Điều 2. Giải thích từ ngữ\nTrong Quy chế này, những từ ngữ dưới đây được hiểu như sau:\n"
                        + "1. “Ý kiến điện tử” là ý kiến được tạo lập trên môi trường điện tử.\n"
                        + "2. “Lấy ý kiến điện tử” là việc cơ quan gửi dự thảo qua Hệ thống.\n"));
    }

    @Test
    void aTargetItemOpeningWithAFigureIsAUnitButADateIsNot() {
        assertEquals(
                List.of("II", "II.1", "II.2"),
                paths("II. CHỈ TIÊU\n1. 100% hồ sơ được số hóa.\n2. 7/7 khu phố có tổ công nghệ số.\n"
                        + "3. 2024 là năm chuyển đổi số.\n"));
    }

    @Test
    void appendicesAreNumberedInArabic() {
        assertEquals(
                List.of("I", "PL1", "PL2", "PL3"),
                paths("I. MỤC TIÊU\nPHỤ LỤC I\nDANH MỤC NHIỆM VỤ\nPhụ lục II\nCHỈ TIÊU\nPHỤ LỤC 03\nBIỂU MẪU\n"));
    }

    @Test
    void articlesAndAppendix() {
        assertEquals(
                List.of("Điều 1", "Điều 2", "PL"), paths("Điều 1. Ban hành kèm theo.\nĐiều 2. Hiệu lực.\nPHỤ LỤC\n"));
    }

    @Test
    void appendixTakesItsTitleFromTheNextLine() {
        SectionTree tree = parser.parse("I. MỤC TIÊU\nPHỤ LỤC\nDANH MỤC NHIỆM VỤ NĂM 2024 (kèm theo Kế hoạch)\n");
        assertEquals(
                "DANH MỤC NHIỆM VỤ NĂM 2024 (kèm theo Kế hoạch)",
                tree.sections().get(1).heading());
    }

    @Test
    void ocrGarbledRomanNumeralsFollowTheSequence() {
        String ocr = "L.MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nII. NHIỆM VỤ\nII. GIẢI PHÁP CHỦ YẾU\n_.IE TỔ CHỨC THỰC HIỆN\n";
        assertEquals(
                List.of("I", "I.1", "II", "III", "IV"),
                parser.parse(ocr, true).sections().stream().map(Section::path).toList());
        // from a text layer, numbers stay as printed, misprints included
        assertEquals(List.of("II", "II"), paths("II. NHIỆM VỤ\nII. GIẢI PHÁP CHỦ YẾU\n"));
    }

    @Test
    void ocrNumeralsOutOfOrderAsPrintedStay() {
        // V after VI is the document's own order, not a lost stroke: only II for III, VII for VIII is mended
        assertEquals(
                List.of("VI", "V"),
                parser.parse("VI. TỔ CHỨC THỰC HIỆN\nV. KINH PHÍ THỰC HIỆN\n", true).sections().stream()
                        .map(Section::path)
                        .toList());
    }

    @Test
    void ocrMisreadArabicNumbersFollowTheirList() {
        String ocr = "II. NHIỆM VỤ\n1. Cải cách thể chế\n2. Cải cách thủ tục\n8. Cải cách bộ máy\n"
                + "4. Cải cách công vụ\no. Chú trọng xây dựng đội ngũ\n7. Chính phủ số\n";
        assertEquals(
                List.of("II", "II.1", "II.2", "II.3", "II.4", "II.5", "II.7"),
                parser.parse(ocr, true).sections().stream().map(Section::path).toList());
        // a lettered list under a number is no misread number; a text layer keeps its numbers
        assertEquals(
                List.of("II", "II.3", "II.3.a"),
                parser.parse("II. NHIỆM VỤ\n3. Cải cách\na) Mục tiêu\n", true).sections().stream()
                        .map(Section::path)
                        .toList());
        assertEquals(List.of("II", "II.1", "II.9"), paths("II. NHIỆM VỤ\n1. Một\n9. Chín\n"));
    }

    @Test
    void romanNumeralsMendOneLostStroke() {
        assertEquals("III", RomanNumerals.mended("II", 2));
        assertEquals("VIII", RomanNumerals.mended("VII", 7));
        assertEquals("V", RomanNumerals.mended("V", 6));
        assertEquals("I", RomanNumerals.mended("I", 8));
        assertEquals("VIII", RomanNumerals.withOneMoreI("VII"));
        assertEquals(null, RomanNumerals.withOneMoreI("III"));
    }

    @Test
    void bulletsAndDatesAreNotSections() {
        assertEquals(List.of("I"), paths("I. MỤC TIÊU\n- 1 nội dung\n15/7/2021 là ngày ban hành\n+ a) không\n"));
    }

    @Test
    void headingIsCutAtTheFirstClauseAndSpansNest() {
        SectionTree tree = parser.parse(
                "I. MỤC TIÊU\n1. Mục tiêu chung: nâng cao chất lượng.\nNội dung.\nII. CẢI CÁCH THỦ TỤC HÀNH CHÍNH\n");
        Section first = tree.sections().get(1);
        assertEquals("Mục tiêu chung", first.heading());
        assertEquals(tree.sections().get(0).id(), first.parentId());
        assertEquals(tree.sections().get(2).start(), first.end());
        assertEquals(Pillar.PROCEDURES, tree.sections().get(2).pillar());
    }

    @Test
    void longHeadingEndsOnAWordBoundary() {
        String words = "Tăng cường công tác lãnh đạo chỉ đạo xác định rõ trách nhiệm của người đứng đầu ".repeat(3);
        String heading = SectionParser.heading(words);
        assertEquals(true, heading.length() <= 120 && !heading.endsWith(" ") && words.startsWith(heading));
    }

    private List<String> headings(String text) {
        return parser.parse(text).sections().stream()
                .map(x -> x.path() + " " + x.heading())
                .toList();
    }

    /** Web pages and Markdown saved with lines broken by width break headings too. */
    @Test
    void aHeadingBrokenByAHardWrap_runsOnIntoTheLinesThatCarryIt() {
        assertEquals(
                List.of(
                        "I MỤC ĐÍCH, YÊU CẦU",
                        "I.1 Mục đích",
                        "II MỤC TIÊU CHỦ YẾU",
                        "II.1 Trong giai đoạn 2026 - 2030 phấn đấu có ít nhất 10% cán bộ",
                        "II.2 Sở Tài chính (cơ quan chủ trì)"),
                headings("I. MỤC\nĐÍCH, YÊU CẦU\n1. Mục đích\n- Triển khai kịp thời.\nII. MỤC TIÊU\nCHỦ YẾU\n"
                        + "1. Trong giai đoạn 2026\n- 2030 phấn đấu có ít nhất 10% cán bộ\n2. Sở\n"
                        + "Tài chính (cơ quan chủ trì)\n- Chủ trì xây dựng kế hoạch.\n"));
        assertEquals(
                List.of(
                        "Điều 1 Ban hành kèm theo Quyết định này Kế hoạch triển khai thi hành Luật Bảo vệ dữ liệu"
                                + " cá nhân",
                        "Điều 2 Quyết định này có hiệu lực thi hành từ ngày ký ban hành",
                        "Điều 3 Chánh Văn phòng Ủy ban nhân dân Thành phố, Giám đốc các Sở"),
                headings("Điều 1.\nBan hành kèm theo Quyết định này Kế hoạch triển khai thi hành Luật Bảo vệ dữ liệu"
                        + " cá nhân.\nĐiều 2. Quyết định này có hiệu lực thi hành từ ngày ký ban hành.\nĐiều 3. Chánh\n"
                        + "Văn phòng Ủy ban nhân dân Thành phố, Giám đốc các Sở; Thủ trưởng các cơ quan thi hành.\n"));
        // a heading that has closed its clause, or a sentence-case heading before a new sentence, stays one line
        assertEquals(
                List.of("I MỤC TIÊU", "I.1 Mục tiêu chung", "I.2 Công tác chỉ đạo, điều hành"),
                headings("I. MỤC TIÊU\n1. Mục tiêu chung: nâng cao\nNĂNG LỰC.\n2. Công tác chỉ đạo, điều hành\n"
                        + "Kịp thời xây dựng kế hoạch.\n"));
    }

    @Test
    void aNumberOpeningALineThatCarriesASentenceOn_isNoUnit() {
        assertEquals(
                List.of("I", "I.1", "I.2"),
                paths("I. CĂN CỨ\n1. Căn cứ Luật Tổ chức chính quyền địa phương;\nCăn cứ Nghị quyết số\n"
                        + "66.2/2025/NQ-CP ngày 28 tháng 8 năm 2025 của Chính phủ;\nCăn cứ Quyết định số\n"
                        + "12. Quyết định này quy định\n2. Yêu cầu\n"));
        // out of order after a closed sentence, as printed
        assertEquals(List.of("II", "II.1", "II.9"), paths("II. NHIỆM VỤ\n1. Một.\n9. Chín\n"));
    }

    @Test
    void appendixContentAndTableRows_areNoSections() {
        assertEquals(
                List.of("I", "I.1", "PL1", "PL2"),
                paths("I. MỤC TIÊU\n1. Mục tiêu\nPHỤ LỤC I\nNỘI DUNG CHI\nI. Hỗ trợ 100% chi phí.\n1. Mức 1: 40"
                        + " triệu đồng.\nPhụ lục II\nDANH MỤC\nSTT\tTên nhiệm vụ\n1.\tRà soát\tSở Tư pháp\n"));
        assertEquals(
                List.of("I", "I.1"),
                paths("I. TỔ CHỨC THỰC HIỆN\n1.\tBộ Tư pháp\t19\n2.\tBộ Y tế\t24\n1. Giao Sở Nội vụ theo dõi.\n"
                        + "Phụ lục I kèm theo Nghị quyết này).\n"));
    }

    @Test
    void aBareNumberOverItsHeading_isAUnit() {
        assertEquals(
                List.of("IV TỔ CHỨC THỰC HIỆN", "IV.1 Sở Tài chính", "IV.2 Công an Thành phố, Bộ Tư lệnh Thành phố"),
                headings("IV. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính\n- Chủ trì.\n2.\n"
                        + "Công an Thành phố, Bộ Tư lệnh Thành phố\n- Phối hợp.\n3.\n"));
    }

    /** "Chương I" over articles, "Phần I" over Roman units: the part is a level above what GOLD.md paths. */
    @Test
    void partsOverArticlesOrRomanUnits_areNoUnits() {
        assertEquals(
                List.of("Điều 1", "Điều 2", "Điều 2.1", "Điều 3"),
                paths("Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\nĐiều 2. Đối tượng áp dụng\n"
                        + "1. Công chức thuế.\nChương II\nCHUẨN MỰC ỨNG XỬ\nĐiều 3. Các quy định chung\n"));
        assertEquals(
                List.of("I", "II", "II.1"),
                paths("Phần I\nĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2025\nI. TÌNH HÌNH THỰC HIỆN CÁC MỤC TIÊU\n"
                        + "II. TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ\n1. Công tác lãnh đạo, chỉ đạo\n"));
    }

    /** A crawler may run the first unit's heading into the part's line; that unit is read, the part is not. */
    @Test
    void aUnitRunIntoItsPartsLine_isRead() {
        assertEquals(
                List.of("1", "I", "I.1", "II"),
                paths("PHẦN I. DANH MỤC THỦ TỤC HÀNH CHÍNH\n1. Thủ tục thẩm định\n"
                        + "PHẦN II. NỘI DUNG CỤ THỂ CỦA TỪNG THỦ TỤC HÀNH CHÍNH I. THỦ TỤC HÀNH CHÍNH CẤP TRUNG ƯƠNG\n"
                        + "1. Thủ tục thẩm định việc chuyển giao\nII. THỦ TỤC HÀNH CHÍNH CẤP XÃ\n"));
    }

    /** "1." alone on its line before any unit, its heading on the next: the first item of a directive's list. */
    @Test
    void aFirstBareNumberBeforeAnyUnit_isAUnit() {
        assertEquals(
                List.of(
                        "1 Các cơ quan quản lý nhà nước",
                        "2 Kết hợp hoặc luân phiên khai thác nước mặt",
                        "3 Tuân thủ nguyên tắc"),
                headings(
                        "yêu cầu thực hiện các nhiệm vụ trọng tâm như sau:\n1.\nCác cơ quan quản lý nhà nước; thực hiện"
                                + " tốt.\n2.\nKết hợp hoặc luân phiên khai thác nước mặt.\n3. Tuân thủ nguyên tắc.\n"));
        assertEquals(List.of(), paths("Trang\n2.\n"));
    }

    /** "2.1." alone on its line under a unit, its heading on the next: a decimal unit of a directive. */
    @Test
    void aBareDecimalNumberOverItsHeading_isAUnit() {
        assertEquals(
                List.of("I", "I.1", "I.1.a", "I.2", "I.2.1", "I.2.1.a", "I.2.2", "I.2.2.a"),
                paths("I.\nTrách nhiệm phối hợp trong công tác thẩm định\n1.\nCác cơ quan đăng ký đầu tư:\n"
                        + "a) Là đầu mối chủ trì.\n2.\nCác sở, ban, ngành, địa phương: Là các"
                        + " đơn vị được lấy ý kiến\n2.1.\nTrách nhiệm chung\na) Đánh giá sự phù hợp của\n"
                        + "dự án.\n2.2.\nTrách nhiệm cụ thể\na) Sở Nông nghiệp và Môi trường:\n"));
        assertEquals(List.of(), paths("Tăng trưởng đạt\n2.1.\n"));
    }

    /** An article printed with no heading over numbered clauses: its first line of text is its first clause's. */
    @Test
    void anArticleWithNoHeadingOverClauses_isHeadedByItsFirstClause() {
        assertEquals(
                List.of(
                        "Điều 1 Ban hành kèm theo Nghị quyết này Kế hoạch sửa đổi",
                        "Điều 2 Các cơ quan được giao nhiệm vụ chuẩn bị hồ sơ, soạn thảo",
                        "Điều 2.1 Các cơ quan được giao nhiệm vụ chuẩn bị hồ sơ, soạn thảo",
                        "Điều 2.2 Đề nghị Chính phủ chỉ đạo rà soát"),
                headings("Điều 1.\n\nBan hành kèm theo Nghị quyết này Kế hoạch sửa đổi.\n\nĐiều 2.\n\n"
                        + "1. Các cơ quan được giao nhiệm vụ chuẩn bị hồ sơ, soạn thảo.\n\n"
                        + "2. Đề nghị Chính phủ chỉ đạo rà soát.\n"));
    }

    @Test
    void articlesQuotedInALetterAreNotItsSections() {
        // a tax office's answer quoting a decree's article, its nested quotes counted (prov-vinhlong-thue-cv1539)
        String text = "Thuế tỉnh Vĩnh Long có ý kiến như sau:\n"
                + "Căn cứ khoản l, khoản 2 Điều 5 Nghị định số 132/2020/NĐ-CP ngày 05/11/2020 của Chính phủ,"
                + " quy định:\n"
                + "“Điều 5. Các bên có quan hệ liên kết\n"
                + "1. Các bên có quan hệ liên kết (sau đây viết tắt là “bên liên kết”) là các bên có mối quan hệ"
                + " thuộc một trong các trường hợp:\n"
                + "a) Một bên tham gia trực tiếp hoặc gián tiếp vào việc điều hành, kiểm soát;\n"
                + "…l) Doanh nghiệp có phát sinh các giao dịch nhượng vốn góp.” Căn cứ khoản 3 Điều 16 Nghị định số"
                + " 132/2020/NĐ-CP ngày 05/11/2020 của Chính phủ, quy định:\n"
                + "“Điều 16. Xác định chi phí để tính thuế\n"
                + "3. Tổng chi phí lãi vay được trừ khi xác định thu nhập chịu thuế:\n"
                + "b) Phần chi phí lãi vay không được trừ”\n"
                + "1. Về giao dịch liên kết\n";
        assertEquals(List.of("1"), paths(text));
    }

    @Test
    void aQuoteMarkThatNeverClosesOrIsNotIntroducedQuotesNothing() {
        assertEquals(
                List.of("1", "2"),
                paths("Kế hoạch gồm các nội dung sau:\n“Mục tiêu chung\n1. Phạm vi áp dụng\n2. Đối tượng áp dụng\n"));
        assertEquals(List.of("1", "2"), paths("1. “Ý kiến điện tử” là ý kiến gửi qua mạng.\n2. Cổng dịch vụ công\n"));
    }

    @Test
    void aHeadingThatRunsItsFirstLetterItemOnIsTwoUnits() {
        // prov-vinhlong-hdnd-nq21: the page ran "2. Đối tượng áp dụng" and its item "a) Trẻ em ..." into one line
        String text = "Điều 1. Phạm vi điều chỉnh, đối tượng áp dụng\n"
                + "2. Đối tượng áp dụng a) Trẻ em đang học tại các cơ sở giáo dục mầm non thuộc loại hình dân lập.\n"
                + "b) Giáo viên mầm non đang làm việc tại cơ sở giáo dục mầm non.\n"
                + "3. Nguồn kinh phí: Sử dụng ngân sách địa phương a) Trung ương hỗ trợ.\n";
        SectionTree tree = parser.parse(text);
        assertEquals(
                List.of("Điều 1", "Điều 1.2", "Điều 1.2.a", "Điều 1.2.b", "Điều 1.3"),
                tree.sections().stream().map(Section::path).toList());
        assertEquals("Đối tượng áp dụng", tree.sections().get(1).heading());
        Section a = tree.sections().get(2);
        assertEquals("a) Trẻ em", text.substring(a.start(), a.start() + 9));
    }
}
