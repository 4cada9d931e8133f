package org.planlens.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.rules.BadModelFiles;
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
        BadModelFiles.assertRefusedNamingTheFile(dir, "title-words.tsv", "about\tvề việc\tnote\n", TitleWords::new);
    }
}
