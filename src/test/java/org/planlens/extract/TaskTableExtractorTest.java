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
}
