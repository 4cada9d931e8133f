package org.planlens.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelDataTest {

    @Test
    void aFolderWithTheBuiltNumberingGrammarIsTaken_andReadsItsOwnFiles(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("numbering.tsv"), ModelData.packaged().text("numbering.tsv"));
        Files.writeString(folder.resolve("words.tsv"), "# a comment\nNAME\tx\n");
        ModelData models = ModelData.from(folder);
        assertEquals(1, models.tsv("words.tsv").size());
    }

    @Test
    void aFolderWhoseNumberingGrammarWasEdited_isRefusedNamingTheFile(@TempDir Path folder) throws Exception {
        String edited = ModelData.packaged().text("numbering.tsv") + "EXTRA_KIND\t[A-Z]\ta kind added in the folder\n";
        Files.writeString(folder.resolve("numbering.tsv"), edited);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelData.from(folder));
        assertTrue(e.getMessage().contains("numbering.tsv"), e.getMessage());
        assertTrue(e.getMessage().contains(folder.toString()), e.getMessage());
    }

    @Test
    void aFolderWhoseSpellingsWereEdited_isRefusedNamingTheFile(@TempDir Path folder) throws Exception {
        String edited = ModelData.packaged().text("spellings.tsv") + "oà\tòa\n";
        Files.writeString(folder.resolve("spellings.tsv"), edited);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelData.from(folder));
        assertTrue(e.getMessage().contains("spellings.tsv"), e.getMessage());
    }
}
