package org.planlens.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class FoldTest {
    @Test
    void foldsVietnameseAndKeepsLength() {
        String s = "Ủy ban nhân dân xã Đông Quang: hài lòng ≥ 90%";
        assertEquals("uy ban nhan dan xa dong quang: hai long ≥ 90%", Fold.fold(s));
        assertEquals(s.length(), Fold.fold(s).length());
    }

    @Test
    void keyDropsPunctuationButSlashAndHyphen() {
        assertEquals("so 90/2020/nd - cp ngay 15 7", Fold.key("Số 90/2020/NĐ – CP, ngày (15.7)"));
    }

    @Test
    void everyCharacterFoldsAsItsCanonicalDecomposition() {
        // the fold tables are a cache of this rule; any character they get wrong differs from it
        for (int c = 0; c <= 0xFFFF; c++) {
            char ch = (char) c;
            char expected;
            if (ch < 0x80) {
                expected = Character.toLowerCase(ch);
            } else if (ch == 'đ' || ch == 'Đ') {
                expected = 'd';
            } else {
                String d = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD);
                char base = d.charAt(0);
                expected = base < 0x80 || d.length() > 1 ? Character.toLowerCase(base) : Character.toLowerCase(ch);
            }
            assertEquals(expected, Fold.foldChar(ch), () -> String.format("U+%04X", (int) ch));
        }
    }
}
