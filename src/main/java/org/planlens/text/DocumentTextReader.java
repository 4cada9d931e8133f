package org.planlens.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import org.planlens.rules.ModelData;
import org.planlens.text.legacy.LegacyTables;
import org.planlens.text.legacy.LegacyTextConverter;
import org.planlens.text.markdown.MarkdownTextReader;
import org.planlens.text.normalize.TextNormalizer;
import org.planlens.text.normalize.VietnameseSyllables;
import org.planlens.text.ocr.ImageTextReader;
import org.planlens.text.ocr.OcrNoiseRepairer;
import org.planlens.text.ocr.OcrOptions;
import org.planlens.text.ocr.PageOcr;
import org.planlens.text.office.LegacyFontRuns;
import org.planlens.text.office.RunConversion;
import org.planlens.text.office.TikaTextReader;
import org.planlens.text.pdf.PdfTextReader;
import org.planlens.text.pdf.TextLayerCheck;

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
    private final ImageTextReader images;
    private final MarkdownTextReader markdown;
    private final LegacyTextConverter legacy;
    private final LegacyFontRuns fontRuns;
    private final TextNormalizer normalizer;

    /** A reader with the packaged legacy tables and syllable list. */
    public DocumentTextReader(TextReadOptions readOptions, OcrOptions ocrOptions) {
        this(readOptions, ocrOptions, ModelData.packaged());
    }

    /** A reader whose legacy tables and syllable list come from {@code models}. */
    public DocumentTextReader(TextReadOptions readOptions, OcrOptions ocrOptions, ModelData models) {
        VietnameseSyllables syllables = new VietnameseSyllables(models);
        LegacyTables tables = new LegacyTables(models);
        this.legacy = new LegacyTextConverter(tables, syllables);
        this.fontRuns = new LegacyFontRuns(models, tables);
        PageOcr ocr = new PageOcr(ocrOptions, new OcrNoiseRepairer(models, syllables));
        this.images = new ImageTextReader(ocr);
        this.tika = new TikaTextReader(readOptions.maxChars());
        this.markdown = new MarkdownTextReader(readOptions.maxChars());
        this.pdf = new PdfTextReader(readOptions.maxChars(), ocr, legacy, new TextLayerCheck(syllables));
        this.normalizer = TextNormalizer.standard(syllables);
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
        if (BINARY_EXTENSIONS.contains(ext)
                && (format == SourceFormat.HTML || format == SourceFormat.TXT || format == SourceFormat.MD)) {
            throw new UnreadableDocumentException(
                    location,
                    "named ." + ext + " but its content is " + type.getBaseType()
                            + " (a saved web page or error page?)");
        }
        RawText raw = switch (format) {
            case PDF -> pdf.read(file, location);
            case IMAGE -> images.read(file, location);
            case DOCX, DOC -> readWord(file, location, name, format);
            case MD -> convertLegacy(markdown.read(file, location), format, file);
            default -> convertLegacy(tika.read(file, location, name), format, file);
        };
        String text = normalizer.normalize(raw.text());
        if (text.isBlank()) {
            throw new UnreadableDocumentException(
                    location,
                    raw.ocr() || format == SourceFormat.IMAGE
                            ? "no text could be recognised"
                            : "document has no text" + reasonHint(raw));
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

    /** A Word file whose runs are set in TCVN3/VNI fonts is read from a copy with those runs in Unicode. */
    private RawText readWord(Path file, String location, String name, SourceFormat format)
            throws UnreadableDocumentException {
        Optional<RunConversion> runs;
        try {
            runs = fontRuns.rewrite(file, format);
        } catch (IOException | RuntimeException e) {
            // POI could not open or rewrite it: Tika reads the file as it is and names whatever is wrong with it
            runs = Optional.empty();
        }
        if (runs.isEmpty()) {
            return convertLegacy(tika.read(file, location, name), format, file);
        }
        try {
            RawText raw = tika.read(runs.get().copy(), location, name);
            List<Warning> warnings = new ArrayList<>(raw.warnings());
            warnings.add(Warning.of(
                    "legacy_encoding_converted",
                    runs.get().runs() + " runs set in " + runs.get().encoding().code()
                            + " fonts converted to Unicode"));
            return new RawText(raw.text(), raw.pages(), raw.ocr(), runs.get().encoding(), warnings);
        } finally {
            deleteQuietly(runs.get().copy());
        }
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                p.toFile().deleteOnExit();
            }
        }
    }

    /**
     * Converts TCVN3/VNI text. Tika reads an 8-bit text file in whatever charset it guesses, so a text file that
     * is not UTF-8 is judged on its bytes read one char a byte; Word and HTML runs come as Tika gives them.
     */
    private RawText convertLegacy(RawText raw, SourceFormat format, Path file) throws UnreadableDocumentException {
        String candidate = raw.text();
        if (format == SourceFormat.TXT) {
            try {
                byte[] bytes = Files.readAllBytes(file);
                if (!isUtf8(bytes)) {
                    candidate = new String(bytes, StandardCharsets.ISO_8859_1);
                }
            } catch (IOException e) {
                throw new UnreadableDocumentException(file.toString(), "cannot read: " + e.getMessage(), e);
            }
        }
        LegacyTextConverter.Converted c = legacy.convert(candidate);
        if (!c.converted()) {
            return raw;
        }
        List<Warning> warnings = new ArrayList<>(raw.warnings());
        warnings.add(
                Warning.of("legacy_encoding_converted", "text in " + c.from().code() + " converted to Unicode"));
        return new RawText(c.text(), raw.pages(), raw.ocr(), c.from(), warnings);
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
