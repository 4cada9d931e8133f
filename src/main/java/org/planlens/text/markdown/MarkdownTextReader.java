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
import org.planlens.model.TextEncoding;
import org.planlens.model.UnreadableDocumentException;
import org.planlens.model.Warning;
import org.planlens.text.RawText;

/**
 * Reads a Markdown file ({@code .md}, as crawlers save legal-document pages) into text through {@link
 * MarkdownText}. UTF-8 as crawlers write it; bytes that are not UTF-8 are handed on one char a byte, for the
 * legacy-encoding check to judge as it does a text file's.
 */
public final class MarkdownTextReader {
    private final MarkdownText markdown = new MarkdownText();
    private final int maxChars;

    public MarkdownTextReader(int maxChars) {
        this.maxChars = maxChars;
    }

    public RawText read(Path file, String location) throws UnreadableDocumentException {
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
            warnings.add(Warning.of("text_truncated", "text cut at " + maxChars + " characters"));
        }
        return new RawText(text, null, false, TextEncoding.UNICODE, warnings);
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
