package org.planlens.text.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PageFurnitureRemoverTest {
    private final PageFurnitureRemover remover = new PageFurnitureRemover();

    @Test
    void pageNumbersAtPageEdgesGo() {
        String out = remover.apply("Nội dung trang một.\n1\f- 2 -\nNội dung trang hai.\fTrang 3/3\nKết thúc.\n");
        assertEquals("Nội dung trang một.\nNội dung trang hai.\nKết thúc.\n", out.replaceAll("\n+", "\n"));
    }

    @Test
    void runningHeadRepeatedOnMostPagesGoes() {
        StringBuilder sb = new StringBuilder();
        for (int p = 1; p <= 4; p++) {
            sb.append("UBND XÃ NGỌC SƠN - KẾ HOẠCH CCHC\nĐoạn văn ").append(p).append(" của kế hoạch.\n\f");
        }
        String out = remover.apply(sb.toString());
        assertFalse(out.contains("KẾ HOẠCH CCHC"));
        assertTrue(out.contains("Đoạn văn 4 của kế hoạch."));
    }

    @Test
    void tableRowNumbersAtPageEdgesStay() {
        // page numbers 1, 2, 3 at the foot; row numbers 7 and 12 of a task table open pages 2 and 3
        String out = remover.apply("Nội dung.\n1\f7\nRà soát văn bản\n2\f12\nCông khai thủ tục\n3\f");
        assertTrue(out.contains("7\nRà soát"), out);
        assertTrue(out.contains("12\nCông khai"), out);
        assertFalse(out.contains("\n2\n"), out);
    }

    @Test
    void numbersInsideThePageStay() {
        String out = remover.apply(
                "Đầu trang.\nDòng hai.\nDòng ba.\n2021\nDòng năm.\nDòng sáu.\nCuối trang.\f" + "Trang sau.\n");
        assertTrue(out.contains("\n2021\n"), out);
    }

    @Test
    void textWithoutPagesIsUnchanged() {
        assertEquals("1\nNội dung.\n", remover.apply("1\nNội dung.\n"));
    }
}
