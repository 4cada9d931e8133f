package org.planlens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.text.ocr.PageOcr;

/**
 * Issue 22: the text cache is keyed by the reading code only. Over a copy of the built classes, a change to the
 * class that places records on pages at export ({@code PageLocator}) keeps the key, so cached texts and OCR are
 * reused; a change to a reading class (the OCR of a page) changes it, so documents are read again.
 */
class ReadingCodeHashTest {
    @TempDir
    Path dir;

    @Test
    void aChangeOutsideReading_keepsTheKey_aChangeToReadingChangesIt() throws Exception {
        Path classes = copyOfBuiltClasses();
        String before = ReadingSettings.codeHash(classes);
        assertEquals(before, ReadingSettings.codeHash(classes), "the key is stable");

        Path locator = classes.resolve("org/planlens/pipeline/PageLocator.class");
        assertTrue(Files.isRegularFile(locator), "PageLocator is built outside the reading code");
        change(locator);
        assertEquals(before, ReadingSettings.codeHash(classes), "placing records on pages is not reading");

        Path ocr = classes.resolve(PageOcr.class.getName().replace('.', '/') + ".class");
        change(ocr);
        assertNotEquals(before, ReadingSettings.codeHash(classes), "a change to OCR reads again");
    }

    /** The text and pipeline classes as built, in a folder laid out as the build's. */
    private Path copyOfBuiltClasses() throws IOException, URISyntaxException {
        Path built = Path.of(ReadingSettings.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Path copy = dir.resolve("classes");
        for (String pkg : new String[] {"org/planlens/text", "org/planlens/pipeline"}) {
            Path from = built.resolve(pkg);
            try (Stream<Path> files = Files.walk(from)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Path to = copy.resolve(pkg).resolve(from.relativize(f).toString());
                    Files.createDirectories(to.getParent());
                    Files.copy(f, to);
                }
            }
        }
        return copy;
    }

    private static void change(Path classFile) throws IOException {
        Files.write(classFile, new byte[] {0}, StandardOpenOption.APPEND);
    }
}
