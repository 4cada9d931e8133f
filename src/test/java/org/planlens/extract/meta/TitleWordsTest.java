package org.planlens.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.rules.ModelData;

class TitleWordsTest {

    @Test
    void linkingWordsMatchFolded_andTheWrittenWordsAreAsTheFileSpellsThem() {
        TitleWords words = new TitleWords(ModelData.packaged());
        assertTrue(words.links("CỦA"));
        assertTrue(words.links("Đến"));
        assertFalse(words.links("Ủy"));
        assertEquals("về việc ", words.about());
        assertEquals("ban hành", words.issues());
    }

    @Test
    void aMissingRowIsNamedWithTheFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("title-words.tsv"), "about\tvề việc\tnote\n");
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new TitleWords(ModelData.from(dir)));
        assertTrue(e.getMessage().contains("models/title-words.tsv"), e.getMessage());
    }
}
