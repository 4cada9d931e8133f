package org.planlens.text;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.planlens.model.TextEncoding;
import org.planlens.model.UnreadableDocumentException;
import org.planlens.model.Warning;
import org.planlens.text.ocr.OcrPageResult;

/**
 * OCRs image files: PNG and JPEG as one page, a multi-page TIFF split into its pages, all pages read in
 * parallel. Pages are joined by form feeds.
 */
final class ImageTextReader {
    private final PageOcr ocr;

    ImageTextReader(PageOcr ocr) {
        this.ocr = ocr;
    }

    RawText read(Path file, String location) throws UnreadableDocumentException {
        if (!ocr.available()) {
            throw new UnreadableDocumentException(location, "image needs OCR, and tesseract with 'vie' data is not "
                    + "installed (apt-get install tesseract-ocr tesseract-ocr-vie)");
        }
        List<Path> pages = new ArrayList<>();
        boolean split = false;
        try {
            List<Path> tiffPages = splitMultiPage(file);
            split = !tiffPages.isEmpty();
            pages = split ? tiffPages : List.of(file);
            List<Future<OcrPageResult>> futures = new ArrayList<>();
            for (Path p : pages) {
                futures.add(ocr.submit(p));
            }
            List<String> texts = new ArrayList<>();
            List<Warning> warnings = new ArrayList<>();
            List<Integer> low = new ArrayList<>();
            int read = 0;
            for (int i = 0; i < futures.size(); i++) {
                try {
                    OcrPageResult r = futures.get(i).get();
                    texts.add(r.text());
                    read++;
                    if (r.confidence() < OcrQuality.LOW_CONFIDENCE) {
                        low.add(i + 1);
                    }
                } catch (ExecutionException e) {
                    texts.add("");
                    warnings.add(new Warning("ocr_failed", "OCR failed: " + e.getCause().getMessage(), i + 1));
                }
            }
            if (read == 0) {
                throw new UnreadableDocumentException(location, "OCR failed on every page");
            }
            OcrQuality.warnLowConfidence(low, warnings);
            return new RawText(String.join("\f", texts), pages.size(), true, TextEncoding.UNICODE, warnings);
        } catch (IOException e) {
            throw new UnreadableDocumentException(location, "cannot read image: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnreadableDocumentException(location, "OCR interrupted", e);
        } finally {
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

    /** The pages of a multi-page image (TIFF) as PNG files; empty for a single-page image. */
    private static List<Path> splitMultiPage(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                return List.of();
            }
            var readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return List.of();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                int n = reader.getNumImages(true);
                if (n <= 1) {
                    return List.of();
                }
                List<Path> pages = new ArrayList<>(n);
                try {
                    for (int i = 0; i < n; i++) {
                        BufferedImage page = reader.read(i);
                        pages.add(PageOcr.writePng(page));
                    }
                } catch (IOException e) {
                    for (Path p : pages) {
                        Files.deleteIfExists(p);
                    }
                    throw e;
                }
                return pages;
            } finally {
                reader.dispose();
            }
        }
    }
}
