package org.planlens.extract.refs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.planlens.model.Warning;
import org.planlens.model.WarningCode;
import org.planlens.rules.ModelData;
import org.planlens.structure.DigitMisreadings;
import org.planlens.structure.ScanDoubts;

/** The evidence {@link ScannedCitations} mends a cited year with, and what it never does without. */
class ScannedCitationsTest {
    private static final ScannedCitations CHECK = new ScannedCitations(new DigitMisreadings(ModelData.packaged()));

    private static Citation decree(String number, String date) {
        return new Citation("Nghị định", number, date, null, null, null, 0, 10);
    }

    private static List<Citation> check(List<Citation> in, Integer latest, List<Warning> warnings) {
        return CHECK.check(in, latest, ScanDoubts.NONE, warnings);
    }

    @Test
    void aYearAfterTheCitingDocument_takesTheYearOfTheDateBesideIt() {
        List<Warning> w = new ArrayList<>();
        Citation c =
                check(List.of(decree("108/2029/NĐ-CP", "2020-09-14")), 2021, w).get(0);
        assertEquals("108/2020/NĐ-CP", c.number());
        assertEquals("2020-09-14", c.date());
        assertEquals(WarningCode.OCR_REFERENCE_UNSURE, w.get(0).code());
    }

    @Test
    void aDateBesideAsLate_mendsBoth_whenOneYearAlonePlausiblyExplainsThem() {
        List<Warning> w = new ArrayList<>();
        Citation c =
                check(List.of(decree("05/2029/NQ-HĐND", "2026-07-25")), 2021, w).get(0);
        assertEquals("05/2020/NQ-HĐND", c.number());
        assertEquals("2020-07-25", c.date());
    }

    @Test
    void withoutEvidence_theNumberStaysAsRead_andIsFlagged() {
        List<Warning> w = new ArrayList<>();
        Citation c = check(List.of(decree("12/2029/NĐ-CP", null)), 2021, w).get(0);
        assertEquals("12/2029/NĐ-CP", c.number());
        assertTrue(w.get(0).message().contains("year unsure"), w.toString());
        // a date beside it that the year cannot be a one-digit misread of is no evidence either
        w.clear();
        Citation far =
                check(List.of(decree("12/2029/NĐ-CP", "2017-03-01")), 2021, w).get(0);
        assertEquals("12/2029/NĐ-CP", far.number());
        assertTrue(w.get(0).message().contains("year unsure"), w.toString());
    }

    @Test
    void theSameDocumentCitedElsewhere_isEvidence() {
        List<Warning> w = new ArrayList<>();
        List<Citation> out =
                check(List.of(decree("108/2029/NĐ-CP", null), decree("108/2020/NĐ-CP", "2020-09-14")), 2021, w);
        assertEquals("108/2020/NĐ-CP", out.get(0).number());
        assertEquals(1, w.size(), w.toString());
    }

    @Test
    void plausibleYears_andUnknownDocumentDates_areLeftAlone() {
        List<Warning> w = new ArrayList<>();
        List<Citation> in = List.of(decree("197/2020/NĐ-CP", null), decree("108/2029/NĐ-CP", "2020-09-14"));
        assertEquals(in.get(0), check(in, 2021, w).get(0));
        assertEquals(in, check(in, null, new ArrayList<>()));
    }

    @Test
    void aNumberReadWithLowConfidence_isFlagged_notChanged() {
        List<Warning> w = new ArrayList<>();
        List<Citation> in = List.of(decree("197/2020/NĐ-CP", null));
        assertEquals(in, CHECK.check(in, 2021, new ScanDoubts(Set.of("197/2020/NĐ-CP,"), Map.of()), w));
        assertEquals(1, w.size(), w.toString());
        assertTrue(w.get(0).message().contains("low confidence"), w.toString());
    }

    /**
     * "căn cứ Nghị định số 197/2020/NĐ-CP" as OCR read it, its 9 also weighed as a 0 (the decree is 107/2020, its
     * zero's inner dot read as a 9's loop): kept as read, flagged with both readings.
     */
    @Test
    void aNumberWithADigitOcrAlsoReadOtherwise_isFlaggedWithBothReadings_notChanged() {
        List<Warning> w = new ArrayList<>();
        List<Citation> in = List.of(decree("197/2020/NĐ-CP", null));
        ScanDoubts doubts = new ScanDoubts(Set.of(), Map.of("197/2020/NĐ-CP,", glyphs("197/2020/NĐ-CP,", 1, "90")));
        assertEquals(in, CHECK.check(in, 2021, doubts, w));
        assertEquals(
                List.of(WarningCode.OCR_REFERENCE_UNSURE),
                w.stream().map(Warning::code).toList());
        assertTrue(w.get(0).message().contains("'197/2020/NĐ-CP'"), w.toString());
        assertTrue(w.get(0).message().contains("'107/2020/NĐ-CP'"), w.toString());
    }

    /** The same decree read sure of every digit, though another number OCR was unsure of shares its first part. */
    @Test
    void aNumberReadSure_isNotFlagged_byAnotherNumberWithTheSameFirstPart() {
        List<Warning> w = new ArrayList<>();
        List<Citation> in = List.of(decree("197/2020/NĐ-CP", null));
        ScanDoubts doubts = new ScanDoubts(Set.of(), Map.of("197/2021/NĐ-CP", glyphs("197/2021/NĐ-CP", 1, "90")));
        assertEquals(in, CHECK.check(in, 2021, doubts, w));
        assertEquals(List.of(), w);
    }

    /** Each character of {@code word} as read, the one at {@code at} with the choices {@code can}. */
    static List<String> glyphs(String word, int at, String can) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < word.length(); i++) {
            out.add(i == at ? can : String.valueOf(word.charAt(i)));
        }
        return out;
    }
}
