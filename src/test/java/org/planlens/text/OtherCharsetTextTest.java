package org.planlens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.model.TextEncoding;
import org.planlens.model.WarningCode;
import org.planlens.support.Seeds;
import org.planlens.support.Windows1258;
import org.planlens.text.ocr.OcrOptions;

/**
 * Issue 23, item 8: text files in Windows-1258 and in UTF-16 without a byte-order mark read as the same text as
 * their UTF-8 copy (they came out as silent mojibake). source.encoding stays unicode, the only one of its values
 * (unicode, tcvn3, vni) the schema allows for them; a warning names the charset.
 */
class OtherCharsetTextTest {
    private static final DocumentTextReader READER =
            new DocumentTextReader(TextReadOptions.DEFAULT, OcrOptions.DEFAULT);

    @TempDir
    Path dir;

    @Test
    void windows1258_and_utf16WithoutBom_readAsTheirUtf8Copy() throws Exception {
        String seed = Seeds.text(Seeds.all().get(1));
        Path utf8 = Files.writeString(dir.resolve("utf8.txt"), seed);
        String expected = READER.read(utf8, "utf8.txt", "utf8.txt").text();
        Path cp1258 = Files.write(dir.resolve("cp1258.txt"), Windows1258.encode(seed));
        Path le = Files.write(dir.resolve("le.txt"), seed.getBytes(StandardCharsets.UTF_16LE));
        Path be = Files.write(dir.resolve("be.txt"), seed.getBytes(StandardCharsets.UTF_16BE));

        for (Path file : new Path[] {cp1258, le, be}) {
            ExtractedText read =
                    READER.read(file, file.toString(), file.getFileName().toString());

            assertEquals(expected, read.text(), file.toString());
            assertEquals(TextEncoding.UNICODE, read.encoding());
            assertTrue(
                    read.warnings().stream()
                            .anyMatch(w -> w.code() == WarningCode.CHARSET_DETECTED
                                    && w.message().contains(file == cp1258 ? "windows-1258" : "UTF-16")),
                    read.warnings().toString());
        }
    }

    @Test
    void utf8AndLegacyEncodings_areLeftAsTheyWere() throws Exception {
        Path utf8 = Files.writeString(
                dir.resolve("plain.txt"), Seeds.text(Seeds.all().get(0)));

        ExtractedText read = READER.read(utf8, "plain.txt", "plain.txt");

        assertTrue(
                read.warnings().stream().noneMatch(w -> w.code() == WarningCode.CHARSET_DETECTED),
                read.warnings().toString());
    }
}
