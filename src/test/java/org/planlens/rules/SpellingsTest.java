package org.planlens.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpellingsTest {

    @Test
    void anOldPlaceOfATonMarkIsReadAsTheNewOne() {
        Spellings spellings = Spellings.packaged();
        assertEquals("ủy ban nhân dân tỉnh", spellings.settle("uỷ ban nhân dân tỉnh"));
        assertEquals("tỉnh ủy", spellings.settle("tỉnh uỷ"));
        assertEquals("ủy ban", spellings.settle("ủy ban"));
    }

    @Test
    void aRowWithoutWhatItIsReadAsIsNamedWithTheFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("spellings.tsv"), "# Columns: printed, read as\nuỷ\n");
        // the folder is refused first: the file is read from the build only
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new Spellings(ModelData.from(dir)));
        assertTrue(e.getMessage().contains("models/spellings.tsv"), e.getMessage());
    }
}
