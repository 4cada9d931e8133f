package org.planlens.text.office;

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
import org.planlens.model.SourceFormat;
import org.planlens.model.UnreadableDocumentException;
import org.planlens.model.Warning;
import org.planlens.model.WarningCode;
import org.planlens.text.FileFormat;
import org.planlens.text.FileFormat.Kind;
import org.planlens.text.FormatReader;
import org.planlens.text.RawText;
import org.planlens.text.ReadContext;
import org.planlens.text.legacy.LegacyTextConverter;

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
    private static final FileFormat TXT = FileFormat.of("txt", Kind.TEXT, List.of("txt"), List.of("text/plain"));

    public static final List<FileFormat> FORMATS = List.of(
            DOCX,
            DOC,
            FileFormat.of("odt", Kind.BINARY, List.of("odt"), List.of("application/vnd.oasis.opendocument.text")),
            FileFormat.of("rtf", Kind.OTHER, List.of("rtf"), List.of("application/rtf", "text/rtf")),
            FileFormat.of(
                    "html", Kind.TEXT, List.of("html", "htm", "xhtml"), List.of("text/html", "application/xhtml+xml")),
            TXT);

    private final TikaTextReader tika;
    private final LegacyTextConverter legacy;
    private final LegacyFontRuns fontRuns;

    public OfficeTextReader(ReadContext context) {
        this.tika = new TikaTextReader(context.options().maxChars());
        this.legacy = context.legacy();
        this.fontRuns = new LegacyFontRuns(context.models(), context.legacyTables());
    }

    @Override
    public List<FileFormat> formats() {
        return FORMATS;
    }

    @Override
    public RawText read(Path file, String location, String name, SourceFormat format)
            throws UnreadableDocumentException {
        if (format.equals(DOCX.format()) || format.equals(DOC.format())) {
            return readWord(file, location, name, format);
        }
        return convertLegacy(tika.read(file, location, name), format, file);
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
        warnings.add(Warning.of(
                WarningCode.LEGACY_ENCODING_CONVERTED, "text in " + c.from().code() + " converted to Unicode"));
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
