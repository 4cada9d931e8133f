package org.planlens.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelDataTest {

    @Test
    void aFolderWithTheBuiltNumberingGrammarIsTaken_andReadsItsOwnFiles(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("numbering.tsv"), ModelData.packaged().text("numbering.tsv"));
        Files.writeString(folder.resolve("words.tsv"), "# a comment\nNAME\tx\n");
        ModelData models = ModelData.from(folder);
        assertEquals(1, models.tsv("words.tsv").size());
    }

    /** The files read from the build only: a folder whose copy was edited (here a row added) is refused. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"numbering.tsv|EXTRA_KIND\t[A-Z]\ta kind added", "spellings.tsv|oà\tòa"})
    void aFolderWhoseBuildOnlyFileWasEdited_isRefusedNamingTheFile(String file, String row, @TempDir Path folder)
            throws Exception {
        Files.writeString(folder.resolve(file), ModelData.packaged().text(file) + row + "\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelData.from(folder));
        assertTrue(e.getMessage().contains(file), e.getMessage());
        assertTrue(e.getMessage().contains(folder.toString()), e.getMessage());
    }
}
