package org.planlens.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
