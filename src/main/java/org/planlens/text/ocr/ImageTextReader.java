package org.planlens.text.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.planlens.model.PageMethod;
import org.planlens.model.SourceFormat;
import org.planlens.model.TextEncoding;
import org.planlens.model.UnreadableDocumentException;
import org.planlens.model.Warning;
import org.planlens.model.WarningCode;
import org.planlens.text.FileFormat;
import org.planlens.text.FormatReader;
import org.planlens.text.PageLayout;
import org.planlens.text.RawText;
import org.planlens.text.ReadContext;
import org.planlens.text.marks.SignatureMarks;

/**
 * OCRs image files: PNG and JPEG as one page, a multi-page TIFF split into its pages, all pages read in
 * parallel. Pages are joined by form feeds, without the signature marks a signed page carries ({@link
 * SignatureMarks}).
 */
public final class ImageTextReader implements FormatReader {
    public static final List<FileFormat> FORMATS = List.of(FileFormat.of(
            "image",
            FileFormat.Kind.OTHER,
            List.of("png", "jpg", "jpeg", "tif", "tiff", "bmp", "gif"),
            List.of("image/*")));

    private final PageOcr ocr;
    private final SignatureMarks marks;

    public ImageTextReader(PageOcr ocr, SignatureMarks marks) {
        this.ocr = ocr;
        this.marks = marks;
    }

    public ImageTextReader(ReadContext context) {
        this(context.ocr(), context.marks());
    }

    @Override
    public RawText read(Path file, String location, String name, SourceFormat format)
            throws UnreadableDocumentException {
        return read(file, location);
    }

    @Override
    public List<FileFormat> formats() {
        return FORMATS;
    }

    public RawText read(Path file, String location) throws UnreadableDocumentException {
        if (!ocr.available()) {
            throw new UnreadableDocumentException(
                    location,
                    "image needs OCR, and tesseract with 'vie' data is not "
                            + "installed (apt-get install tesseract-ocr tesseract-ocr-vie)");
        }
        List<Path> pages = new ArrayList<>();
        List<Future<OcrPageResult>> futures = new ArrayList<>();
        boolean split = false;
        try {
            // each page of a multi-page TIFF is queued for OCR as soon as it is split off
            split = splitMultiPage(file, pages, futures);
            if (!split) {
                pages = List.of(file);
                futures.add(ocr.submit(file));
            }
            List<String> texts = new ArrayList<>();
            List<PageLayout> layouts = new ArrayList<>();
            List<Warning> warnings = new ArrayList<>();
            List<Integer> low = new ArrayList<>();
            int read = 0;
            for (int i = 0; i < futures.size(); i++) {
                try {
                    OcrPageResult r = futures.get(i).get();
                    SignatureMarks.Stripped page = marks.strip(r.text());
                    texts.add(page.text());
                    if (!page.dropped().isEmpty()) {
                        warnings.add(SignatureMarks.warning(page.dropped(), i + 1));
                    }
                    layouts.add(r.layout(i + 1));
                    read++;
                    if (r.confidence() < OcrQuality.LOW_CONFIDENCE) {
                        low.add(i + 1);
                    }
                } catch (ExecutionException e) {
                    texts.add("");
                    layouts.add(new PageLayout(i + 1, PageMethod.OCR, null, 0, 0, List.of()));
                    warnings.add(new Warning(
                            WarningCode.OCR_FAILED,
                            "OCR failed: " + e.getCause().getMessage(),
                            i + 1));
                }
            }
            if (read == 0) {
                throw new UnreadableDocumentException(location, "OCR failed on every page");
            }
            OcrQuality.warnLowConfidence(low, warnings);
            return new RawText(String.join("\f", texts), pages.size(), true, TextEncoding.UNICODE, warnings, layouts);
        } catch (IOException e) {
            throw new UnreadableDocumentException(location, "cannot read image: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnreadableDocumentException(location, "OCR interrupted", e);
        } finally {
            // pages still queued or being read when reading stops early (time limit): dropped, tesseract killed
            futures.forEach(f -> f.cancel(true));
            if (split) {
                for (Path p : pages) {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException ignored) {
                        // a stray temp file is harmless
                    }
                }
            }
        }
    }

    /**
     * Splits a multi-page image (TIFF) into page files, queuing each for OCR as it is written; false (nothing
     * added) for a single-page image. The caller deletes the page files.
     */
    private boolean splitMultiPage(Path file, List<Path> pages, List<Future<OcrPageResult>> futures)
            throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                return false;
            }
            var readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                int n = reader.getNumImages(true);
                if (n <= 1) {
                    return false;
                }
                for (int i = 0; i < n; i++) {
                    if (Thread.currentThread().isInterrupted()) {
                        // the document's time is up: no more pages are split off and queued
                        throw new InterruptedIOException("reading stopped at page " + (i + 1) + ": time limit reached");
                    }
                    BufferedImage page = reader.read(i);
                    Path p = ocr.pageImage(page);
                    pages.add(p);
                    futures.add(ocr.submit(p));
                }
                return true;
            } finally {
                reader.dispose();
            }
        }
    }
}
