package org.planlens.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.planlens.model.SourceFormat;

/**
 * Tells a file's real format from its bytes (Tika's magic detection), not from its name. Tika's default detectors
 * (the ones its facade uses) without its parsers, whose loading costs about half a second at start-up.
 */
public final class FormatDetector {
    private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final MediaType PDF = MediaType.application("pdf");

    private final Detector detector = new DefaultDetector();

    /**
     * The detected media type, e.g. {@code application/pdf}. A file named .pdf that opens with the PDF header is a
     * PDF without asking Tika: its container detectors would try it as a ZIP, an OLE file, a TAR and a compressed
     * stream first, throwing and catching an exception for each, a few percent of the reading of a text PDF.
     */
    public MediaType detect(Path file, String name) throws IOException {
        if (name.toLowerCase(Locale.ROOT).endsWith(".pdf") && opensWith(file, PDF_HEADER)) {
            return PDF;
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        try (InputStream in = TikaInputStream.get(file)) {
            return detector.detect(in, metadata);
        }
    }

    private static boolean opensWith(Path file, byte[] header) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(header.length), header);
        }
    }

    /** The planlens format for a media type, or empty when planlens does not read it. */
    public static Optional<SourceFormat> formatOf(MediaType type) {
        String base = type.getBaseType().toString();
        if (base.equals("application/pdf")) return Optional.of(SourceFormat.PDF);
        if (base.equals("application/vnd.openxmlformats-officedocument.wordprocessingml.document")) {
            return Optional.of(SourceFormat.DOCX);
        }
        if (base.equals("application/msword") || base.equals("application/x-tika-msoffice")) {
            return Optional.of(SourceFormat.DOC);
        }
        if (base.equals("application/vnd.oasis.opendocument.text")) return Optional.of(SourceFormat.ODT);
        if (base.equals("application/rtf") || base.equals("text/rtf")) return Optional.of(SourceFormat.RTF);
        if (base.equals("text/html") || base.equals("application/xhtml+xml")) return Optional.of(SourceFormat.HTML);
        if (base.equals("text/x-web-markdown") || base.equals("text/markdown")) return Optional.of(SourceFormat.MD);
        if (base.equals("text/plain")) return Optional.of(SourceFormat.TXT);
        if (type.getType().equals("image")) return Optional.of(SourceFormat.IMAGE);
        return Optional.empty();
    }
}
