package org.planlens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The formats the readers declare are the ones planlens detects, accepts by name and names in the export. */
class FormatReadersTest {
    @Test
    void extensions_areEveryReadersOwn() {
        assertEquals(
                Set.of(
                        "pdf",
                        "docx",
                        "doc",
                        "odt",
                        "rtf",
                        "html",
                        "htm",
                        "xhtml",
                        "txt",
                        "md",
                        "markdown",
                        "png",
                        "jpg",
                        "jpeg",
                        "tif",
                        "tiff",
                        "bmp",
                        "gif"),
                FormatReaders.extensions());
    }

    @Test
    void noTwoFormats_claimOneExtensionOrCode() {
        Set<String> extensions = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (FileFormat f : FormatReaders.formats()) {
            f.extensions().forEach(e -> assertEquals(true, extensions.add(e), "extension ." + e + " twice"));
            assertEquals(true, codes.add(f.format().code()), "format " + f.format() + " twice");
        }
    }

    /** Detected media type | format code. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            application/pdf                                                         | pdf
            application/vnd.openxmlformats-officedocument.wordprocessingml.document | docx
            application/msword                                                      | doc
            application/x-tika-msoffice                                             | doc
            application/vnd.oasis.opendocument.text                                 | odt
            application/rtf                                                         | rtf
            text/rtf                                                                | rtf
            text/html                                                               | html
            application/xhtml+xml                                                   | html
            text/plain; charset=UTF-8                                               | txt
            text/x-web-markdown                                                     | md
            text/markdown                                                           | md
            image/png                                                               | image
            image/tiff                                                              | image
            """)
    void mediaType_isTheDeclaredFormat(String type, String code) {
        assertEquals(
                code,
                FormatReaders.formatOf(MediaType.parse(type))
                        .orElseThrow()
                        .format()
                        .code());
    }

    @Test
    void otherMediaTypes_areNotRead() {
        for (String type : List.of("application/zip", "application/x-sh", "video/mp4")) {
            assertEquals(false, FormatReaders.formatOf(MediaType.parse(type)).isPresent(), type);
        }
    }
}
