package org.planlens.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NumberingGrammarTest {
    private final NumberingGrammar grammar = NumberingGrammar.packaged();

    @Test
    void aPatternTakesTheKindsItNamesAndKeepsItsOwnGroups() {
        Pattern p = grammar.compile("^($ROMAN|$ARABIC)\\s*[.)]\\s+($LETTER)?");
        Matcher m = p.matcher("IV. đ");
        assertTrue(m.find());
        assertEquals("IV", m.group(1));
        assertEquals("đ", m.group(2));
        assertTrue(p.matcher("12) a").find());
        assertFalse(p.matcher("123. a").find());
    }

    @Test
    void decimalNumbersNeedADotAndRowNumbersDoNot() {
        assertTrue(grammar.compile("^$DECIMAL$").matcher("2.3.1").matches());
        assertFalse(grammar.compile("^$DECIMAL$").matcher("2").matches());
        assertTrue(grammar.compile("^$ROW_NUMBER$").matcher("107").matches());
    }

    @Test
    void unitWordsAndAppendixHeadingsAreWordsOfTheFile() {
        Pattern p = grammar.compile("^(?iu:$UNIT_WORD|$ARTICLE_WORD|$APPENDIX_WORD)\\s+\\S+");
        for (String line : new String[] {"Phần I", "MỤC 2", "Chương III", "Điều 5", "PHỤ LỤC II", "Phụ lục 01"}) {
            assertTrue(p.matcher(line).matches(), line);
        }
        assertFalse(p.matcher("Phương án 2").matches());
    }

    @Test
    void anUnknownKindIsNamedWithTheFile() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> grammar.compile("^$NO_SUCH_KIND\\s"));
        assertTrue(e.getMessage().contains("numbering.tsv") && e.getMessage().contains("NO_SUCH_KIND"));
    }

    @Test
    void aRowWithoutItsPatternIsNamedWithTheFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("numbering.tsv"), "# Columns: kind, pattern, note\nroman\t[IVX]+\tlower case\n");
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new NumberingGrammar(ModelData.from(dir)));
        assertTrue(e.getMessage().contains("models/numbering.tsv"));
    }
}
