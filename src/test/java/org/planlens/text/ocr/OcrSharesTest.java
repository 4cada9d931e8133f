package org.planlens.text.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.planlens.model.WarningCode;
import org.planlens.rules.ModelData;
import org.planlens.text.DigitChoices;

/** The mechanics of {@link OcrShares} on text whose unsure digits are given; the scanned pages are tested elsewhere. */
class OcrSharesTest {
    private static final OcrShares SHARES = new OcrShares(ModelData.packaged());
    private static final String PAGE = "- 106% thủ tục hành chính\n- 199% hồ sơ\ntăng 120% so với năm 2020\n"
            + "đạt 105% kế hoạch\ngiảm 150% chi phí\n";
    private static final List<DigitChoices> UNSURE = List.of(
            new DigitChoices("106%", List.of("1", "0", "60", "%")),
            new DigitChoices("199%", List.of("1", "9", "90", "%")));

    @Test
    void aShareOverAHundred_isMendedOnlyToItsOneReadingOfAtMostAHundred() {
        OcrShares.Mended m = SHARES.mend(PAGE, List.of(true), List.of(UNSURE));
        assertTrue(m.text().startsWith("- 100% thủ tục"), m.text());
        assertTrue(m.text().contains("- 199% hồ sơ"), "19[90] allows no reading of at most 100%: " + m.text());
        assertTrue(m.text().contains("tăng 120%") && m.text().contains("105% kế hoạch"), m.text());
        assertEquals(PAGE.length(), m.text().length());
        assertEquals(
                List.of(WarningCode.OCR_NUMBER_REPAIRED, WarningCode.OCR_NUMBER_UNSURE, WarningCode.OCR_NUMBER_UNSURE),
                m.warnings().stream().map(w -> w.code()).toList(),
                m.warnings().toString());
        assertTrue(m.warnings().get(2).message().contains("'150%'"), "a reduction cannot pass 100% either");
    }

    @Test
    void textLayerPages_areLeftAlone() {
        OcrShares.Mended m = SHARES.mend(PAGE, List.of(false), List.of(UNSURE));
        assertEquals(PAGE, m.text());
        assertTrue(m.warnings().isEmpty());
    }
}
