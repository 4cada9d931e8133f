package org.planlens.text.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.image.BufferedImage;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/** A scanned page's grey image is taken from its decoded bytes with the same pixels PDFBox's raster reader gives. */
class ScanImageSamplesTest {
    @Test
    void losslessGreyImage_sameSamplesAsPdfBoxRawRaster() throws Exception {
        BufferedImage page = new BufferedImage(301, 157, BufferedImage.TYPE_BYTE_GRAY);
        Random random = new Random(7);
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                // text-like: mostly white, some dark runs, some mid greys
                int v = random.nextInt(10) == 0 ? random.nextInt(256) : (x / 7 + y / 5) % 9 == 0 ? 20 : 250;
                page.getRaster().setSample(x, y, 0, v);
            }
        }
        try (PDDocument pdf = new PDDocument()) {
            PDImageXObject image = LosslessFactory.createFromImage(pdf, page);

            BufferedImage fast = PdfTextReader.greySamples(image);

            assertNotNull(fast);
            assertEquals(page.getWidth(), fast.getWidth());
            assertEquals(page.getHeight(), fast.getHeight());
            int[] expected = image.getRawRaster().getPixels(0, 0, page.getWidth(), page.getHeight(), (int[]) null);
            int[] actual = fast.getRaster().getPixels(0, 0, page.getWidth(), page.getHeight(), (int[]) null);
            assertArrayEquals(expected, actual);
        }
    }

    @Test
    void jpegImage_isLeftToPdfBox() throws Exception {
        BufferedImage page = new BufferedImage(64, 64, BufferedImage.TYPE_BYTE_GRAY);
        try (PDDocument pdf = new PDDocument()) {
            assertNull(PdfTextReader.greySamples(JPEGFactory.createFromImage(pdf, page)));
        }
    }
}
