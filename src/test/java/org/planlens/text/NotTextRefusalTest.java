package org.planlens.text;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.model.UnreadableDocumentException;
import org.planlens.support.Seeds;
import org.planlens.text.ocr.OcrOptions;

/**
 * Issue 23, item 10: random bytes named .txt or .html, and text that is mostly control characters, are refused
 * with the reason instead of exported as plans.
 */
class NotTextRefusalTest {
    private static final DocumentTextReader READER =
            new DocumentTextReader(TextReadOptions.DEFAULT, OcrOptions.DEFAULT);

    @TempDir
    Path dir;

    @Test
    void randomBytes_namedTxtOrHtml_areRefused() throws Exception {
        Random random = new Random(23);
        for (String name : new String[] {"random.txt", "random.html", "random.md"}) {
            byte[] bytes = new byte[100_000];
            random.nextBytes(bytes);
            Path file = Files.write(dir.resolve(name), bytes);

            UnreadableDocumentException e =
                    assertThrows(UnreadableDocumentException.class, () -> READER.read(file, name, name));

            assertTrue(e.reason().contains("no Vietnamese text") || e.reason().contains("not text"), e.reason());
        }
    }

    @Test
    void controlCharacters_areRefused() throws Exception {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            b.append((char) (1 + i % 8)).append(i % 10 == 0 ? " Kế hoạch " : "");
        }
        Path file = Files.write(dir.resolve("controls.txt"), b.toString().getBytes(StandardCharsets.UTF_8));

        UnreadableDocumentException e =
                assertThrows(UnreadableDocumentException.class, () -> READER.read(file, "controls.txt", "c.txt"));

        assertTrue(e.reason().contains("control characters"), e.reason());
    }

    @Test
    void aPlan_isNotRefused() throws Exception {
        for (Path seed : Seeds.all()) {
            READER.read(seed, seed.toString(), seed.getFileName().toString());
        }
    }
}
