package org.planlens.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.rules.ModelData;

class DocumentTypesTest {
    @Test
    void anOfficialLetter_isTheKindTheFileMarks() {
        DocumentTypes types = new DocumentTypes(ModelData.packaged());
        assertEquals("Công văn", types.letter().display());
        assertEquals("CV", types.letter().symbol());
    }

    @Test
    void noKindMarkedAsLetter_failsNamingTheFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("document-types.tsv"), "other\tcông văn\tCV\tCông văn\n");
        Files.writeString(dir.resolve("untyped-titles.tsv"), "");
        Files.writeString(dir.resolve("type-line-marks.tsv"), "");
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new DocumentTypes(ModelData.from(dir)));
        assertTrue(
                e.getMessage().contains("document-types.tsv") && e.getMessage().contains("letter"));
    }
}
