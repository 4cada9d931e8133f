package org.planlens.extract.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.planlens.rules.ModelData;

/** A row's text (chunks separated by " | ") cut into task, output, time, lead, partners (separated by " | "). */
class RowCellsTest {
    private static final RowCells CELLS = new RowCells(new TableCues(ModelData.packaged()));

    private static void assertCells(String chunks, String expected) {
        List<String> got = CELLS.split(List.of(chunks.split(" \\| ")));
        assertEquals(expected, String.join(" | ", got), chunks);
    }

    @Test
    void oneCellAChunk_isKept() {
        assertCells(
                "Rà soát thủ tục hành chính | Báo cáo của UBND xã | Quý II/2023 | Công chức Tư pháp - Hộ "
                        + "tịch | UBND các thôn",
                "Rà soát thủ tục hành chính | Báo cáo của UBND xã | Quý II/2023 | Công chức Tư pháp - Hộ "
                        + "tịch | UBND các thôn");
    }

    @Test
    void cellsPrintedOnOneLine_areCutWhereACellOpens() {
        assertCells(
                "Lập danh mục hồ sơ Kế hoạch Hàng năm Phòng Nội vụ | Các cơ quan, đơn vị thuộc quận",
                "Lập danh mục hồ sơ | Kế hoạch | Hàng năm | Phòng Nội vụ | Các cơ quan, đơn vị thuộc quận");
        assertCells(
                "Công khai thủ tục tại Bộ phận một cửa Báo cáo của UBND phường | Quý II/2022 | Công chức "
                        + "Văn phòng - Thống kê | Công an phường",
                "Công khai thủ tục tại Bộ phận một cửa | Báo cáo của UBND phường | Quý II/2022 | Công chức "
                        + "Văn phòng - Thống kê | Công an phường");
        assertCells(
                "Rà soát hồ sơ tại Bộ phận Tiếp nhận và Trả kết quả Báo cáo của UBND phường | Quý II/2022 | "
                        + "Công chức Văn phòng - Thống kê | Công chức Tư pháp - Hộ tịch",
                "Rà soát hồ sơ tại Bộ phận Tiếp nhận và Trả kết quả | Báo cáo của UBND phường | Quý II/2022 "
                        + "| Công chức Văn phòng - Thống kê | Công chức Tư pháp - Hộ tịch");
    }

    @Test
    void aLongTaskOfTwoSentences_staysOneCell() {
        assertCells(
                "Số hóa hồ sơ điện tử. | Tối thiểu 80% hồ sơ được số hóa. | Kế hoạch, báo cáo | Hằng quý | "
                        + "Phòng Văn hóa - Thông tin | UBND các xã",
                "Số hóa hồ sơ điện tử. Tối thiểu 80% hồ sơ được số hóa. | Kế hoạch, báo cáo | Hằng quý | "
                        + "Phòng Văn hóa - Thông tin | UBND các xã");
    }
}
