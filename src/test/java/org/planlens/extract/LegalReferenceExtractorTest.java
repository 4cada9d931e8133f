package org.planlens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planlens.model.LegalReference;
import org.planlens.rules.ModelData;
import org.planlens.structure.SectionTree;

class LegalReferenceExtractorTest {
    private static final LegalReferenceExtractor EXTRACTOR = new LegalReferenceExtractor(ModelData.packaged());
    private static final SectionTree NO_SECTIONS = new SectionTree(List.of());

    private static List<LegalReference> refs(String text) {
        return EXTRACTOR.extract(text.replace("\\n", "\n"), NO_SECTIONS);
    }

    /** One citation a line: text | type | number | key | date ("-" for none). Line breaks written as \n. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Căn cứ Nghị định 90/2020/NĐ - CP ngày 13/8/2020 của Chính phủ; \
                | Nghị định    | 90/2020/NĐ-CP      | 90/2020/nd-cp@2020      | 2020-08-13
            bám sát Nghị quyết số 45- NQ/TW của Bộ Chính trị \
                | Nghị quyết   | 45-NQ/TW           | 45-nq/tw                | -
            Chương trình hành động số 105-\\nCTr/HU ngày 07/12/2021 của Huyện ủy \
                | Chương trình | 105-CTr/HU         | 105-ctr/hu@2021         | 2021-12-07
            Kế hoạch số 51-KH/HU ngày 15 tháng 9 năm 2017 của Ban Thường vụ \
                | Kế hoạch     | 51-KH/HU           | 51-kh/hu@2017           | 2017-09-15
            theo Quyết định số 1847/QĐ-TTg ngày\\n27/12/2018 của Thủ tướng \
                | Quyết định   | 1847/QĐ-TTg        | 1847/qd-ttg@2018        | 2018-12-27
            Công văn số 215/UBND-KSTT ngày 03 tháng 02 năm 2023 của UBND tỉnh \
                | Công văn     | 215/UBND-KSTT      | 215/ubnd-kstt@2023      | 2023-02-03
            Thông tư số 02/2021/TT-BNV của Bộ Nội vụ \
                | Thông tư     | 02/2021/TT-BNV     | 02/2021/tt-bnv@2021     | -
            quyết định số 41/2020/QĐ-UBND ngày 01/8/2020 của UBND tỉnh \
                | Quyết định   | 41/2020/QĐ-UBND    | 41/2020/qd-ubnd@2020    | 2020-08-01
            Nghị quyết số\\n1211/2016/UBTVQH13 ngày 25/5/2016 \
                | Nghị quyết   | 1211/2016/UBTVQH13 | 1211/2016/ubtvqh13@2016 | 2016-05-25
            Thông báo kết luận số 88-TB/TU ngày 10/3/2022 \
                | Thông báo    | 88-TB/TU           | 88-tb/tu@2022           | 2022-03-10
            Quyết định số 25/QĐ-UBND, ngày 12-01-2024 của UBND huyện \
                | Quyết định   | 25/QĐ-UBND         | 25/qd-ubnd@2024         | 2024-01-12
            Căn cứ Luật Thanh tra số 11/2022/QH15; \
                | Luật         | 11/2022/QH15       | 11/2022/qh15@2022       | -
            """)
    void numberedCitation_isRepairedAndKeyed(String text, String type, String number, String key, String date) {
        List<LegalReference> found = refs(text);
        assertEquals(1, found.size(), () -> "references in: " + text + " -> " + found);
        LegalReference r = found.get(0);
        assertEquals(type, r.type());
        assertEquals(number, r.number());
        assertEquals(key, r.key());
        assertEquals(date, r.date());
    }

    /** Laws and standards cited by name: text | type | name | key. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            thực hiện Luật Đầu tư công năm 2019 về giải ngân vốn \
                | Luật       | Luật Đầu tư công   | luat:dau tu cong
            theo quy định của Luật Thanh tra. \
                | Luật       | Luật Thanh tra     | luat:thanh tra
            áp dụng Hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại \
                | Tiêu chuẩn | TCVN ISO 9001:2015 | tieu chuan:iso 9001:2015
            """)
    void namedCitation_keepsNameWithoutYear(String text, String type, String name, String key) {
        List<LegalReference> found = refs(text);
        assertEquals(1, found.size(), () -> "references in: " + text + " -> " + found);
        assertEquals(type, found.get(0).type());
        assertEquals(name, found.get(0).name());
        assertEquals(key, found.get(0).key());
        assertEquals(null, found.get(0).number());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Tổ chức thực hiện nghiêm túc Kế hoạch này.
            Quán triệt Nghị quyết Đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020-2025.
            Ban hành kèm theo Quyết định số /QĐ-UBND ngày / /2024 của UBND huyện
            Xây dựng Kế hoạch số lượng người làm việc năm 2024.
            các Luật, văn bản của Trung ương
            """)
    void textWithoutCitation_givesNothing(String text) {
        assertEquals(List.of(), refs(text));
    }

    @Test
    void issuer_endsAtFirstWordOutsideTheBodyName() {
        LegalReference r =
                refs("Thực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2024 của UBND tỉnh Bắc Giang về cải cách hành chính")
                        .get(0);
        assertEquals("UBND tỉnh Bắc Giang", r.issuer());
    }

    @Test
    void documentCitedTwice_isOneReferenceWithBothMentions() {
        String text = "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ;\n"
                + "Thực hiện tốt Nghị quyết số 76/NQ-CP về CCHC;\n"
                + "Căn cứ Luật Cư trú;\nÁp dụng ISO 9001-2015 và TCVN ISO 9001:2015.";
        List<LegalReference> found = refs(text);
        assertEquals(
                List.of("r1", "r2", "r3"),
                found.stream().map(LegalReference::id).toList());
        LegalReference nq = found.get(0);
        assertEquals("76/nq-cp@2021", nq.key());
        assertEquals(2, nq.mentions().size());
        assertTrue(text.substring(
                        nq.mentions().get(1).start(), nq.mentions().get(1).end())
                .startsWith("Nghị quyết số 76/NQ-CP"));
        assertEquals("TCVN ISO 9001:2015", found.get(2).name(), "the fullest printed name of the standard is kept");
    }

    @Test
    void ownNumberInHeader_isNotAReference() {
        String text = "ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nSố: 27/KH-UBND\nKẾ HOẠCH\nThực hiện Kế hoạch số 9/KH-UBND "
                + "ngày 02/01/2024 của UBND huyện.";
        assertEquals(
                List.of("9/KH-UBND"),
                refs(text).stream().map(LegalReference::number).toList());
    }

    @Test
    void ownDecisionInTheParenthesisUnderTheTitle_isNotAReference() {
        String text = "KẾ HOẠCH\nCải cách hành chính năm 2024\n"
                + "(Ban hành kèm theo Quyết định số 456/QĐ-UBND ngày 10/01/2024 của UBND huyện)\n"
                + "Thực hiện Kế hoạch ban hành kèm theo Quyết định số 77/QĐ-UBND ngày 05/01/2024 của UBND tỉnh.";
        assertEquals(
                List.of("77/QĐ-UBND"),
                refs(text).stream().map(LegalReference::number).toList());
    }

    @Test
    void amendingLaw_isOneReference() {
        List<LegalReference> found =
                refs("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức ngày "
                        + "25/11/2019;");
        assertEquals(1, found.size(), found::toString);
        assertEquals("2019-11-25", found.get(0).date());
    }
}
