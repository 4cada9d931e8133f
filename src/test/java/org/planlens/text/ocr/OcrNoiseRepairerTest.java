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
        assertRepaired("2: Các ngành, các cấp\n2:6. Xây dựng chính quyền số", "2. Các ngành, các cấp\n2.6. Xây dựng chính quyền số");
    }

    @Test
    void bulletsReadAsOtherSigns() {
        assertRepaired("~ Tiếp tục rà soát\n-'Trên cơ sở kế hoạch\n— Phối hợp", "- Tiếp tục rà soát\n- Trên cơ sở kế hoạch\n- Phối hợp");
    }

    @Test
    void specksInsideLines() {
        assertRepaired("100%.cán bộ; đầu tư,:kinh doanh", "100% cán bộ; đầu tư, kinh doanh");
    }

    @Test
    void cleanTextIsLeftAlone() {
        String clean = "1. Mục đích\n- Đạt 95% hồ sơ; kinh tế-xã hội, năm 2025.\n1.2. Yêu cầu: 12:30";
        assertEquals(clean, repairer.repair(clean));
    }
}
