package org.planlens.text.ocr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GreyTiffTest {
    @TempDir
    Path dir;

    /** The file is a TIFF any reader takes (ImageIO's here, Leptonica's in tesseract), and reads back exactly. */
    @Test
    void writtenPageReadsBackPixelForPixel() throws Exception {
        int w = 37;
        int h = 23;
        byte[] pixels = new byte[w * h];
        new Random(7).nextBytes(pixels);
        Path file = GreyTiff.write(w, h, (y, row) -> System.arraycopy(pixels, y * w, row, 0, w));
        try {
            BufferedImage own = GreyTiff.read(file);
            assertArrayEquals(pixels, ((DataBufferByte) own.getRaster().getDataBuffer()).getData());
            BufferedImage other = ImageIO.read(file.toFile());
            assertEquals(w, other.getWidth());
            assertEquals(h, other.getHeight());
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    assertEquals(
                            pixels[y * w + x] & 0xff, other.getRaster().getSample(x, y, 0), "pixel " + x + "," + y);
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void otherFilesAreNotTakenForOne() throws Exception {
        Path png = dir.resolve("page.png");
        ImageIO.write(new BufferedImage(5, 5, BufferedImage.TYPE_BYTE_GRAY), "png", png.toFile());
        assertNull(GreyTiff.read(png));
    }
}
