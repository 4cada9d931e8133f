package org.planlens.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
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
        // the folder is refused first: the file is read from the build only
        BadModelFiles.assertRefusedNamingTheFile(
                dir, "spellings.tsv", "# Columns: printed, read as\nuỷ\n", Spellings::new);
    }
}
