package org.planlens.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/**
 * Tells a file's real format from its bytes (Tika's magic detection), not from its name. Tika's default detectors
 * (the ones its facade uses) without its parsers, whose loading is slow at start-up.
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
}
