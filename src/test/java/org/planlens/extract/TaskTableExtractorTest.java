package org.planlens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planlens.model.Task;
import org.planlens.model.TaskSource;
import org.planlens.rules.ModelData;
import org.planlens.structure.SectionParser;
import org.planlens.structure.SectionTree;
import org.planlens.text.normalize.TextNormalizer;

class TaskTableExtractorTest {
    private static final ModelData MODELS = ModelData.packaged();
    private static final TaskTableExtractor EXTRACTOR = new TaskTableExtractor(MODELS);
    private static final SectionParser PARSER = new SectionParser(MODELS);

    private static List<Task> tasks(String text) {
        SectionTree tree = PARSER.parse(text);
        return EXTRACTOR.extract(text, tree);
    }

    /** DOCX tables reach the text through Tika as tab-separated cells, one row a line. */
    @Test
    void tabSeparatedRows_giveTheirCellsAsPrinted() {
        String text = String.join(
                "\n",
                "KẾ HOẠCH",
                "Cải cách hành chính năm 2024",
                "PHỤ LỤC",
                "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024",
                "STT\tNhiệm vụ\tSản phẩm\tThời gian\tChủ trì\tPhối hợp",
                "I\tCẢI CÁCH THỂ CHẾ\t\t\t\t",
                "1\tRà soát văn bản quy phạm pháp luật\tBáo cáo\tQuý III/2024\tCông chức Tư pháp - Hộ "
                        + "tịch\tCác ban, ngành thuộc xã",
                "2\tTự kiểm tra văn bản\tKế hoạch\tHằng năm\tCông chức Tư pháp - Hộ tịch\tUBND các thôn");
        List<Task> rows = tasks(text);
        assertEquals(2, rows.size());
        Task first = rows.get(0);
        assertEquals("I.1", first.path());
        assertEquals("Rà soát văn bản quy phạm pháp luật", first.description());
        assertEquals("Quý III/2024", first.timeline());
        assertEquals(List.of("Công chức Tư pháp - Hộ tịch"), first.lead());
        assertEquals(TaskSource.TABLE, first.source());
        assertEquals("k2", rows.get(1).id());
    }

    /** The schema wants a description on every task: a numbered row with an empty task cell is no task. */
    @Test
    void rowWithoutTaskText_isNotATask() {
        String text = String.join(
                "\n",
                "KẾ HOẠCH",
                "Cải cách hành chính năm 2024",
                "PHỤ LỤC",
                "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024",
                "STT\tNhiệm vụ\tSản phẩm\tThời gian\tChủ trì\tPhối hợp",
                "1\tRà soát văn bản quy phạm pháp luật\tBáo cáo\tQuý III/2024\tCông chức Tư pháp - Hộ "
                        + "tịch\tUBND các thôn",
                "2\t\t\tHằng năm\t\t",
                "3\tTự kiểm tra văn bản\tKế hoạch\tHằng năm\tCông chức Tư pháp - Hộ tịch\tUBND các thôn");
        List<Task> rows = tasks(text);
        assertEquals(List.of("1", "3"), rows.stream().map(Task::path).toList());
        assertTrue(rows.stream().allMatch(t -> t.description() != null));
    }

    /** A scanned table: a group numeral that lost a stroke, a header misread, a row number after a header repeat. */
    @Test
    void ocrMisreadGroupsAndHeaders_keepTheRowsApart() {
        String text = String.join(
                "\n",
                "KẾ HOẠCH",
                "Cải cách hành chính năm 2024",
                "PHỤ LỤC",
                "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024",
                "STT NHIỆM VỤ CỤ THỂ",
                "KẾT QUẢ,",
                "SẢN PHẨM",
                "THỜI GIAN",
                "CƠ QUAN",
                "CHỦ TRÌ",
                "II CẢI CÁCH THỂ CHẾ",
                "1",
                "Rà soát văn bản quy phạm pháp luật",
                "Báo cáo",
                "Quý III/2024",
                "Phòng Tư pháp",
                "II CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
                "1",
                "Rà soát thủ tục hành chính",
                "Kế hoạch",
                "Hằng năm",
                "Văn phòng HĐND và UBND huyện",
                "Các cơ quan -",
                "SIT NHIỆM VỤ CỤ THE",
                "KET QUA,",
                "SẢN PHẨM",
                "THỜI GIAN",
                "GƠ QUAN",
                "CHỦ TRÌ",
                "2",
                "Công khai thủ tục hành chính",
                "Kế hoạch",
                "Hằng năm",
                "Văn phòng HĐND và UBND huyện");
        List<Task> rows = tasks(text);
        assertEquals(
                List.of("II.1", "III.1", "III.2"), rows.stream().map(Task::path).toList());
        assertEquals("Công khai thủ tục hành chính", rows.get(2).description());
    }

    /** Seed 001's appendix repeats its header at every page break, sometimes inside a row. */
    @Test
    void headersRepeatedAtPageBreaks_neverReachACell() throws IOException {
        String raw = Files.readString(Path.of("corpus/001_6a0161e947e78645.txt"), StandardCharsets.UTF_8);
        List<Task> rows = tasks(TextNormalizer.standard().normalize(raw));
        assertTrue(rows.size() > 30, "rows: " + rows.size());
        assertEquals(rows.size(), new HashSet<>(rows.stream().map(Task::path).toList()).size(), "paths repeat");
        for (Task t : rows) {
            String all =
                    t.description() + " " + t.output() + " " + t.timeline() + " " + t.lead() + " " + t.coordinate();
            assertFalse(all.contains("SẢN PHẨM") || all.contains("CHỦ TRÌ") || all.contains("STT"), t.toString());
            assertTrue(t.path().matches("[IVX]+\\.\\d+"), t.path());
            assertFalse(t.lead().isEmpty(), t.toString());
        }
    }

    /** A header printed one cell a line in sentence case gives the columns' order; a page break repeats it. */
    @Test
    void columnsFollowTheHeadersOrder() {
        String text = String.join(
                "\n",
                "KẾ HOẠCH",
                "Cải cách hành chính năm 2023",
                "PHỤ LỤC",
                "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2023",
                "(Kèm theo Kế hoạch số 37/KH-UBND)",
                "TT",
                "Nhiệm vụ",
                "Cơ quan chủ trì",
                "Cơ quan phối hợp",
                "Thời gian hoàn thành",
                "Sản phẩm",
                "I",
                "CẢI CÁCH THỂ CHẾ",
                "1",
                "Rà soát văn bản quy phạm",
                "pháp luật do tỉnh ban hành",
                "Sở Tư pháp",
                "Các sở, ban, ngành tỉnh",
                "Quý IV/2023",
                "Quyết định công bố",
                "kết quả rà soát",
                "TT",
                "Nhiệm vụ",
                "Cơ quan chủ trì",
                "Cơ quan phối hợp",
                "Thời gian hoàn thành",
                "Sản phẩm",
                "2",
                "Khảo sát sự hài lòng của người dân",
                "Sở Nội vụ",
                "Văn phòng UBND tỉnh",
                "Tháng 11/2023",
                "Báo cáo");
        List<Task> rows = tasks(text);
        assertEquals(List.of("I.1", "I.2"), rows.stream().map(Task::path).toList());
        Task first = rows.get(0);
        assertEquals("Rà soát văn bản quy phạm pháp luật do tỉnh ban hành", first.description());
        assertEquals("Quyết định công bố kết quả rà soát", first.output());
        assertEquals("Quý IV/2023", first.timeline());
        assertEquals(List.of("Sở Tư pháp"), first.lead());
        assertEquals(List.of("Các sở, ban, ngành tỉnh"), first.coordinate());
        assertEquals("Báo cáo", rows.get(1).output());
        assertEquals(List.of("Văn phòng UBND tỉnh"), rows.get(1).coordinate());
    }

    /** A header run into the group row on one line, and a row that a page break cut inside its task cell. */
    @Test
    void rowCutInsideItsTaskCell_takesItsOtherCellsAfterTheBreak() {
        String text = String.join(
                "\n",
                "KẾ HOẠCH",
                "Cải cách hành chính năm 2025",
                "PHỤ LỤC",
                "DANH MỤC NHIỆM VỤ",
                "STT NHIỆM VỤ KẾT QUẢ, SẢN PHẨM THỜI GIAN THỰC HIỆN CƠ QUAN CHỦ TRÌ CƠ QUAN PHỐI HỢP GHI "
                        + "CHÚ I CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
                "1",
                "Rà soát, công bố danh mục thủ tục",
                "hành chính thực hiện",
                "3",
                "STT NHIỆM VỤ",
                "KẾT QUẢ,",
                "SẢN PHẨM",
                "THỜI GIAN",
                "THỰC HIỆN",
                "CƠ QUAN",
                "CHỦ TRÌ",
                "CƠ QUAN",
                "PHỐI HỢP",
                "GHI",
                "CHÚ không phụ thuộc vào địa giới hành chính",
                "Quyết định của",
                "Chủ tịch UBND huyện",
                "Tháng 6/2025",
                "Văn phòng HĐND",
                "và UBND huyện",
                "Phòng Nội vụ");
        List<Task> rows = tasks(text);
        assertEquals(1, rows.size());
        Task t = rows.get(0);
        assertEquals("I.1", t.path());
        assertEquals(
                "Rà soát, công bố danh mục thủ tục hành chính thực hiện không phụ thuộc vào địa giới hành chính",
                t.description());
        assertEquals("Quyết định của Chủ tịch UBND huyện", t.output());
        assertEquals("Tháng 6/2025", t.timeline());
        assertEquals(List.of("Văn phòng HĐND và UBND huyện"), t.lead());
        assertEquals(List.of("Phòng Nội vụ"), t.coordinate());
    }

    /** A table with one body column ("Đơn vị thực hiện") and no output column: its bodies lead. */
    @Test
    void aSingleBodyColumn_givesTheLead() {
        String text = String.join(
                "\n",
                "KẾ HOẠCH",
                "Cải cách hành chính năm 2024",
                "PHỤ LỤC",
                "NHIỆM VỤ NĂM 2024",
                "STT",
                "Tên nhiệm vụ",
                "Thời gian",
                "thực hiện",
                "Đơn vị thực hiện",
                "I",
                "CẢI CÁCH THỂ CHẾ",
                "1",
                "Rà soát văn bản quy phạm pháp luật",
                "Quý II/2024",
                "Phòng Tư pháp");
        List<Task> rows = tasks(text);
        assertEquals(1, rows.size());
        assertEquals("Rà soát văn bản quy phạm pháp luật", rows.get(0).description());
        assertEquals("Quý II/2024", rows.get(0).timeline());
        assertEquals(List.of("Phòng Tư pháp"), rows.get(0).lead());
        assertEquals(null, rows.get(0).output());
    }
    /**
     * Issue 18: a crawler's table through the Markdown reader. The group rows are one merged cell each, the rows are
     * numbered straight through the groups, the table has no output column and stands under a signature whose line
     * swallowed its "PHỤ LỤC" (no appendix section to look in).
     */
    @Test
    void markdownTable_groupRowsOfOneCell_rowsNumberedStraightThrough() {
        String text = String.join(
                "\n",
                "KẾ HOẠCH",
                "Hỗ trợ doanh nghiệp chuyển đổi số năm 2026",
                "Nơi nhận: - Bộ Khoa học và Công nghệ; - Lưu: VT. TM. ỦY BAN NHÂN DÂN PHÓ CHỦ TỊCH Huỳnh Minh "
                        + "Tuấn PHỤ LỤC",
                "DANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM",
                "STT\tTên nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành",
                "I. NÂNG CAO NHẬN THỨC VÀ ĐỔI MỚI TƯ DUY",
                "1\tTriển khai nền tảng đào tạo trực tuyến mở cho người dân.\tSở KH&CN\tCác sở, ban, ngành tỉnh; "
                        + "UBND các xã, phường\tThường xuyên",
                "2\tBiểu dương, khen thưởng các doanh nghiệp có thành tích.\tSở Nội vụ\tSở KH&CN; các cơ quan, "
                        + "đơn vị liên quan\tHằng năm",
                "II. HOÀN THIỆN CƠ CHẾ, CHÍNH SÁCH",
                "3\tXây dựng Bộ tiêu chí đánh giá mức độ chuyển đổi số doanh nghiệp.\tSở KH&CN\tBan Quản lý Khu "
                        + "kinh tế, Sở Công Thương, các doanh nghiệp viễn thông\tQuí IV-2025",
                "Nơi lưu: Văn phòng UBND tỉnh.");
        List<Task> rows = tasks(text);
        assertEquals(
                List.of("I.1", "I.2", "II.3"), rows.stream().map(Task::path).toList());
        Task first = rows.get(0);
        assertEquals("Triển khai nền tảng đào tạo trực tuyến mở cho người dân.", first.description());
        assertEquals(null, first.output());
        assertEquals("Thường xuyên", first.timeline());
        assertEquals(List.of("Sở KH&CN"), first.lead());
        assertEquals(List.of("Các sở, ban, ngành tỉnh", "UBND các xã, phường"), first.coordinate());
        assertEquals(
                List.of("Sở KH&CN", "các cơ quan, đơn vị liên quan"),
                rows.get(1).coordinate());
        assertEquals(
                List.of("Ban Quản lý Khu kinh tế", "Sở Công Thương", "các doanh nghiệp viễn thông"),
                rows.get(2).coordinate());
    }

    /**
     * Two table rows under one number: Word gives the merged number cell empty; a crawler leaves it out, so the
     * row's cells stand one column to the left; a row of two cells keeps its tabs under the row above it.
     */
    @Test
    void rowsSharingOneNumber_addTheirCellsToTheNumberedRow() {
        String text = String.join(
                "\n",
                "PHỤ LỤC",
                "NHIỆM VỤ CỦA CÁC SỞ, BAN, NGÀNH, PHƯỜNG, XÃ, ĐẶC KHU",
                "TT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian dự kiến hoàn thành\tKết quả dự "
                        + "kiến\tNguồn kinh phí",
                "I\tQuản lý, vận hành, khai thác cơ sở dữ liệu quốc gia về quy hoạch",
                "1\tQuản lý, vận hành Hệ thống thông tin về quy hoạch liên tục 24/7.\tSở Tài chính\tCác sở, "
                        + "ngành, UBND xã, phường, đặc khu\tQuý IV/2026",
                "Thực hiện sao lưu dữ liệu và bảo đảm phục hồi hệ thống sau sự cố.\tSở Khoa học và Công "
                        + "nghệ\tSở Tài chính",
                "2\tBố trí nhân lực quản lý, vận hành Hệ thống.\tSở Nội vụ\tSở Tài chính\tNăm 2026\tĐủ nhân "
                        + "lực\tChi thường xuyên",
                "\tBồi dưỡng nhân lực vận hành Hệ thống.\t\tTrung tâm Chuyển đổi số\t\t\t");
        List<Task> rows = tasks(text);
        assertEquals(List.of("I.1", "I.2"), rows.stream().map(Task::path).toList());
        Task first = rows.get(0);
        assertEquals(
                "Quản lý, vận hành Hệ thống thông tin về quy hoạch liên tục 24/7. Thực hiện sao lưu dữ liệu và "
                        + "bảo đảm phục hồi hệ thống sau sự cố.",
                first.description());
        assertEquals(List.of("Sở Tài chính", "Sở Khoa học và Công nghệ"), first.lead());
        assertEquals(List.of("Các sở, ngành", "UBND xã, phường, đặc khu", "Sở Tài chính"), first.coordinate());
        assertEquals("Quý IV/2026", first.timeline());
        Task second = rows.get(1);
        assertEquals(
                "Bố trí nhân lực quản lý, vận hành Hệ thống. Bồi dưỡng nhân lực vận hành Hệ thống.",
                second.description());
        assertEquals("Đủ nhân lực", second.output());
        assertEquals(List.of("Sở Tài chính", "Trung tâm Chuyển đổi số"), second.coordinate());
    }

    /** Word's merged group cells (a numeral, its title, empty cells) and a header in any order, with "/" in it. */
    @Test
    void wordTable_mergedGroupCells_columnsInAnyOrder() {
        String text = String.join(
                "\n",
                "QUYẾT ĐỊNH",
                "Điều 1. Phê duyệt Đề án chuyển đổi số trong xây dựng.",
                "PHỤ LỤC",
                "STT\tTên nhiệm vụ/dự án\tCơ quan chủ trì\tCơ quan phối hợp\tKết quả dự kiến\tThời gian triển khai",
                "I\tCƠ CHẾ, CHÍNH SÁCH\t\u00A0\t\u00A0\t\u00A0\t\u00A0",
                "1\tRà soát các luật, nghị định về đầu tư xây dựng\tBộ Xây dựng\tCác bộ, ngành liên quan\tCác văn "
                        + "bản được sửa đổi\t2026",
                "II\tHẠ TẦNG KỸ THUẬT\t\t\t\t",
                "1\tĐầu tư hạ tầng công nghệ thông tin đồng bộ\tBộ Xây dựng, các địa phương\tCác bộ, ngành liên "
                        + "quan\tHạ tầng đồng bộ\t2026-2030");
        List<Task> rows = tasks(text);
        assertEquals(List.of("I.1", "II.1"), rows.stream().map(Task::path).toList());
        assertEquals("Các văn bản được sửa đổi", rows.get(0).output());
        assertEquals("2026", rows.get(0).timeline());
        assertEquals(List.of("Bộ Xây dựng", "các địa phương"), rows.get(1).lead());
    }

    /** A group row in sentence case (its tabs lost to a line of two cells) still opens its group. */
    @Test
    void groupInSentenceCase_opensItsGroup() {
        String text = String.join(
                "\n",
                "PHỤ LỤC",
                "TT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian",
                "I Hoàn thiện thể chế, ban hành quy định",
                "1\tPhối hợp rà soát, sửa đổi Luật Quy hoạch\tSở Tài chính\tCác sở, ngành\tQuý IV/2025",
                " II Xây dựng hạ tầng công nghệ thông tin",
                "1\tĐầu tư trang thiết bị hiện đại\tSở Tài chính\tCác sở, ngành\tQuý IV/2026");
        assertEquals(
                List.of("I.1", "II.1"), tasks(text).stream().map(Task::path).toList());
    }

    /**
     * Tables of figures (a report's) and indicator tables are no task tables (an indicator table's bodies lead:
     * IndicatorTableBodiesTest).
     */
    @Test
    void indicatorAndReportTables_giveNoTasks() {
        String text = String.join(
                "\n",
                "PHỤ LỤC I",
                "STT\tBộ, cơ quan\tTổng số TTHC\tKết quả thực hiện\tTỷ lệ (%)",
                "1.\tTp Đà Nẵng\t2388\t1970\t100%",
                "2.\tTp Huế\t2241\t1897\t100%",
                "PHỤ LỤC II",
                "STT\tChỉ tiêu\tCơ quan chủ trì\tCơ quan phối hợp",
                "1\tTỷ lệ hồ sơ giải quyết đúng hạn đạt 98%\tVăn phòng UBND tỉnh\tCác sở, ban, ngành",
                "2\tMức độ hài lòng của người dân đạt 90%\tSở Nội vụ\tUBND các xã, phường");
        assertEquals(List.of(), tasks(text));
    }

    /** A header of two rows: "Cơ quan thực hiện" merged over "Chủ trì | Phối hợp" names its columns in the second. */
    @Test
    void twoRowHeader_namesTheMergedColumnsInItsSecondRow() {
        String text = String.join(
                "\n",
                "PHỤ LỤC",
                "STT\tNội dung công việc\tCơ quan thực hiện\t\tThời gian",
                "\t\tChủ trì\tPhối hợp\t",
                "1\tRà soát thủ tục hành chính\tVăn phòng UBND tỉnh\tCác sở, ban, ngành\tQuý II/2026");
        List<Task> rows = tasks(text);
        assertEquals(1, rows.size(), rows::toString);
        assertEquals("1", rows.get(0).path());
        assertEquals(List.of("Văn phòng UBND tỉnh"), rows.get(0).lead());
        assertEquals(List.of("Các sở, ban, ngành"), rows.get(0).coordinate());
        assertEquals("Quý II/2026", rows.get(0).timeline());
    }

    /** A group inside a group ("III.1 | Nhóm ...") gives its numeral to the rows under it; it is no task. */
    @Test
    void groupInsideAGroup_givesItsNumeralToTheRowsUnderIt() {
        String text = String.join(
                "\n",
                "PHỤ LỤC",
                "TT\tNhiệm vụ, giải pháp\tCơ quan chủ trì\tCơ quan phối hợp\tKết quả\tThời gian thực hiện",
                "III\tPhát triển các ứng dụng, nền tảng số cho Chính phủ số",
                "III.1\tNhóm các nền tảng số giải quyết thủ tục hành chính",
                "1\tTriển khai Cổng Dịch vụ công quốc gia\tBộ Công an\tCác bộ, ngành, địa phương\tHoàn thành\t2026",
                "2\tXây dựng Cổng thông tin một cửa quốc gia\tBộ Tài chính\tCác bộ, ngành\tHoàn thành\t2026",
                "III.2\tNhóm ứng dụng, nền tảng số cấp bộ, cấp tỉnh",
                "3\tXây dựng Hệ thống thông tin giải quyết thủ tục hành chính cấp bộ\tCác bộ, ngành\tBộ Công an"
                        + "\tVận hành ổn định\t2027");
        List<Task> rows = tasks(text);
        assertEquals(
                List.of("III.1.1", "III.1.2", "III.2.3"),
                rows.stream().map(Task::path).toList());
        assertEquals(List.of("Bộ Công an"), rows.get(0).lead());
        assertEquals("Xây dựng Cổng thông tin một cửa quốc gia", rows.get(1).description());
    }
    /**
     * Issue 18: a plan's table a crawler printed with bars and no delimiter row reaches the text as one line; two
     * empty cells part its rows, one is an empty cell, and rows without a printed number are counted in their group.
     */
    @Test
    void aTableOfBarsOnOneLine_isReadRowByRow() {
        String text = String.join(
                "\n",
                "KẾ HOẠCH",
                "| TT | Tên văn bản | Cơ quan trình | Cơ quan soạn thảo | Cơ quan thẩm tra/chuẩn bị ý "
                        + "kiến | Tiến độ | Hồ sơ | | | | I. Văn bản thuộc thẩm quyền ban hành của Quốc hội | | "
                        + "||||| | | Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Quốc hội | Ủy ban "
                        + "Thường vụ Quốc hội | Ban soạn thảo do UBTVQH thành lập | - Ủy ban Pháp luật chủ trì "
                        + "thẩm tra | - Trình Quốc hội tại Kỳ họp thứ 9 | - Hồ sơ trình Quốc hội gồm có: (1) Tờ "
                        + "trình | || | II. Văn bản thuộc thẩm quyền ban hành của Ủy ban Thường vụ Quốc hội | "
                        + "||||||| | | Nghị quyết về việc giải thể Viện Nghiên cứu lập pháp | Ban Công tác đại "
                        + "biểu | Ban Công tác đại biểu (Viện Nghiên cứu lập pháp phối hợp chuẩn bị dự thảo) | "
                        + "| Trình UBTVQH trước ngày 10/01/2025 | - Hồ sơ trình UBTVQH | | | Nghị quyết sửa đổi "
                        + "Nghị quyết số 1156/2016/UBTVQH13 | Ban Dân nguyện | Ban Dân nguyện | - Ủy ban Pháp "
                        + "luật chủ trì thẩm tra | Trình UBTVQH trước ngày 10/01/2025 | - Hồ sơ trình UBTVQH | "
                        + "||",
                "[1] Sau khi sửa đổi, bổ sung Luật Tổ chức Quốc hội thì nội dung này sẽ do Ủy ban Kinh tế và Ngân sách"
                        + " thực hiện.");
        List<Task> rows = tasks(text);
        assertEquals(
                List.of("I.1", "II.1", "II.2"), rows.stream().map(Task::path).toList());
        Task second = rows.get(1);
        assertEquals("Nghị quyết về việc giải thể Viện Nghiên cứu lập pháp", second.description());
        assertEquals("Trình UBTVQH trước ngày 10/01/2025", second.timeline());
        assertEquals("- Hồ sơ trình UBTVQH", second.output());
        assertEquals("Ban Dân nguyện", String.join("; ", rows.get(2).lead()));
    }

    /**
     * Quyết định 2530/QĐ-TTg, Phụ lục I: the lead column first, groups lettered by the body that leads their rows,
     * a group whose one row has its number cell blank, and the figures each task is to reach in a column named
     * "Chỉ tiêu đạt được" beside "Thuộc nhóm nhiệm vụ, hành động".
     */
    @Test
    void letteredGroups_leadFirst_indicatorColumnGivesTheOutput() {
        String text = String.join(
                "\n",
                "PHỤ LỤC I",
                "BẢNG PHÂN CÔNG THỰC HIỆN CÁC NHIỆM VỤ, GIẢI PHÁP TẠI KẾ HOẠCH HÀNH ĐỘNG QUỐC GIA",
                "STT\tCơ quan chủ trì\tCơ quan phối hợp\tThuộc nhóm nhiệm vụ, hành động[1]\tNội dung nhiệm vụ\t"
                        + "Chỉ tiêu đạt được\tThời hạn hoàn thành",
                "A.\tBỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
                "4\tBộ Nông nghiệp và Môi trường\tUBND các tỉnh/thành phố\tPhát triển không gian xanh quốc gia\t"
                        + "Tiếp tục triển khai hiệu quả Đề án “Trồng một tỷ cây xanh”.\t- Chương trình trồng cây xanh "
                        + "quốc gia giai đoạn 2026 - 2030 được phê duyệt.\tGiai đoạn 2026 - 2030",
                "D.\tBỘ KHOA HỌC VÀ CÔNG NGHỆ",
                "Bộ Khoa học và Công nghệ\t- Bộ Nông nghiệp và Môi trường; - Bộ Công Thương.\tChủ trì nghiên cứu, "
                        + "ứng dụng và chuyển giao các công nghệ\t- Nghiên cứu, ứng dụng, chuyển giao công nghệ xử lý "
                        + "khí thải hiện đại.\t- Danh mục các công nghệ xử lý khí thải tiên tiến.\tGiai đoạn "
                        + "2026 - 2030",
                "E.\tBỘ Y TẾ",
                "Bộ Y tế\t- Bộ Nông nghiệp và Môi trường.\tTăng cường hiệu quả hoạt động bảo vệ sức khỏe cộng "
                        + "đồng\t- Xây dựng hồ sơ sức khỏe.\t- Triển khai các nghiên cứu cấp quốc gia.\tGiai đoạn "
                        + "2026 - 2030");
        List<Task> rows = tasks(text);
        assertEquals(List.of("A.4", "D", "E"), rows.stream().map(Task::path).toList());
        Task first = rows.get(0);
        assertEquals("Tiếp tục triển khai hiệu quả Đề án “Trồng một tỷ cây xanh”.", first.description());
        assertEquals(List.of("Bộ Nông nghiệp và Môi trường"), first.lead());
        assertEquals(List.of("UBND các tỉnh/thành phố"), first.coordinate());
        assertTrue(first.output().startsWith("- Chương trình trồng cây xanh"), first.output());
        assertEquals("Giai đoạn 2026 - 2030", first.timeline());
        assertEquals(
                "- Nghiên cứu, ứng dụng, chuyển giao công nghệ xử lý khí thải hiện đại.",
                rows.get(1).description());
        assertEquals(List.of("Bộ Khoa học và Công nghệ"), rows.get(1).lead());
    }

    /**
     * Quyết định 2530/QĐ-TTg, Phụ lục I: a numbered row over sub-rows that print only their task, output and time
     * (the number, lead, partner and group cells merged over them): the sub-rows' cells join the numbered row's.
     */
    @Test
    void subRowsKeepingOnlyTheirLastCells_joinTheNumberedRow() {
        String text = String.join(
                "\n",
                "PHỤ LỤC I",
                "STT\tCơ quan chủ trì\tCơ quan phối hợp\tThuộc nhóm nhiệm vụ, hành động\tNội dung nhiệm vụ\t"
                        + "Chỉ tiêu đạt được\tThời hạn hoàn thành",
                "A.\tBỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
                "1\tBộ Nông nghiệp và Môi trường\t- Bộ Khoa học và Công nghệ; - Bộ Xây dựng.\tHoàn thiện hệ thống "
                        + "chính sách pháp luật\t- Hoàn thiện Nghị định về xử lý vi phạm hành chính.\t- Nghị định được "
                        + "ban hành.\tBan hành trong quý I năm 2026",
                "- Rà soát, cập nhật các hướng dẫn kỹ thuật về hệ số phát thải.\t- Bộ công cụ kiểm kê khí thải được "
                        + "ban hành.\tGiai đoạn 2026 - 2027",
                "- Giám sát công tác vận hành hệ thống quan trắc tự động liên tục.\t- Hệ thống giám sát trực tuyến "
                        + "hoạt động ổn định.\tThực hiện thường xuyên, liên tục",
                "2\tBộ Nông nghiệp và Môi trường\t- Bộ Ngoại giao.\tĐẩy mạnh nghiên cứu khoa học\t- Ứng dụng khoa "
                        + "học kỹ thuật tiên tiến.\tĐề tài được phê duyệt.\tGiai đoạn 2026 - 2030");
        List<Task> rows = tasks(text);
        assertEquals(List.of("A.1", "A.2"), rows.stream().map(Task::path).toList());
        assertEquals(
                "- Hoàn thiện Nghị định về xử lý vi phạm hành chính. - Rà soát, cập nhật các hướng dẫn kỹ thuật về hệ "
                        + "số phát thải. - Giám sát công tác vận hành hệ thống quan trắc tự động liên tục.",
                rows.get(0).description());
        assertEquals(List.of("Bộ Nông nghiệp và Môi trường"), rows.get(0).lead());
        assertTrue(
                rows.get(0).timeline().endsWith("Thực hiện thường xuyên, liên tục"),
                rows.get(0).timeline());
    }

    /** Nghị quyết 394/NQ-CP, Phụ lục: a list of projects, "Tên đề án ưu tiên" names the task column. */
    @Test
    void projectNameColumn_isTheTask() {
        String text = String.join(
                "\n",
                "PHỤ LỤC",
                "DANH MỤC ĐỀ ÁN ƯU TIÊN TRIỂN KHAI PHONG TRÀO TOÀN DÂN THAM GIA BẢO VỆ MÔI TRƯỜNG",
                "TT\tTên đề án ưu tiên\tCơ quan chủ trì\tCơ quan phối hợp\tThời hạn hoàn thành",
                "2\tĐề án xử lý, cải tạo, phục hồi môi trường các bãi chôn lấp rác thải không hợp vệ sinh.\tỦy ban "
                        + "nhân dân các tỉnh, thành phố trực thuộc trung ương\tCác bộ, ngành và địa phương có liên "
                        + "quan\t2030");
        List<Task> rows = tasks(text);
        assertEquals(1, rows.size());
        assertEquals("2", rows.get(0).path());
        assertTrue(
                rows.get(0).description().startsWith("Đề án xử lý, cải tạo"),
                rows.get(0).description());
        assertEquals("2030", rows.get(0).timeline());
    }
}
