package org.planlens.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.mime.MediaType;
import org.planlens.input.PlanFileTypes;
import org.planlens.model.SourceFormat;
import org.planlens.model.UnreadableDocumentException;
import org.planlens.model.Warning;

/**
 * Bytes to clean text: detects the real format, reads it (PDFBox for PDF, OCR for images, Tika for the rest),
 * and normalises the result. Thread-safe; build one and share it.
 */
public final class DocumentTextReader {
    /** Names that promise a binary format; a file so named whose bytes are text or HTML is refused. */
    private static final Set<String> BINARY_EXTENSIONS = Set.of("pdf", "docx", "doc", "odt");

    private final FormatDetector detector = new FormatDetector();
    private final TikaTextReader tika;
    private final PdfTextReader pdf;
    private final PageOcr ocr;
    private final TextNormalizer normalizer;

    public DocumentTextReader(TextReadOptions readOptions, OcrOptions ocrOptions) {
        this.ocr = new PageOcr(ocrOptions);
        this.tika = new TikaTextReader(readOptions.maxChars());
        this.pdf = new PdfTextReader(readOptions.maxChars(), ocr);
        this.normalizer = TextNormalizer.standard();
    }

    public ExtractedText read(Path file, String location, String name) throws UnreadableDocumentException {
        MediaType type;
        try {
            type = detector.detect(file, name);
        } catch (IOException e) {
            throw new UnreadableDocumentException(location, "cannot read: " + e.getMessage(), e);
        }
        Optional<SourceFormat> detected = FormatDetector.formatOf(type);
        if (detected.isEmpty()) {
            throw new UnreadableDocumentException(location, "unsupported format " + type.getBaseType());
        }
        SourceFormat format = detected.get();
        String ext = PlanFileTypes.extension(name);
        if (BINARY_EXTENSIONS.contains(ext) && (format == SourceFormat.HTML || format == SourceFormat.TXT)) {
            throw new UnreadableDocumentException(location, "named ." + ext + " but its content is "
                    + type.getBaseType() + " (a saved web page or error page?)");
        }
        RawText raw = switch (format) {
            case PDF -> pdf.read(file, location);
            case IMAGE -> readImage(file, location);
            default -> tika.read(file, location, name);
        };
        String text = normalizer.normalize(raw.text());
        if (text.isBlank()) {
            throw new UnreadableDocumentException(location, raw.ocr() || format == SourceFormat.IMAGE
                    ? "no text could be recognised" : "document has no text" + reasonHint(raw));
        }
        return new ExtractedText(text, format, raw.pages(), raw.ocr(), raw.encoding(), raw.warnings());
    }

    private static String reasonHint(RawText raw) {
        for (Warning w : raw.warnings()) {
            if (w.code().equals("ocr_unavailable")) {
                return " (image-only pages, and tesseract with 'vie' data is not installed)";
            }
        }
        return "";
    }

    private RawText readImage(Path file, String location) throws UnreadableDocumentException {
        if (!ocr.available()) {
            throw new UnreadableDocumentException(location, "image needs OCR, and tesseract with 'vie' data is not "
                    + "installed (apt-get install tesseract-ocr tesseract-ocr-vie)");
        }
        try {
            String text = ocr.recogniseImage(file);
            List<Warning> warnings = new ArrayList<>();
            return new RawText(text, null, true, org.planlens.model.TextEncoding.UNICODE, warnings);
        } catch (IOException e) {
            throw new UnreadableDocumentException(location, "OCR failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnreadableDocumentException(location, "OCR interrupted", e);
        }
    }
}
