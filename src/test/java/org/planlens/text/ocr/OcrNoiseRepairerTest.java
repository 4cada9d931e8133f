package org.planlens.text.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.planlens.rules.ModelData;

class OcrNoiseRepairerTest {
    private final OcrNoiseRepairer repairer = new OcrNoiseRepairer(ModelData.packaged());

    private void assertRepaired(String ocr, String expected) {
        assertEquals(expected, repairer.repair(ocr));
    }

    @Test
    void numberingDotReadAsColon() {
        assertRepaired(
                "2: Các ngành, các cấp\n2:6. Xây dựng chính quyền số",
                "2. Các ngành, các cấp\n2.6. Xây dựng chính quyền số");
    }

    @Test
    void bulletsReadAsOtherSigns() {
        assertRepaired(
                "~ Tiếp tục rà soát\n-'Trên cơ sở kế hoạch\n— Phối hợp",
                "- Tiếp tục rà soát\n- Trên cơ sở kế hoạch\n- Phối hợp");
    }

    @Test
    void specksInsideLines() {
        assertRepaired("100%.cán bộ; đầu tư,:kinh doanh", "100% cán bộ; đầu tư, kinh doanh");
    }

    @Test
    void specksBetweenSyllablesAreSpaces() {
        assertRepaired(
                "2. Yêu.cầu:\nII. NỘI DUNG, NHIỆM VỤ.CẢI CÁCH\nCác-cơ quan, Nhà:nước",
                "2. Yêu cầu:\nII. NỘI DUNG, NHIỆM VỤ CẢI CÁCH\nCác cơ quan, Nhà nước");
    }

    @Test
    void wordsThatAreNotSyllablesOrJoinedOnPurposeStay() {
        String kept = "thuvienphapluat.vn; Kế hoạch này.Trong đó; kinh tế-xã hội; Tài chính-Kế toán; ISO 9001:2015";
        assertEquals(kept, repairer.repair(kept));
    }

    @Test
    void referenceNumbersAndNamesMended() {
        assertRepaired(
                "Ñghị định số 130/2005/NĐ-CP; Nghị định 60/202 1/NĐ-CP; Nghị định số-117/2013/NĐ-CP; số 4747⁄KH-UBND",
                "Nghị định số 130/2005/NĐ-CP; Nghị định 60/2021/NĐ-CP; Nghị định số 117/2013/NĐ-CP; số 4747/KH-UBND");
    }

    @Test
    void strayMarksAroundWordsRemoved() {
        assertRepaired(
                "Công chức 'Tài chính\nTư pháp — Hộ tịch\nđơn vị trực ˆ thuộc\n. nghiệp công lập\n| PHỐI HỢP",
                "Công chức Tài chính\nTư pháp – Hộ tịch\nđơn vị trực thuộc\nnghiệp công lập\nPHỐI HỢP");
    }

    @Test
    void lostToneMarksComeBackWhereThePlansUseTheMarkedWord() {
        assertRepaired(
                "Các cơ quạn, ban, ngành; cai cách hành chính; thưc hiện",
                "Các cơ quan, ban, ngành; cải cách hành chính; thực hiện");
        // names and words plans use stay as read
        String kept = "xã Ngọc Sơn; Quý IV; tham mưu; cao";
        assertEquals(kept, repairer.repair(kept));
    }

    @Test
    void cleanTextIsLeftAlone() {
        String clean = "1. Mục đích\n- Đạt 95% hồ sơ; kinh tế-xã hội, năm 2025.\n1.2. Yêu cầu: 12:30";
        assertEquals(clean, repairer.repair(clean));
    }

    @Test
    void lettersReadInTheWrongCase() {
        assertRepaired(
                "- CƠ quan chủ trì: Sở Thông tin và Truyền thÀnh\ncác CƠ quan, đơn vị; Ủy ban nhân dân cấp XÃ huyện;"
                        + " tích CựC sử dụng",
                "- Cơ quan chủ trì: Sở Thông tin và Truyền thành\ncác cơ quan, đơn vị; Ủy ban nhân dân cấp xã huyện;"
                        + " tích cực sử dụng");
    }

    @Test
    void capitalsThatAreAbbreviationsNumeralsOrHeadingsStay() {
        String kept = "UBND tỉnh; Mục VI các nhiệm vụ; II. NỘI DUNG\nỦY BAN NHÂN DÂN\nSở GD&ĐT tỉnh; KẾ HOẠCH\n"
                + "Sở TT&TT chủ trì; iPhone; CNTT trong; Nghị định 90/2020/NĐ - CP ngày; quy trình ISO trong; "
                + "giúp việc BCĐ về";
        assertEquals(kept, repairer.repair(kept));
    }
}
