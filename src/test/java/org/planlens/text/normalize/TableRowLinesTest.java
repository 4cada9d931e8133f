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
}
