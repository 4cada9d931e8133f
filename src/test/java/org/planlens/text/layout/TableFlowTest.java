package org.planlens.text.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Row and column assembly on small made-up tables: words placed as a ruled table prints them. */
class TableFlowTest {
    /** Left edges of the columns STT, task, output, time, lead, coordinate, and the right edge of the table. */
    private static final float[] EDGES = {60, 90, 230, 290, 350, 420, 535};

    private static final float PAD = 4;
    private static final float PITCH = 13.5f;
    private static final float HEIGHT = 7f;
    /** Width of a character, and of a space, in the made-up font (a space is a quarter em, as in a serif face). */
    private static final float CHAR = 5f;

    private static final float SPACE = 2.75f;

    /** Words of one page built line by line. */
    private static final class Page {
        final int number;
        final List<PositionedWord> words = new ArrayList<>();
        float y = 80;

        Page(int number) {
            this.number = number;
        }

        /** Prints {@code text} from {@code x} on the current line. */
        Page at(float x, String text) {
            float pos = x;
            for (String w : text.split(" ")) {
                words.add(new PositionedWord(number, pos, y - HEIGHT, pos + w.length() * CHAR, y, w));
                pos += w.length() * CHAR + SPACE;
            }
            return this;
        }

        /** One printed line of a table: each cell's text at its column's left edge plus the padding. */
        Page cells(String... cells) {
            for (int c = 0; c < cells.length; c++) {
                if (!cells[c].isEmpty()) {
                    at(EDGES[c] + PAD, cells[c]);
                }
            }
            return next();
        }

        Page next() {
            y += PITCH;
            return this;
        }
    }

    private static Page header(Page p) {
        return p.cells("STT", "NHIỆM VỤ", "SẢN PHẨM", "THỜI GIAN", "CHỦ TRÌ", "PHỐI HỢP")
                .cells("", "", "", "THỰC HIỆN", "", "");
    }

    @Test
    void wrappedCells_giveOneLineARow() {
        Page p = header(new Page(1));
        p.cells("1", "Rà soát văn bản", "Báo cáo", "Quý II", "Phòng Tư", "Các phòng,")
                .cells("", "quy phạm pháp luật", "của UBND", "năm 2024", "pháp", "ban")
                .cells("", "của huyện", "", "", "", "");
        p.cells("2", "Kiểm tra công vụ", "Kế hoạch", "Hằng năm", "Phòng Nội vụ", "UBND các xã");
        for (int i = 3; i <= 6; i++) {
            p.cells(String.valueOf(i), "Nhiệm vụ số " + i, "Kế hoạch", "Quý I", "Phòng Nội vụ", "Các xã");
        }
        TableFlow flow = new TableFlow(ColumnFinder.standard());
        assertTrue(flow.accept(1, p.words));
        List<String> lines = flow.text(1).lines().toList();
        assertEquals("STT\tNHIỆM VỤ\tSẢN PHẨM\tTHỜI GIAN THỰC HIỆN\tCHỦ TRÌ\tPHỐI HỢP", lines.get(0));
        assertEquals(
                "1\tRà soát văn bản quy phạm pháp luật của huyện\tBáo cáo của UBND\tQuý II năm 2024\tPhòng Tư pháp"
                        + "\tCác phòng, ban",
                lines.get(1));
        assertEquals("2\tKiểm tra công vụ\tKế hoạch\tHằng năm\tPhòng Nội vụ\tUBND các xã", lines.get(2));
        assertEquals(7, lines.size());
    }

    @Test
    void rowBrokenByThePage_goesBackIntoItsRow_underTheRepeatedHeader() {
        Page one = header(new Page(1));
        for (int i = 1; i <= 5; i++) {
            one.cells(String.valueOf(i), "Nhiệm vụ số " + i, "Kế hoạch", "Quý I", "Phòng Nội vụ", "Các xã");
        }
        one.cells("6", "Số hóa hồ sơ thủ tục", "Kế hoạch", "Hằng", "Văn phòng", "Các cơ");
        Page two = header(new Page(2));
        two.cells("", "hành chính của xã", "", "quý", "HĐND và UBND", "quan");
        for (int i = 7; i <= 10; i++) {
            two.cells(String.valueOf(i), "Nhiệm vụ số " + i, "Báo cáo", "Quý II", "Phòng Tư pháp", "Các xã");
        }
        TableFlow flow = new TableFlow(ColumnFinder.standard());
        assertTrue(flow.accept(1, one.words));
        assertTrue(flow.accept(2, two.words));
        List<String> first = flow.text(1).lines().toList();
        List<String> second = flow.text(2).lines().toList();
        assertEquals(
                "6\tSố hóa hồ sơ thủ tục hành chính của xã\tKế hoạch\tHằng quý\tVăn phòng HĐND và UBND\tCác cơ quan",
                first.get(first.size() - 1));
        assertEquals("STT\tNHIỆM VỤ\tSẢN PHẨM\tTHỜI GIAN THỰC HIỆN\tCHỦ TRÌ\tPHỐI HỢP", second.get(0));
        assertEquals("7\tNhiệm vụ số 7\tBáo cáo\tQuý II\tPhòng Tư pháp\tCác xã", second.get(1));
        assertEquals(5, second.size());
    }

    @Test
    void groupTitleAcrossTheColumns_staysOneCell_andProseAboveStaysPlain() {
        Page p = new Page(1);
        p.at(60, "PHỤ LỤC").next();
        p.at(60, "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024 của Ủy ban nhân dân xã Tân An")
                .next();
        header(p);
        p.at(EDGES[0] + PAD, "I")
                .at(EDGES[1] + PAD, "CẢI CÁCH THỦ TỤC HÀNH CHÍNH VÀ KIỂM SOÁT THỦ TỤC")
                .next();
        for (int i = 1; i <= 5; i++) {
            p.cells(String.valueOf(i), "Nhiệm vụ số " + i, "Kế hoạch", "Quý I", "Phòng Nội vụ", "Các xã");
        }
        TableFlow flow = new TableFlow(ColumnFinder.standard());
        assertTrue(flow.accept(1, p.words));
        List<String> lines = flow.text(1).lines().toList();
        assertEquals("PHỤ LỤC", lines.get(0));
        assertEquals("NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024 của Ủy ban nhân dân xã Tân An", lines.get(1));
        assertEquals("I\tCẢI CÁCH THỦ TỤC HÀNH CHÍNH VÀ KIỂM SOÁT THỦ TỤC\t\t\t\t", lines.get(3));
        assertEquals("1\tNhiệm vụ số 1\tKế hoạch\tQuý I\tPhòng Nội vụ\tCác xã", lines.get(4));
    }

    @Test
    void pageNumberBelowTheTable_isNotInALastCell() {
        Page p = header(new Page(1));
        for (int i = 1; i <= 6; i++) {
            p.cells(String.valueOf(i), "Nhiệm vụ số " + i, "Kế hoạch", "Quý I", "Phòng Nội vụ", "Các xã");
        }
        p.y = 800;
        p.at(EDGES[3] + 20, "7");
        TableFlow flow = new TableFlow(ColumnFinder.standard());
        assertTrue(flow.accept(1, p.words));
        List<String> lines = flow.text(1).lines().toList();
        assertEquals("7", lines.get(lines.size() - 1));
        assertEquals("6\tNhiệm vụ số 6\tKế hoạch\tQuý I\tPhòng Nội vụ\tCác xã", lines.get(lines.size() - 2));
    }

    @Test
    void proseAndTwoColumnSignatureBlocks_areNoTable() {
        Page p = new Page(1);
        for (int i = 0; i < 30; i++) {
            p.at(60, "Tiếp tục thực hiện các nhiệm vụ cải cách hành chính trên địa bàn huyện năm " + (2020 + i))
                    .next();
        }
        p.at(60, "Nơi nhận:").at(330, "KT. CHỦ TỊCH").next();
        p.at(60, "- UBND tỉnh;").at(330, "PHÓ CHỦ TỊCH").next();
        TableFlow flow = new TableFlow(ColumnFinder.standard());
        assertFalse(flow.accept(1, p.words));
    }

    @Test
    void sparseNumberColumn_isStillAColumn() {
        Page p = header(new Page(1));
        p.cells("1", "Nhiệm vụ một", "Kế hoạch", "Quý I", "Phòng Nội vụ", "Các xã");
        for (int i = 0; i < 8; i++) {
            p.cells("", "dòng tiếp theo của nhiệm vụ", "", "", "", "");
        }
        for (int i = 2; i <= 5; i++) {
            p.cells(String.valueOf(i), "Nhiệm vụ " + i, "Báo cáo", "Quý II", "Phòng Tư pháp", "Các xã");
        }
        TableFlow flow = new TableFlow(ColumnFinder.standard());
        assertTrue(flow.accept(1, p.words));
        List<String> lines = flow.text(1).lines().toList();
        assertEquals(6, lines.size(), lines.toString());
        assertTrue(lines.get(1).startsWith("1\tNhiệm vụ một dòng tiếp theo"), lines.get(1));
    }

    @Test
    void numberCentredInATallRow_staysWithItsRow_whenRulesPartTheRows() {
        Page p = new Page(1);
        List<PageRules.Rule> rules = new ArrayList<>();
        rules.add(rule(p.y - PITCH + 2));
        header(p);
        for (int i = 1; i <= 5; i++) {
            rules.add(rule(p.y - PITCH + 2));
            p.cells("", "Nhiệm vụ số " + i, "Kế hoạch", "Quý I", "Phòng Nội", "Các cơ");
            p.cells(String.valueOf(i), "có ba dòng", "của UBND", "hằng năm", "vụ", "quan");
            p.cells("", "trong ô", "", "", "", "");
        }
        rules.add(rule(p.y - PITCH + 2));
        p.y += 40;
        p.at(EDGES[3], "5");
        TableFlow flow = new TableFlow(ColumnFinder.standard());
        assertTrue(flow.accept(1, p.words, () -> new PageRules(rules, List.of())));
        List<String> lines = flow.text(1).lines().toList();
        assertEquals("STT\tNHIỆM VỤ\tSẢN PHẨM\tTHỜI GIAN THỰC HIỆN\tCHỦ TRÌ\tPHỐI HỢP", lines.get(0));
        assertEquals(
                "2\tNhiệm vụ số 2 có ba dòng trong ô\tKế hoạch của UBND\tQuý I hằng năm\tPhòng Nội vụ\tCác cơ quan",
                lines.get(2));
        assertEquals(List.of("5"), lines.subList(6, lines.size()));
    }

    @Test
    void columnEmptyOnAPage_keepsItsPlace_whenBordersAreDrawn() {
        Page p = new Page(2);
        List<PageRules.Rule> rows = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            rows.add(rule(p.y - PITCH + 2));
            p.cells(String.valueOf(i), "Nhiệm vụ số " + i, "", "Quý I", "Phòng Nội vụ", "Các xã");
        }
        rows.add(rule(p.y - PITCH + 2));
        List<PageRules.Rule> columns = new ArrayList<>();
        for (float x : EDGES) {
            for (PageRules.Rule r : rows.subList(0, rows.size() - 1)) {
                // drawn cell by cell, as Word prints borders
                columns.add(new PageRules.Rule(x, r.at(), r.at() + PITCH));
            }
        }
        TableFlow flow = new TableFlow(ColumnFinder.standard());
        assertTrue(flow.accept(2, p.words, () -> new PageRules(rows, columns)));
        assertEquals(
                "3\tNhiệm vụ số 3\t\tQuý I\tPhòng Nội vụ\tCác xã",
                flow.text(2).lines().toList().get(2));
    }

    @Test
    void columnEmptyOnTheNextPage_keepsItsPlace_inAnUnruledTable() {
        Page one = header(new Page(1));
        for (int i = 1; i <= 6; i++) {
            one.cells(String.valueOf(i), "Nhiệm vụ số " + i, "Kế hoạch", "Quý I", "Phòng Nội vụ", "Các xã");
        }
        Page two = new Page(2);
        for (int i = 7; i <= 12; i++) {
            two.cells(String.valueOf(i), "Nhiệm vụ số " + i, "", "Quý I", "Phòng Nội vụ", "Các xã");
        }
        TableFlow flow = new TableFlow(ColumnFinder.standard());
        assertTrue(flow.accept(1, one.words));
        assertTrue(flow.accept(2, two.words));
        assertEquals(
                "7\tNhiệm vụ số 7\t\tQuý I\tPhòng Nội vụ\tCác xã",
                flow.text(2).lines().toList().get(0));
    }

    private static PageRules.Rule rule(float y) {
        return new PageRules.Rule(y, EDGES[0], EDGES[EDGES.length - 1]);
    }
}
