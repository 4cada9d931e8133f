package org.planlens.text.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Table rows keep their tabs through normalisation and stay lines of their own. */
class TableRowLinesTest {
    private final TextNormalizer normalizer = TextNormalizer.standard();

    @Test
    void rowLinesKeepTheirCells_andAreNeverJoined() {
        String raw = "Các nhiệm vụ cụ thể như\n"
                + "1\tRà soát văn bản  \tBáo cáo\tQuý II/2024\tPhòng Tư pháp\t\n"
                + "của huyện\n";
        assertEquals(
                "Các nhiệm vụ cụ thể như\n1\tRà soát văn bản\tBáo cáo\tQuý II/2024\tPhòng Tư pháp\t\ncủa huyện\n",
                normalizer.normalize(raw));
    }

    @Test
    void tabsOutsideARow_areSpaces() {
        assertEquals(
                "I CẢI CÁCH THỂ CHẾ\nĐiều 1.\tPhê duyệt Kế hoạch\n".replace("\t", " "),
                normalizer.normalize("I\tCẢI CÁCH THỂ CHẾ\t\t\t\t\nĐiều 1.\tPhê duyệt Kế hoạch\n"));
    }

    /**
     * Under a row, a line of fewer cells belongs to the same table: a group row of merged cells, or a row whose merged
     * number cell a crawler left out. It keeps its cells; a line without tabs ends the table.
     */
    @Test
    void linesOfFewerCellsUnderARow_keepTheirCells() {
        String raw = "1\tQuản lý, vận hành Hệ thống\tSở Tài chính\tCác sở, ngành\tQuý IV/2026\n"
                + "Thực hiện sao lưu dữ liệu.\tSở Khoa học và Công nghệ\n"
                + "II\tĐÀO TẠO, TẬP HUẤN\t\t\t\n"
                + "Nơi nhận: như trên\n"
                + "Lưu:\tVT\n";
        assertEquals(
                "1\tQuản lý, vận hành Hệ thống\tSở Tài chính\tCác sở, ngành\tQuý IV/2026\n"
                        + "Thực hiện sao lưu dữ liệu.\tSở Khoa học và Công nghệ\n"
                        + "II\tĐÀO TẠO, TẬP HUẤN\n"
                        + "Nơi nhận: như trên\n"
                        + "Lưu: VT\n",
                normalizer.normalize(raw));
    }
}
