package org.planlens.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NamedWordsTest {
    private final NamedWords words = new NamedWords(ModelData.packaged(), "date-words.tsv");

    @Test
    void aPatternTakesTheWordsItNamesWithItsOwnFlags() {
        Pattern date = words.compile(
                "$DAY\\s*\\d{1,2}\\s*$MONTH\\s*\\d{1,2}\\s*$YEAR\\s*\\d{4}",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        assertTrue(date.matcher("Hà Nội, NGÀY 15 THÁNG 7 NĂM 2025").find());
        assertFalse(words.compile("$DAY\\s*\\d", 0).matcher("NGÀY 15").find());
        // a word boundary after "ký" needs Unicode word characters
        Pattern signed = words.compile(
                "^\\(?$SIGNED\\b.*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
        assertTrue(signed.matcher("(Đã ký)").matches());
        assertTrue(signed.matcher("(ký, ghi rõ họ tên, đóng dấu)").matches());
        assertFalse(signed.matcher("Kỳ họp thứ 5").matches());
    }

    @Test
    void anUnknownNameIsNamedWithTheFile() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> words.compile("^$NO_SUCH_WORD\\s", 0));
        assertTrue(e.getMessage().contains("date-words.tsv") && e.getMessage().contains("NO_SUCH_WORD"));
    }

    @Test
    void aRowWithoutItsRegexIsNamedWithTheFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("words.tsv"), "# Columns: name, regex, note\nday\tngày\tlower case name\n");
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new NamedWords(ModelData.from(dir), "words.tsv"));
        assertTrue(e.getMessage().contains("models/words.tsv"));
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) {
        Exception e = assertThrows(Exception.class, () -> new NamedWords(ModelData.from(dir), "date-words.tsv"));
        assertTrue(e.getMessage().contains("date-words.tsv"));
    }
}
