package org.planlens.extract.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.rules.ModelData;

class RuleFilesTest {
    @TempDir
    Path models;

    @Test
    void patternRules_expandMacrosAndContinuationLines() throws IOException {
        Files.writeString(models.resolve("t.rules"), """
                # a comment
                $NUM = \\d+
                figure = (?<value>$NUM) \\s? %
                    (?<tail> \\s+ $WORD )?
                """);
        PatternRules rules = new PatternRules(ModelData.from(models), "t.rules", Map.of("WORD", "(?:trở\\s+lên)"));
        var m = rules.pattern("figure").matcher("từ 99 % trở lên");
        assertTrue(m.find());
        assertEquals("99", m.group("value"));
        assertEquals(" trở lên", m.group("tail"));
    }

    @Test
    void patternRules_badRule_namesFileAndRule() throws IOException {
        Files.writeString(models.resolve("bad.rules"), "broken = (unclosed\n");
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> new PatternRules(ModelData.from(models), "bad.rules", Map.of()));
        assertTrue(e.getMessage().contains("bad.rules") && e.getMessage().contains("broken"), e.getMessage());
    }

    @Test
    void patternRules_unknownMacro_isAnError() throws IOException {
        Files.writeString(models.resolve("m.rules"), "x = $MISSING\n");
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> new PatternRules(ModelData.from(models), "m.rules", Map.of()));
        assertTrue(e.getMessage().contains("$MISSING"), e.getMessage());
    }

    @Test
    void tokenRules_giveCharacterSpansOfMatches() throws IOException {
        Files.writeString(models.resolve("d.rules"), """
                ENV.defaults["ruleType"] = "tokens"
                { pattern: ( /[Đđ]ến/ /năm/ /20\\d\\d,?/ ), result: "by_year" }
                """);
        TokenRules rules = new TokenRules(ModelData.from(models), "d.rules");
        String text = "- Phấn đấu đến  năm 2026, 100% văn bản được ký số.";
        List<TokenRules.Match> found = rules.find(text, 0, text.length());
        assertEquals(1, found.size());
        assertEquals(
                "đến  năm 2026,",
                text.substring(found.get(0).start(), found.get(0).end()));
        assertEquals("by_year", found.get(0).result());
    }

    @Test
    void tokenRules_badFile_namesIt() throws IOException {
        Files.writeString(models.resolve("x.rules"), "{ pattern: ( /a/ , result: }\n");
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new TokenRules(ModelData.from(models), "x.rules"));
        assertTrue(e.getMessage().contains("x.rules"), e.getMessage());
    }
}
