package org.planlens.text;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.planlens.text.ocr.ImageCleaner;
import org.planlens.text.ocr.OcrNoiseRepairer;
import org.planlens.text.ocr.OcrPageResult;

/**
 * OCRs page images through {@link TesseractCli} on a small fixed pool, one single-threaded tesseract process per
 * core, so the pages of a scan are read in parallel. A page read with low confidence gets a second pass: turned
 * upright by Tesseract's orientation detection and cleaned (deskew, median, threshold); the better reading is
 * kept. Shared by all documents, so the machine never runs more tesseract processes than it has cores.
 */
public final class PageOcr {
    /** A first reading at least this confident (mean word confidence) is kept as it is. */
    private static final double RETRY_BELOW = 80;

    private final TesseractCli tesseract;
    private final OcrOptions options;
    private final ImageCleaner cleaner = new ImageCleaner();
    private final ExecutorService pool;
    private final OcrNoiseRepairer noise;
    private volatile Boolean available;

    public PageOcr(OcrOptions options) {
        this(options, new OcrNoiseRepairer(org.planlens.rules.ModelData.packaged()));
    }

    public PageOcr(OcrOptions options, OcrNoiseRepairer noise) {
        this.noise = noise;
        this.options = options;
        this.tesseract = new TesseractCli(options);
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 4));
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "planlens-ocr");
            t.setDaemon(true);
            return t;
        });
    }

    public boolean available() {
        Boolean a = available;
        if (a == null) {
            a = tesseract.available();
            available = a;
        }
        return a;
    }

    public OcrOptions options() {
        return options;
    }

    /** Queues one page image; the file must stay until the future is done. */
    public Future<OcrPageResult> submit(Path image) {
        return pool.submit(() -> recognise(image));
    }

    /** Reads one page, with the upright-and-clean second pass when the first reading is poor, noise mended. */
    public OcrPageResult recognise(Path image) throws IOException, InterruptedException {
        OcrPageResult r = bestReading(image);
        return new OcrPageResult(noise.repair(r.text()), r.confidence(), r.rotation(), r.cleaned());
    }

    private OcrPageResult bestReading(Path image) throws IOException, InterruptedException {
        OcrPageResult first = tesseract.read(image);
        if (first.confidence() >= RETRY_BELOW || !cleaner.available()) {
            return first;
        }
        int rotation = tesseract.orientation(image);
        Path cleaned = cleaner.clean(image, rotation, true);
        try {
            OcrPageResult second = tesseract.read(cleaned);
            OcrPageResult kept = new OcrPageResult(second.text(), second.confidence(), rotation, true);
            return kept.confidence() > first.confidence() ? kept : first;
        } finally {
            Files.deleteIfExists(cleaned);
        }
    }

    /** Renders page {@code pageIndex} (0-based) in grey at the configured dpi and reads it. */
    /** Page {@code pageIndex} as a grey PNG at the configured dpi (caller deletes it). */
    public Path renderPage(PDDocument pdf, int pageIndex) throws IOException {
        BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(pageIndex, options.dpi(), ImageType.GRAY);
        return writePageImage(image);
    }

    /**
     * Writes a page image for tesseract as 8-bit grey PGM: OCR reads grey anyway, and PGM costs no compression
     * (PNG encoding in Java took longer than a tenth of the OCR itself).
     */
    static Path writePageImage(BufferedImage image) throws IOException {
        int w = image.getWidth();
        int h = image.getHeight();
        Path pgm = Files.createTempFile("planlens-page-", ".pgm");
        try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(pgm), 1 << 16)) {
            out.write(("P5\n" + w + " " + h + "\n255\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            byte[] row = new byte[w];
            int[] rgb = new int[w];
            boolean grey = image.getType() == BufferedImage.TYPE_BYTE_GRAY;
            for (int y = 0; y < h; y++) {
                if (grey) {
                    image.getRaster().getDataElements(0, y, w, 1, row);
                } else {
                    // plain luma, no colour management: Java's sRGB-to-linear-grey conversion darkens the page
                    // and turns speckle into punctuation
                    image.getRGB(0, y, w, 1, rgb, 0, w);
                    for (int x = 0; x < w; x++) {
                        int p = rgb[x];
                        row[x] = (byte) ((((p >> 16) & 0xff) * 299 + ((p >> 8) & 0xff) * 587 + (p & 0xff) * 114) / 1000);
                    }
                }
                out.write(row);
            }
        } catch (IOException | UncheckedIOException e) {
            Files.deleteIfExists(pgm);
            throw e;
        }
        return pgm;
    }
}
