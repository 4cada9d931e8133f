package org.planlens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.planlens.rules.ModelData;

class VietnameseAnalyzerTest {
    private static final SearchSynonyms SYNONYMS = SearchSynonyms.load(ModelData.packaged());

    private static List<String> terms(Analyzer a, String field, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        }
        return out;
    }

    @Test
    void indexAnalyzer_syllablesFoldedOnTextField_accentsKeptOnExactField() throws IOException {
        Analyzer a = VietnameseAnalyzer.perField();
        assertEquals(
                List.of("muc", "do", "hai", "long", "dat", "85"),
                terms(a, IndexFields.TEXT, "Mức độ HÀI LÒNG đạt 85%"));
        assertEquals(List.of("mức", "độ", "hài", "lòng"), terms(a, IndexFields.TEXT_EXACT, "Mức độ HÀI LÒNG"));
        assertEquals(List.of("3611/QĐ-UBND"), terms(a, IndexFields.KIND, "3611/QĐ-UBND"));
    }

    @Test
    void queryAnalyzer_expandsAbbreviationsBothWays() throws IOException {
        Analyzer q = VietnameseAnalyzer.forQueries(SYNONYMS);
        List<String> ubnd = terms(q, IndexFields.TEXT, "UBND");
        assertTrue(ubnd.containsAll(List.of("ubnd", "uy", "ban", "nhan", "dan")), ubnd.toString());
        List<String> longForm = terms(q, IndexFields.TEXT, "Hội đồng nhân dân");
        assertTrue(longForm.contains("hdnd"), longForm.toString());
        List<String> exact = terms(q, IndexFields.TEXT_EXACT, "TTHC");
        assertTrue(exact.containsAll(List.of("tthc", "thủ", "tục", "hành", "chính")), exact.toString());
    }
}
