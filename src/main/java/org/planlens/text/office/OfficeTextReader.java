package org.planlens.text.office;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.planlens.model.SourceFormat;
import org.planlens.model.TextEncoding;
import org.planlens.model.UnreadableDocumentException;
import org.planlens.model.Warning;
import org.planlens.model.WarningCode;
import org.planlens.text.FileFormat;
import org.planlens.text.FileFormat.Kind;
import org.planlens.text.FormatReader;
import org.planlens.text.RawText;
import org.planlens.text.ReadContext;
import org.planlens.text.legacy.LegacyTextConverter;
import org.planlens.text.normalize.VietnameseShare;

/**
 * Office and web formats through Tika ({@link TikaTextReader}), then the legacy-encoding check: text in TCVN3 or
 * VNI comes out in Unicode. A Word file whose runs are set in TCVN3/VNI fonts is read from a copy with those runs in
 * Unicode ({@link LegacyFontRuns}), so a document mixing Unicode and legacy runs comes out right.
 */
public final class OfficeTextReader implements FormatReader {
    static final FileFormat DOCX = FileFormat.of(
            "docx",
            Kind.BINARY,
            List.of("docx"),
            List.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
    static final FileFormat DOC = FileFormat.of(
            "doc", Kind.BINARY, List.of("doc"), List.of("application/msword", "application/x-tika-msoffice"));
    private static final FileFormat RTF =
            FileFormat.of("rtf", Kind.OTHER, List.of("rtf"), List.of("application/rtf", "text/rtf"));

    private static final FileFormat TXT = FileFormat.of("txt", Kind.TEXT, List.of("txt"), List.of("text/plain"));

    public static final List<FileFormat> FORMATS = List.of(
            DOCX,
            DOC,
            FileFormat.of("odt", Kind.BINARY, List.of("odt"), List.of("application/vnd.oasis.opendocument.text")),
            RTF,
            FileFormat.of(
                    "html", Kind.TEXT, List.of("html", "htm", "xhtml"), List.of("text/html", "application/xhtml+xml")),
            TXT);

    /** Characters of a text file judged when its charset is chosen. */
    private static final int CHARSET_SAMPLE = 100_000;

    private final TikaTextReader tika;
    private final LegacyTextConverter legacy;
    private final LegacyFontRuns fontRuns;
    private final TextCharsets charsets;
    private final int maxChars;

    public OfficeTextReader(ReadContext context) {
        this.tika = new TikaTextReader(context.options().maxChars());
        this.legacy = context.legacy();
        this.fontRuns = new LegacyFontRuns(context.models(), context.legacyTables());
        this.charsets = new TextCharsets(new VietnameseShare(context.syllables(), CHARSET_SAMPLE));
        this.maxChars = context.options().maxChars();
    }

    @Override
    public RawText read(Path file, String location, String name, SourceFormat format)
            throws UnreadableDocumentException {
        if (format.equals(DOCX.format()) || format.equals(DOC.format())) {
            return readWord(file, location, name, format);
        }
        if (format.equals(TXT.format())) {
            Optional<RawText> other = readOtherCharset(file, location);
            if (other.isPresent()) {
                return other.get();
            }
        }
        RawText raw = convertLegacy(tika.read(file, location, name), format, file);
        if (format.equals(RTF.format()) && raw.text().isBlank() && RtfText.hasText(file)) {
            List<Warning> warnings = new ArrayList<>(raw.warnings());
            warnings.add(Warning.of(
                    WarningCode.RTF_TEXT_UNREAD,
                    "the RTF holds text its reader gives nothing of (groups nested too deep, text in shapes)"));
            return new RawText(raw.text(), raw.pages(), raw.ocr(), raw.encoding(), warnings);
        }
        return raw;
    }

    /**
     * A text file in Windows-1258 or UTF-16 without BOM, decoded: Tika reads both as a Western charset (silent
     * mojibake). Kept only when it reads better as Vietnamese than the TCVN3/VNI conversion of the same bytes.
     * source.encoding has no value for these charsets (unicode, tcvn3, vni): it stays unicode, and a warning names
     * the charset.
     */
    private Optional<RawText> readOtherCharset(Path file, String location) throws UnreadableDocumentException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableDocumentException(location, "cannot read: " + e.getMessage(), e);
        }
        Optional<TextCharsets.Decoded> decoded = charsets.decode(bytes);
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        if (!TextCharsets.isUtf8(bytes)) {
            LegacyTextConverter.Converted c = legacy.convert(new String(bytes, StandardCharsets.ISO_8859_1));
            if (c.converted() && charsets.shareOf(c.text()) >= decoded.get().share()) {
                return Optional.empty();
            }
        }
        String text = decoded.get().text();
        List<Warning> warnings = new ArrayList<>();
        warnings.add(Warning.of(
                WarningCode.CHARSET_DETECTED,
                "text in " + decoded.get().charset().name() + " without a byte-order mark, decoded to Unicode"
                        + " (source.encoding says unicode: it names only unicode, tcvn3 and vni)"));
        if (text.length() > maxChars) {
            text = text.substring(0, maxChars);
            warnings.add(Warning.of(WarningCode.TEXT_TRUNCATED, "text cut at " + maxChars + " characters"));
        }
        return Optional.of(new RawText(text, null, false, TextEncoding.UNICODE, warnings));
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
                    WarningCode.LEGACY_ENCODING_CONVERTED,
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
        if (format.equals(TXT.format())) {
            try {
                byte[] bytes = Files.readAllBytes(file);
                if (!TextCharsets.isUtf8(bytes)) {
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
        warnings.add(Warning.of(
                WarningCode.LEGACY_ENCODING_CONVERTED, "text in " + c.from().code() + " converted to Unicode"));
        return new RawText(c.text(), raw.pages(), raw.ocr(), c.from(), warnings);
    }

    @Override
    public List<FileFormat> formats() {
        return FORMATS;
    }
}
