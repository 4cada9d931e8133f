package org.planlens.text.markdown;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

/**
 * Reads a Markdown file ({@code .md}, as crawlers save legal-document pages) into text through {@link
 * MarkdownText}. UTF-8 as crawlers write it; bytes that are not UTF-8 are handed on one char a byte, and the text
 * then goes through the legacy-encoding check as a text file's does.
 */
public final class MarkdownTextReader implements FormatReader {
    public static final List<FileFormat> FORMATS = List.of(
            FileFormat.of("md", Kind.TEXT, List.of("md", "markdown"), List.of("text/x-web-markdown", "text/markdown")));

    private final MarkdownText markdown = new MarkdownText();
    private final int maxChars;
    private final LegacyTextConverter legacy;

    public MarkdownTextReader(ReadContext context) {
        this.maxChars = context.options().maxChars();
        this.legacy = context.legacy();
    }

    @Override
    public List<FileFormat> formats() {
        return FORMATS;
    }

    @Override
    public RawText read(Path file, String location, String name, SourceFormat format)
            throws UnreadableDocumentException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableDocumentException(location, "cannot read: " + e.getMessage(), e);
        }
        String text = markdown.toText(decode(bytes));
        List<Warning> warnings = new ArrayList<>();
        if (text.length() > maxChars) {
            text = text.substring(0, maxChars);
            warnings.add(Warning.of(WarningCode.TEXT_TRUNCATED, "text cut at " + maxChars + " characters"));
        }
        LegacyTextConverter.Converted c = legacy.convert(text);
        if (!c.converted()) {
            return new RawText(text, null, false, TextEncoding.UNICODE, warnings);
        }
        warnings.add(Warning.of(
                WarningCode.LEGACY_ENCODING_CONVERTED, "text in " + c.from().code() + " converted to Unicode"));
        return new RawText(c.text(), null, false, c.from(), warnings);
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
