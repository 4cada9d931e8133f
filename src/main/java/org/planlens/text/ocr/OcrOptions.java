package org.planlens.text.ocr;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How Tesseract is run. Language must be given: left alone, Tika and Tesseract read Vietnamese as English.
 *
 * @param language    Tesseract language data, {@code vie} for Vietnamese
 * @param dpi         resolution PDF pages are rendered at before OCR (150 to 600)
 * @param pageTimeout one page is abandoned after this long, with a warning
 * @param workDir     folder for page images and tesseract's files while a page is read (an ingest gives its output
 *                    folder's {@code tmp/ocr}, which it empties when it starts; else the system's temp folder)
 */
public record OcrOptions(String language, int dpi, Duration pageTimeout, Path workDir) {
    public static final OcrOptions DEFAULT = new OcrOptions("vie", 300, Duration.ofMinutes(2));

    public OcrOptions {
        if (language == null || !language.matches("[a-z_]{3,}(\\+[a-z_]{3,})*")) {
            throw new IllegalArgumentException(
                    "language must be Tesseract language codes like 'vie' or 'vie+eng', was " + language);
        }
        if (dpi < 150 || dpi > 600) throw new IllegalArgumentException("dpi must be 150 to 600, was " + dpi);
        if (pageTimeout.isNegative() || pageTimeout.isZero()) {
            throw new IllegalArgumentException("pageTimeout must be positive, was " + pageTimeout);
        }
        if (workDir == null) throw new IllegalArgumentException("workDir is required");
    }

    /** Options whose files go to the system's temp folder. */
    public OcrOptions(String language, int dpi, Duration pageTimeout) {
        this(language, dpi, pageTimeout, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** The same options with the files in {@code dir}. */
    public OcrOptions withWorkDir(Path dir) {
        return new OcrOptions(language, dpi, pageTimeout, dir);
    }
}
