package org.planlens.extract.refs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planlens.extract.LegalReferenceExtractor;
import org.planlens.model.LegalReference;
import org.planlens.model.Relation;
import org.planlens.rules.ModelData;
import org.planlens.structure.SectionTree;
import org.planlens.text.normalize.TextNormalizer;

/** How a plan relates to each document it cites, told from the text before the mention (issue 20, part 4). */
class CitationRelationsTest {
    private static final CitationRelations RELATIONS = new CitationRelations(ModelData.packaged());
    private static final LegalReferenceExtractor EXTRACTOR = new LegalReferenceExtractor(ModelData.packaged());

    /** text with the mention marked by [ ] | relation. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Căn cứ [Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ;                       | basis
            Căn cứ Luật Tổ chức chính quyền địa phương; [Nghị định số 61/2018/NĐ-CP;            | basis
            Căn cứ Kế hoạch số 12/KH-UBND của UBND tỉnh về thực hiện [Nghị quyết số 76/NQ-CP    | basis
            Thực hiện [Kế hoạch số 4747/KH-UBND ngày 28 tháng 12 năm 2020 của UBND tỉnh          | implements
            Thực hiện Kế hoạch số 4747/KH-UBND của UBND tỉnh; [Kế hoạch số 51-KH/HU             | implements
            - Tiếp tục triển khai thực hiện [Nghị quyết số 76/NQ-CP của Chính phủ               | implements
            Quyết định này có hiệu lực kể từ ngày ký và thay thế [Quyết định số 12/QĐ-UBND      | replaces
            Bãi bỏ [Quyết định số 25/2019/QĐ-UBND ngày 01/8/2019 của UBND tỉnh                 | replaces
            Sửa đổi, bổ sung Điều 2 [Quyết định số 681/QĐ-UBND                                 | amends
            Báo cáo kết quả theo hướng dẫn tại [Công văn số 215/UBND-KSTT                       | cites
            đã thực hiện 45 thủ tục. Theo [Quyết định số 1847/QĐ-TTg                            | cites
            """)
    void relationFromTheTextBeforeTheMention(String marked, String relation) {
        String text = marked.replace("[", "");
        assertEquals(Relation.of(relation).orElseThrow(), RELATIONS.at(text, marked.indexOf('[')), marked);
    }

    /** Seeds 000 ("Thực hiện Kế hoạch ...") and 001 ("Căn cứ Nghị quyết số 76/NQ-CP ..."). */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            000_36de64e7dea16905.txt | 4747/KH-UBND | implements
            000_36de64e7dea16905.txt | 51-KH/HU     | implements
            001_6a0161e947e78645.txt | 76/NQ-CP     | basis
            001_6a0161e947e78645.txt | 23/CT-TTg    | basis
            """)
    void seeds_firstMentionCarriesItsRelation(String seed, String number, String relation) throws Exception {
        String text =
                TextNormalizer.standard().normalize(Files.readString(Path.of("corpus", seed), StandardCharsets.UTF_8));
        List<LegalReference> refs = EXTRACTOR.extract(text, new SectionTree(List.of()));
        LegalReference ref = refs.stream()
                .filter(r -> number.equals(r.number()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(number + " not found in " + seed));
        assertEquals(
                Relation.of(relation).orElseThrow(), ref.mentions().getFirst().relation(), ref.toString());
    }
}
