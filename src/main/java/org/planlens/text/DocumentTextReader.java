package org.planlens.text;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.tika.mime.MediaType;
import org.planlens.model.PageMethod;
import org.planlens.model.SourceFormat;
import org.planlens.model.UnreadableDocumentException;
import org.planlens.model.Warning;
import org.planlens.model.WarningCode;
import org.planlens.rules.ModelData;
import org.planlens.text.FileFormat.Kind;
import org.planlens.text.normalize.TextNormalizer;
import org.planlens.text.normalize.VietnameseShare;
import org.planlens.text.ocr.OcrDates;
import org.planlens.text.ocr.OcrListNumbers;
import org.planlens.text.ocr.OcrOptions;
import org.planlens.text.ocr.OcrShares;
import org.planlens.text.ocr.UnsureDigits;
import org.planlens.text.web.SiteChrome;

/**
 * Bytes to clean text: detects the real format, reads it with the reader that declares that format
 * ({@link FormatReaders}: PDFBox for PDF, OCR for images, Tika for the rest), and normalises the result. Thread-safe;
 * build one and share it.
 */
public final class DocumentTextReader {
    /** Names that promise a binary format; a file so named whose bytes are text or HTML is refused. */
    private static final Set<String> BINARY_EXTENSIONS = FormatReaders.formats().stream()
            .filter(f -> f.kind() == Kind.BINARY)
            .flatMap(f -> f.extensions().stream())
            .collect(Collectors.toUnmodifiableSet());

    /** Characters of a text judged for whether it is text at all. */
    private static final int JUDGED_CHARS = 200_000;
    /** Text this noisy (control characters, undecodable bytes) is no text. */
    private static final double MAX_NOISE_SHARE = 0.3;
    /** Text with less than this share in Vietnamese words is no plan's text. */
    private static final double MIN_VIETNAMESE_SHARE = 0.2;
    /** Too short a text is not judged by its words: a title page, a one-line note. */
    private static final int MIN_JUDGED_CHARS = 200;
    /** Formats analysts save from websites, whose document sits inside the site's own text ({@link SiteChrome}). */
    private static final Set<SourceFormat> WEB_PAGES = Set.of(SourceFormat.of("html"), SourceFormat.of("md"));

    private final FormatDetector detector = new FormatDetector();
    private final Map<SourceFormat, FormatReader> readers = new HashMap<>();
    private final TextNormalizer normalizer;
    private final VietnameseShare vietnamese;
    private final SiteChrome siteChrome;
    private final OcrDates dates;
    private final UnsureDigits unsureDigits;
    private final OcrShares shares;
    private final OcrListNumbers listNumbers = new OcrListNumbers();

    /** A reader with the packaged legacy tables and syllable list. */
    public DocumentTextReader(TextReadOptions readOptions, OcrOptions ocrOptions) {
        this(readOptions, ocrOptions, ModelData.packaged());
    }

    /** A reader whose legacy tables and syllable list come from {@code models}. */
    public DocumentTextReader(TextReadOptions readOptions, OcrOptions ocrOptions, ModelData models) {
        ReadContext context = ReadContext.of(readOptions, ocrOptions, models);
        for (FormatReader reader : FormatReaders.create(context)) {
            reader.formats().forEach(f -> readers.put(f.format(), reader));
        }
        this.normalizer = TextNormalizer.standard(context.syllables());
        this.vietnamese = new VietnameseShare(context.syllables(), JUDGED_CHARS);
        this.siteChrome = new SiteChrome(models);
        this.dates = new OcrDates(models);
        this.unsureDigits = new UnsureDigits(models);
        this.shares = new OcrShares(models);
    }

    public ExtractedText read(Path file, String location, String name) throws UnreadableDocumentException {
        MediaType type;
        try {
            type = detector.detect(file, name);
        } catch (IOException e) {
            throw new UnreadableDocumentException(location, "cannot read: " + e.getMessage(), e);
        }
        Optional<FileFormat> detected = FormatReaders.formatOf(type);
        if (detected.isEmpty()) {
            throw new UnreadableDocumentException(location, "unsupported format " + type.getBaseType());
        }
        FileFormat format = detected.get();
        String ext = FileFormat.extension(name);
        if (BINARY_EXTENSIONS.contains(ext) && format.kind() == Kind.TEXT) {
            throw new UnreadableDocumentException(
                    location,
                    "named ." + ext + " but its content is " + type.getBaseType()
                            + " (a saved web page or error page?)");
        }
        RawText raw = readers.get(format.format()).read(file, location, name, format.format());
        if (WEB_PAGES.contains(format.format())) {
            raw = withoutSiteChrome(raw);
        }
        if (raw.ocr()) {
            raw = withDatesMended(raw);
        }
        String text = normalizer.normalize(raw.text());
        if (text.isBlank()) {
            // an image is always OCRed, so raw.ocr() covers it
            throw new UnreadableDocumentException(
                    location, raw.ocr() ? "no text could be recognised" : "document has no text" + reasonHint(raw));
        }
        if (!raw.ocr()) {
            refuseIfNoText(raw.text(), text, location);
        }
        List<String> pageTexts =
                raw.layout().isEmpty() ? List.of() : List.of(raw.text().split("\f", -1));
        return new ExtractedText(
                text, format.format(), raw.pages(), raw.ocr(), raw.encoding(), raw.warnings(), pageTexts, raw.layout());
    }

    /**
     * Refuses what is not a document's text: random bytes or a binary file read as text (named {@code .txt} or
     * {@code .html}) come out as control characters and undecodable bytes, or as words none of which is
     * Vietnamese. Text read by OCR is not judged: a poor scan's text is still the document's.
     */
    void refuseIfNoText(String raw, String text, String location) throws UnreadableDocumentException {
        int end = Math.min(raw.length(), JUDGED_CHARS);
        int visible = 0;
        int noise = 0;
        for (int i = 0; i < end; i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) && c != '\u001c' && c != '\u001d' && c != '\u001e' && c != '\u001f') {
                continue;
            }
            visible++;
            int type = Character.getType(c);
            if (type == Character.CONTROL
                    || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE
                    || type == Character.SURROGATE
                    || c == '\uFFFD') {
                noise++;
            }
        }
        if (visible > 0 && noise >= visible * MAX_NOISE_SHARE) {
            throw new UnreadableDocumentException(
                    location,
                    "not text: " + Math.round(100.0 * noise / visible)
                            + "% of its characters are control characters or bytes that decode to no character");
        }
        VietnameseShare.Count words = vietnamese.of(text);
        if (words.visible() >= MIN_JUDGED_CHARS && words.share() < MIN_VIETNAMESE_SHARE) {
            throw new UnreadableDocumentException(
                    location,
                    "no Vietnamese text: " + Math.round(100 * words.share())
                            + "% of its letters and signs are in Vietnamese words (random bytes or a binary file"
                            + " read as text?)");
        }
    }

    /**
     * The numbers with a digit Tesseract was unsure of mended from the document's other printings ({@link
     * UnsureDigits}), the shares read over 100% ({@link OcrShares}) and the list numbers that break their sequence
     * ({@link OcrListNumbers}) from the digits Tesseract weighed, then the dates OCR made impossible ({@link
     * OcrDates}), on the OCRed pages; a warning for each.
     */
    private RawText withDatesMended(RawText raw) {
        int pages = raw.pages() == null ? 1 : raw.pages();
        List<Boolean> ocrPages = new ArrayList<>();
        for (int p = 0; p < pages; p++) {
            // a reader that gives no layout read every page by OCR (images)
            ocrPages.add(p >= raw.layout().size() || raw.layout().get(p).method() == PageMethod.OCR);
        }
        List<List<DigitChoices>> choices =
                raw.layout().stream().map(PageLayout::digitChoices).toList();
        UnsureDigits.Mended numbers = unsureDigits.mend(raw.text(), ocrPages, choices);
        OcrShares.Mended shared = shares.mend(numbers.text(), ocrPages, choices);
        OcrListNumbers.Mended listed = listNumbers.mend(shared.text(), ocrPages, choices);
        OcrDates.Mended mended = dates.mend(listed.text(), ocrPages, choices);
        List<Warning> found = new ArrayList<>(numbers.warnings());
        found.addAll(shared.warnings());
        found.addAll(listed.warnings());
        found.addAll(mended.warnings());
        if (found.isEmpty()) {
            return raw;
        }
        List<Warning> warnings = new ArrayList<>(raw.warnings());
        warnings.addAll(found);
        return new RawText(mended.text(), raw.pages(), raw.ocr(), raw.encoding(), warnings, raw.layout());
    }

    /** A saved web page's document without the site around it ({@link SiteChrome}), a warning for what went. */
    private RawText withoutSiteChrome(RawText raw) {
        SiteChrome.Trimmed page = siteChrome.trim(Normalizer.normalize(raw.text(), Normalizer.Form.NFC));
        if (page.warnings().isEmpty()) {
            return raw;
        }
        List<Warning> warnings = new ArrayList<>(raw.warnings());
        warnings.addAll(page.warnings());
        return new RawText(page.text(), raw.pages(), raw.ocr(), raw.encoding(), warnings);
    }

    private static String reasonHint(RawText raw) {
        for (Warning w : raw.warnings()) {
            if (w.code() == WarningCode.OCR_UNAVAILABLE) {
                return " (image-only pages, and tesseract with 'vie' data is not installed)";
            }
            if (w.code() == WarningCode.RTF_TEXT_UNREAD) {
                return " that the RTF reader can extract, though it holds some (groups nested too deep, or text in"
                        + " shapes): save it as DOCX or PDF and ingest that";
            }
        }
        return "";
    }
}
