package org.planlens.text.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.planlens.support.Seeds;

class LetterSpacingRepairerTest {
    private final LetterSpacingRepairer repairer = new LetterSpacingRepairer();

    private void assertRepaired(String expected, String input) {
        assertEquals(expected, repairer.apply(input));
    }

    @Test
    void letterSpacedHeadings_areJoined() {
        assertRepaired("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "C Ộ N G H Ò A X Ã H Ộ I C H Ủ N G H Ĩ A V I Ệ T N A M");
        assertRepaired("ĐIỀU KHOẢN THI HÀNH", "ĐIỀ U KHO ẢN THI HÀNH");
        assertRepaired("ỦY BAN NHÂN DÂN", "Ủ Y BAN NHÂN DÂN");
        assertRepaired("Độc lập - Tự do - Hạnh phúc", "Đ ộ c l ậ p - T ự d o - H ạ n h p h ú c");
        assertRepaired("tổ chức thực hiện,", "tổ ch ức th ực hiện,");
    }

    @Test
    void syllableHyphenatedAcrossLines_isJoined() {
        assertRepaired("Ủy ban nhân dân huyện\nGia Lộc", "Ủy ban nhân dân huy-\nện Gia Lộc");
        assertRepaired("năm 2021-\n2025", "năm 2021-\n2025");
    }

    @Test
    void ordinaryText_isLeftAlone() {
        assertRepaired("Mục I và điểm a khoản 1 Điều 2; y tế, Quý I", "Mục I và điểm a khoản 1 Điều 2; y tế, Quý I");
        for (Path seed : Seeds.all()) {
            String text = Seeds.text(seed);
            assertEquals(text, repairer.apply(text), seed.toString());
        }
    }
}
