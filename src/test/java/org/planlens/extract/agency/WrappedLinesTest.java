package org.planlens.extract.agency;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.planlens.rules.ModelData;

/** When a line of prose goes on in the next: the shapes of a decision's wrapped "Điều 3". */
class WrappedLinesTest {
    private static final WrappedLines WRAPPED = new WrappedLines(new AgencyLexicon(ModelData.packaged()));

    @Test
    void aLineStoppingOnAConjunctionOrAComma_goesOn() {
        assertTrue(WRAPPED.goesOn(
                "Chánh Văn phòng UBND tỉnh; Giám đốc Sở Nông nghiệp và",
                "Phát triển nông thôn; Thủ trưởng các sở, ngành tỉnh; Chủ tịch UBND các huyện,"));
        assertTrue(WRAPPED.goesOn(
                "Phát triển nông thôn; Thủ trưởng các sở, ngành tỉnh; Chủ tịch UBND các huyện,",
                "thị xã, thành phố và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành"));
    }

    @Test
    void aNextLineOpeningInLowerCase_continuesTheSentence() {
        assertTrue(WRAPPED.goesOn(
                "Giao Giám đốc Sở Nông nghiệp và Phát triển nông thôn",
                "chủ trì, phối hợp với Thủ trưởng các sở, ngành tỉnh liên quan, Chủ tịch Ủy ban"));
    }

    @Test
    void aClauseEndANewItemOrATableRow_startsAfresh() {
        assertFalse(WRAPPED.goesOn("thị xã, thành phố chịu trách nhiệm thi hành", "Quyết định này."));
        assertFalse(WRAPPED.goesOn("- Sở Nội vụ chủ trì hướng dẫn;", "các xã thực hiện."));
        assertFalse(WRAPPED.goesOn("1. Sở Tài chính bố trí kinh phí,", "a) Sở Nội vụ chủ trì."));
        assertFalse(WRAPPED.goesOn("Giám đốc Sở Nội vụ và", "- UBND các xã"));
        assertFalse(WRAPPED.goesOn("1\tSở Nội vụ và", "các sở\tQuý I"));
    }
}
