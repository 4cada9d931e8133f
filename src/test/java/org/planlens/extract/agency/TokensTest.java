package org.planlens.extract.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planlens.support.Seeds;

/** The last word of a clause, read from its end, is the last word the whole clause lower-cased gives. */
class TokensTest {

    @Test
    void lastLowerWord_isTheLastOfLowerWords() {
        List<String> clauses = new ArrayList<>(List.of("", " ;. ", "UBND xã ban hành Kế hoạch như sau:",
                "Uỷ ban nhân dân HUYỆN", "năm 2025)", "ΟΔΟΣ", "mục 𝐀𝐁 tiêu"));
        for (Path seed : Seeds.all()) {
            clauses.addAll(Seeds.text(seed).lines().toList());
        }
        for (String clause : clauses) {
            String words = Tokens.lowerWords(clause);
            assertEquals(words.substring(words.lastIndexOf(' ') + 1), Tokens.lastLowerWord(clause), clause);
        }
    }
}
