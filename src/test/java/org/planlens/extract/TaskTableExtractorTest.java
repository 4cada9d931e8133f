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
import org.planlens.structure.PillarClassifier;
import org.planlens.structure.SectionParser;
import org.planlens.structure.SectionTree;
import org.planlens.text.TextNormalizer;

class TaskTableExtractorTest {
    private static final ModelData MODELS = ModelData.packaged();
    private static final TaskTableExtractor EXTRACTOR = new TaskTableExtractor(MODELS);
    private static final SectionParser PARSER = new SectionParser(new PillarClassifier(MODELS));

    private static List<Task> tasks(String text) {
        SectionTree tree = PARSER.parse(text);
        return EXTRACTOR.extract(text, tree);
    }

    /** DOCX tables reach the text through Tika as tab-separated cells, one row a line. */
    @Test
    void tabSeparatedRows_giveTheirCellsAsPrinted() {
        String text = String.join("\n", "KẾ HOẠCH", "Cải cách hành chính năm 2024", "PHỤ LỤC",
                "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024",
                "STT\tNhiệm vụ\tSản phẩm\tThời gian\tChủ trì\tPhối hợp",
                "I\tCẢI CÁCH THỂ CHẾ\t\t\t\t",
                "1\tRà soát văn bản quy phạm pháp luật\tBáo cáo\tQuý III/2024\tCông chức Tư pháp - Hộ tịch\tCác ban, ngành thuộc xã",
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
        String text = String.join("\n", "KẾ HOẠCH", "Cải cách hành chính năm 2024", "PHỤ LỤC",
                "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024",
                "STT\tNhiệm vụ\tSản phẩm\tThời gian\tChủ trì\tPhối hợp",
                "1\tRà soát văn bản quy phạm pháp luật\tBáo cáo\tQuý III/2024\tCông chức Tư pháp - Hộ tịch\tUBND các thôn",
                "2\t\t\tHằng năm\t\t",
                "3\tTự kiểm tra văn bản\tKế hoạch\tHằng năm\tCông chức Tư pháp - Hộ tịch\tUBND các thôn");
        List<Task> rows = tasks(text);
        assertEquals(List.of("1", "3"), rows.stream().map(Task::path).toList());
        assertTrue(rows.stream().allMatch(t -> t.description() != null));
    }

    /** A scanned table: a group numeral that lost a stroke, a header misread, a row number after a header repeat. */
    @Test
    void ocrMisreadGroupsAndHeaders_keepTheRowsApart() {
        String text = String.join("\n", "KẾ HOẠCH", "Cải cách hành chính năm 2024", "PHỤ LỤC",
                "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024",
                "STT NHIỆM VỤ CỤ THỂ", "KẾT QUẢ,", "SẢN PHẨM", "THỜI GIAN", "CƠ QUAN", "CHỦ TRÌ",
                "II CẢI CÁCH THỂ CHẾ", "1", "Rà soát văn bản quy phạm pháp luật", "Báo cáo", "Quý III/2024",
                "Phòng Tư pháp",
                "II CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "1", "Rà soát thủ tục hành chính", "Kế hoạch", "Hằng năm",
                "Văn phòng HĐND và UBND huyện", "Các cơ quan -",
                "SIT NHIỆM VỤ CỤ THE", "KET QUA,", "SẢN PHẨM", "THỜI GIAN", "GƠ QUAN", "CHỦ TRÌ",
                "2", "Công khai thủ tục hành chính", "Kế hoạch", "Hằng năm", "Văn phòng HĐND và UBND huyện");
        List<Task> rows = tasks(text);
        assertEquals(List.of("II.1", "III.1", "III.2"), rows.stream().map(Task::path).toList());
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
            String all = t.description() + " " + t.output() + " " + t.timeline() + " " + t.lead() + " " + t.coordinate();
            assertFalse(all.contains("SẢN PHẨM") || all.contains("CHỦ TRÌ") || all.contains("STT"), t.toString());
            assertTrue(t.path().matches("[IVX]+\\.\\d+"), t.path());
            assertFalse(t.lead().isEmpty(), t.toString());
        }
    }
}
