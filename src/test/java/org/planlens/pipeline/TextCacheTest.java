package org.planlens.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.model.PageMethod;
import org.planlens.model.SourceFormat;
import org.planlens.model.TextEncoding;
import org.planlens.model.Warning;
import org.planlens.model.WarningCode;
import org.planlens.text.ExtractedText;
import org.planlens.text.PageLayout;
import org.planlens.text.layout.PositionedWord;

/** A kept text comes back as it was read: text, format, warnings, and each page's text and layout (provenance). */
class TextCacheTest {
    @TempDir
    Path dir;

    @Test
    void roundTrip_keepsPagesAndLayouts() throws Exception {
        ExtractedText read = new ExtractedText(
                "KẾ HOẠCH\nSố 12/KH-UBND",
                SourceFormat.of("pdf"),
                2,
                true,
                TextEncoding.UNICODE,
                List.of(new Warning(WarningCode.OCR_PAGES, "pages 1-2 read by OCR", null)),
                List.of("KẾ HOẠCH", "Số 12/KH-UBND"),
                List.of(
                        new PageLayout(
                                1,
                                PageMethod.OCR,
                                91.5,
                                2480f,
                                3508f,
                                List.of(new PositionedWord(1, 10f, 20f, 90f, 40f, "KẾ"))),
                        new PageLayout(2, PageMethod.TEXT, null, 595f, 842f, List.of())));
        TextCache cache = new TextCache(dir, "settings-a");
        cache.put("ab12", read);
        assertEquals(read, cache.get("ab12").orElseThrow());
        assertTrue(new TextCache(dir, "settings-b").get("ab12").isEmpty(), "other reading settings: read again");
    }
}
