package org.planlens.text;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** OCRs image files and rendered PDF pages through {@link TesseractCli}. */
public final class PageOcr {
    private final TesseractCli tesseract;
    private final OcrOptions options;

    public PageOcr(OcrOptions options) {
        this.options = options;
        this.tesseract = new TesseractCli(options);
    }

    public boolean available() {
        return tesseract.available();
    }

    public String recogniseImage(Path image) throws IOException, InterruptedException {
        return tesseract.recognise(image);
    }

    /** Renders page {@code pageIndex} (0-based) in grey at the configured dpi and reads it. */
    public String recognisePdfPage(PDDocument pdf, int pageIndex) throws IOException, InterruptedException {
        BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(pageIndex, options.dpi(), ImageType.GRAY);
        Path png = Files.createTempFile("planlens-page-", ".png");
        try {
            ImageIO.write(image, "png", png.toFile());
            return tesseract.recognise(png);
        } finally {
            Files.deleteIfExists(png);
        }
    }
}
