package org.planlens.extract.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.planlens.support.Seeds;

/**
 * The tokens are the words (letters, marks, digits and other numbers) and single signs a Unicode regex finds; the
 * last word of a clause, read from its end, is the last word the whole clause lower-cased gives.
 */
class TokensTest {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{Nd}\\p{M}\\p{Nl}\\p{No}]+|\\P{javaWhitespace}");

    @Test
    void tokens_areTheWordsAndSignsOfTheRegex() {
        List<String> texts =
                new ArrayList<>(List.of("", "  UBND xã (Định Tân), 95%; Uỷ ban: Ⅻ ½ ① x\u0301y 𝐀𝐁 \uD83D\uDE00!"));
        for (Path seed : Seeds.all()) {
            texts.add(Seeds.text(seed));
        }
        for (String text : texts) {
            List<String> expected = new ArrayList<>();
            Matcher m = TOKEN.matcher(text);
            while (m.find()) {
                expected.add((m.start() + 7) + "-" + (m.end() + 7) + " " + m.group() + " " + Tokens.lower(m.group()));
            }
            List<String> actual = Tokens.of(text, 7).stream()
                    .map(t -> t.start() + "-" + t.end() + " " + t.text() + " " + t.lower())
                    .toList();
            assertEquals(expected, actual);
        }
    }

    @Test
    void lastLowerWord_isTheLastOfLowerWords() {
        List<String> clauses = new ArrayList<>(List.of(
                "",
                " ;. ",
                "UBND xã ban hành Kế hoạch như sau:",
                "Uỷ ban nhân dân HUYỆN",
                "năm 2025)",
                "ΟΔΟΣ",
                "mục 𝐀𝐁 tiêu"));
        for (Path seed : Seeds.all()) {
            clauses.addAll(Seeds.text(seed).lines().toList());
        }
        for (String clause : clauses) {
            String words = Tokens.lowerWords(clause);
            assertEquals(words.substring(words.lastIndexOf(' ') + 1), Tokens.lastLowerWord(clause), clause);
        }
    }
}
