package org.planlens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.fixtures.DocxRenderer;
import org.planlens.fixtures.TextPdfRenderer;

/** The short cut for PDFs answers as Tika's detectors do, and files that only pretend to be PDFs still go to Tika. */
class FormatDetectorTest {
    private static final String TEXT = "KẾ HOẠCH\nCải cách hành chính năm 2025 của Ủy ban nhân dân xã.";

    @TempDir
    Path dir;

    @Test
    void realPdfsAndImpostors_getTikasType() throws Exception {
        Path pdf = dir.resolve("plan.pdf");
        TextPdfRenderer.plain().render(TEXT, pdf);
        Path upper = Files.copy(pdf, dir.resolve("PLAN.PDF"));
        Path html = Files.writeString(dir.resolve("error-page.pdf"), "<html><body>404 Not Found</body></html>");
        Path docx = dir.resolve("named-as.pdf");
        new DocxRenderer().render(TEXT, docx);
        Path header =
                Files.writeString(dir.resolve("notes.pdf"), "%PDF-1.7 and nothing else", StandardCharsets.US_ASCII);
        FormatDetector detector = new FormatDetector();
        for (Path file : new Path[] {pdf, upper, html, docx, header}) {
            String name = file.getFileName().toString();
            assertEquals(tika(file, name), detector.detect(file, name), name);
        }
        assertEquals(MediaType.application("pdf"), detector.detect(pdf, "plan.pdf"));
        assertEquals(
                "text/html",
                detector.detect(html, "error-page.pdf").getBaseType().toString());
    }

    @Test
    void markdownSavedByACrawler_isMarkdown_andAMarkdownFileNamedPdf_isNotAPdf() throws Exception {
        FormatDetector detector = new FormatDetector();
        Path md = Files.writeString(dir.resolve("ke-hoach.md"), "|\n**ỦY BAN NHÂN DÂN**\n|\n\n**KẾ HOẠCH**\n");
        assertEquals(Optional.of("md"), formatCode(detector.detect(md, "ke-hoach.md")));
        Path markdown = Files.copy(md, dir.resolve("ke-hoach.markdown"));
        assertEquals(Optional.of("md"), formatCode(detector.detect(markdown, "ke-hoach.markdown")));
    }

    private static Optional<String> formatCode(MediaType type) {
        return FormatReaders.formatOf(type).map(f -> f.format().code());
    }

    private static MediaType tika(Path file, String name) throws Exception {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        try (InputStream in = TikaInputStream.get(file)) {
            return new DefaultDetector().detect(in, metadata);
        }
    }
}
