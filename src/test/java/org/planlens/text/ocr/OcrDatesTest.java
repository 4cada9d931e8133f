package org.planlens.text.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.planlens.model.Warning;
import org.planlens.model.WarningCode;

/** Issue 20 part 2: dates OCR made impossible are mended only with the document's own evidence, and flagged. */
class OcrDatesTest {
    private static final OcrDates DATES = OcrDates.packaged();

    private static OcrDates.Mended ocr(String text) {
        return DATES.mend(text, List.of(true, true));
    }

    private static List<WarningCode> codes(OcrDates.Mended m) {
        return m.warnings().stream().map(Warning::code).toList();
    }

    @Test
    void impossibleYear_isMendedToTheYearTheDocumentPrints() {
        OcrDates.Mended m = ocr("Kế hoạch cải cách hành chính năm 2921\nThực hiện Kế hoạch số 116/KH-UBND ngày"
                + " 31/12/2020 của UBND huyện về cải cách hành chính năm 2021; giai đoạn 2021 - 2025");
        assertEquals(
                "Kế hoạch cải cách hành chính năm 2021\nThực hiện Kế hoạch số 116/KH-UBND ngày"
                        + " 31/12/2020 của UBND huyện về cải cách hành chính năm 2021; giai đoạn 2021 - 2025",
                m.text());
        assertEquals(List.of(WarningCode.OCR_DATE_REPAIRED), codes(m));
        assertEquals(1, m.warnings().get(0).page());
    }

    @Test
    void twoZerosMisread_andADateOnAnotherPage() {
        OcrDates.Mended m = ocr("ngày 15/7/2626 của Chính phủ\fnăm 2020; ngày 10/3/2020");
        assertEquals("ngày 15/7/2020 của Chính phủ\fnăm 2020; ngày 10/3/2020", m.text());
    }

    @Test
    void impossibleDay_isMendedOnlyWhenTheDocumentPrintsTheDay() {
        assertEquals(
                "Hà Nội, ngày 01/8/2021\ftheo công văn ngày 01 tháng 8 năm 2021",
                ocr("Hà Nội, ngày 61/8/2021\ftheo công văn ngày 01 tháng 8 năm 2021")
                        .text());
        OcrDates.Mended alone = ocr("Hà Nội, ngày 61/8/2021");
        assertEquals("Hà Nội, ngày 61/8/2021", alone.text());
        assertEquals(List.of(WarningCode.OCR_DATE_IMPLAUSIBLE), codes(alone));
    }

    @Test
    void withoutEvidence_orWithEvenEvidence_theDateStaysAsRead() {
        OcrDates.Mended none = ocr("Kế hoạch năm 2921 về cải cách hành chính");
        assertEquals("Kế hoạch năm 2921 về cải cách hành chính", none.text());
        assertEquals(List.of(WarningCode.OCR_DATE_IMPLAUSIBLE), codes(none));
        // 2626 may be 2020 or 2025: the document prints both as often
        OcrDates.Mended even = ocr("năm 2626; năm 2020; năm 2025");
        assertEquals("năm 2626; năm 2020; năm 2025", even.text());
    }

    @Test
    void textLayerPages_andPlausibleDates_areNeverTouched() {
        String text = "năm 2921\fnăm 2021; năm 2012 và ngày 31/12/2020";
        OcrDates.Mended m = DATES.mend(text, List.of(false, true));
        assertEquals(text, m.text());
        assertEquals(List.of(), m.warnings());
    }

    @Test
    void yearReadWithLettersForDigits_isMendedWithEvidence_wordsStay() {
        OcrDates.Mended m = ocr("Cải cách hành chính năm Z021\nnăm 2021; giai đoạn 2O21 - 2025; ngày 31/12/2020");
        assertEquals("Cải cách hành chính năm 2021\nnăm 2021; giai đoạn 2021 - 2025; ngày 31/12/2020", m.text());
        assertEquals(List.of(WarningCode.OCR_DATE_REPAIRED, WarningCode.OCR_DATE_REPAIRED), codes(m));
        String words = "năm Sở; năm IOSB; năm 2021 của Bộ; năm 2O21abc";
        assertEquals(words, ocr(words).text());
    }
}
