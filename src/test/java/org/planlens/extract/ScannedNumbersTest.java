package org.planlens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.planlens.model.PartialDate;
import org.planlens.model.Plan;
import org.planlens.model.SourceFormat;
import org.planlens.model.SourceInfo;
import org.planlens.model.TextEncoding;
import org.planlens.model.Warning;
import org.planlens.model.WarningCode;
import org.planlens.rules.ModelData;
import org.planlens.structure.ScanDoubts;

/**
 * Issue 20 part 2: on a scan, a document number OCR cannot read with confidence is null with a warning, never a
 * wrong number, and a date part OCR made impossible is left out; a text layer keeps what it prints.
 */
class ScannedNumbersTest {
    private static final PlanExtractor EXTRACTOR = new PlanExtractor(ModelData.packaged());

    private static String header(String number, String date) {
        return "ỦY BAN NHÂN DÂN\nXÃ ĐÔNG QUANG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                + "Số: " + number + "\nĐông Quang, " + date + "\nKẾ HOẠCH\nThực hiện công tác cải cách hành chính"
                + " năm 2023\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nĐẩy mạnh cải cách hành chính.\n";
    }

    private static Plan extract(String text, boolean ocr, Set<String> doubtful) {
        return extract(text, ocr, new ScanDoubts(doubtful, Map.of()));
    }

    private static Plan extract(String text, boolean ocr, ScanDoubts doubts) {
        SourceInfo source = new SourceInfo(
                "scan.pdf", "0".repeat(64), SourceFormat.of("pdf"), 1, ocr, TextEncoding.UNICODE, text.length());
        return EXTRACTOR.extract("plan-scan", source, text, List.of(), doubts);
    }

    /** Each character of {@code word} as read, the one at {@code at} with the choices {@code can}. */
    private static List<String> glyphs(String word, int at, String can) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < word.length(); i++) {
            out.add(i == at ? can : String.valueOf(word.charAt(i)));
        }
        return out;
    }

    private static List<WarningCode> codes(Plan plan) {
        return plan.warnings().stream().map(Warning::code).toList();
    }

    @Test
    void clearNumber_isKept() {
        Plan plan = extract(header("236/KH-UBND", "ngày 05 tháng 01 năm 2023"), true, Set.of("2O23"));
        assertEquals("236/KH-UBND", plan.metadata().number());
        assertEquals(new PartialDate(2023, 1, 5), plan.metadata().issueDate());
        assertEquals(List.of(), codes(plan));
    }

    @Test
    void numberReadWithLowConfidence_isNullWithAWarning() {
        Plan plan = extract(header("236/KH-UBND", "ngày 05 tháng 01 năm 2023"), true, Set.of("236/KH-UBND"));
        assertNull(plan.metadata().number());
        assertEquals(List.of(WarningCode.OCR_NUMBER_UNREADABLE), codes(plan));
        Plan split = extract(header("47 /KH-UBND", "ngày 05 tháng 01 năm 2023"), true, Set.of("47"));
        assertNull(split.metadata().number());
    }

    @Test
    void numberWithLettersForDigits_isNullWithAWarning() {
        Plan plan = extract(header("2S6/KH-UBND", "ngày 05 tháng 01 năm 2023"), true, Set.of());
        assertNull(plan.metadata().number());
        assertEquals(List.of(WarningCode.OCR_NUMBER_UNREADABLE), codes(plan));
    }

    @Test
    void impossibleDateParts_areLeftOut() {
        Plan plan = extract(header("236/KH-UBND", "ngày 61 tháng 01 năm 2921"), true, Set.of());
        assertEquals(new PartialDate(null, 1, null), plan.metadata().issueDate());
    }

    @Test
    void textLayer_keepsWhatItPrints() {
        Plan plan = extract(header("2a6/KH-UBND", "ngày 05 tháng 01 năm 2023"), false, Set.of("2a6/KH-UBND"));
        assertEquals("2a6/KH-UBND", plan.metadata().number());
        assertEquals(List.of(), codes(plan));
    }

    @Test
    void marksInTheNumbersPlace_areNoNumberWithAWarning_aBlankPlaceIsNoNumberAlone() {
        Plan marks = extract(header("ƒ 2 Ể/KH-UBND", "ngày 05 tháng 01 năm 2023"), true, Set.of());
        assertNull(marks.metadata().number());
        assertEquals(List.of(WarningCode.OCR_NUMBER_UNREADABLE), codes(marks));
        Plan blank = extract(header("     /KH-UBND", "ngày 05 tháng 01 năm 2023"), true, Set.of());
        assertNull(blank.metadata().number());
        assertEquals(List.of(), codes(blank));
    }

    /** "Số: 108/KH-UBND" with its 0 also weighed as a 9 (the dot in a zero): left out, both readings named. */
    @Test
    void numberWithADigitOcrAlsoReadOtherwise_isNullWithAWarningNamingBothReadings() {
        String text = header("108/KH-UBND", "ngày 05 tháng 01 năm 2023");
        Plan plan =
                extract(text, true, new ScanDoubts(Set.of(), Map.of("108/KH-UBND", glyphs("108/KH-UBND", 1, "09"))));
        assertNull(plan.metadata().number());
        assertEquals(List.of(WarningCode.OCR_NUMBER_UNREADABLE), codes(plan));
        String message = plan.warnings().get(0).message();
        assertTrue(message.contains("'108/KH-UBND'") && message.contains("'198/KH-UBND'"), message);
        Plan joined = extract(
                text, true, new ScanDoubts(Set.of(), Map.of("Số:108/KH-UBND", glyphs("Số:108/KH-UBND", 5, "09"))));
        assertNull(joined.metadata().number(), "the word OCR read joined to 'Số:'");
    }

    /**
     * The number's digits sure where OCR read it: another number sharing its first part ("108/2020/NĐ-CP"), or the
     * number as read before the document's other printings mended it ("198/KH-UBND", mended to "108"), leaves it.
     */
    @Test
    void numberReadSure_isKept_whateverOtherWordsOcrWasUnsureOf() {
        String text = header("108/KH-UBND", "ngày 05 tháng 01 năm 2023");
        Plan cited = extract(
                text, true, new ScanDoubts(Set.of(), Map.of("108/2020/NĐ-CP", glyphs("108/2020/NĐ-CP", 1, "09"))));
        assertEquals("108/KH-UBND", cited.metadata().number());
        Plan mended =
                extract(text, true, new ScanDoubts(Set.of(), Map.of("198/KH-UBND", glyphs("198/KH-UBND", 1, "90"))));
        assertEquals("108/KH-UBND", mended.metadata().number());
        assertEquals(List.of(), codes(mended));
    }
}
