package org.planlens.text.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Page images handed to tesseract: 8-bit grey, uncompressed TIFF with one strip. Writing costs no compression
 * (encoding a PNG in Java is slow next to the OCR), and Leptonica reads it as fast as a PNG; tesseract reads an 8-bit
 * PGM of the same page more slowly.
 */
public final class GreyTiff {
    private static final int HEADER = 8;
    private static final short[] TAGS = {256, 257, 258, 259, 262, 273, 277, 278, 279};

    private GreyTiff() {}

    /** Writes the grey rows to a new temp file; {@code rows} fills one row of bytes at a time. */
    public static Path write(int width, int height, RowSource rows) throws IOException {
        return write(Path.of(System.getProperty("java.io.tmpdir")), width, height, rows);
    }

    /** Writes the grey rows to a new file in {@code dir} (made if missing). */
    public static Path write(Path dir, int width, int height, RowSource rows) throws IOException {
        Files.createDirectories(dir);
        Path file = Files.createTempFile(dir, "planlens-page-", ".tif");
        long pixels = (long) width * height;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            ByteBuffer head = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
            head.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt((int) (HEADER + pixels));
            out.write(head.array());
            byte[] row = new byte[width];
            for (int y = 0; y < height; y++) {
                rows.fill(y, row);
                out.write(row);
            }
            ByteBuffer ifd = ByteBuffer.allocate(2 + TAGS.length * 12 + 4).order(ByteOrder.LITTLE_ENDIAN);
            ifd.putShort((short) TAGS.length);
            entry(ifd, 256, width); // image width
            entry(ifd, 257, height); // image length
            shortEntry(ifd, 258, 8); // bits per sample
            shortEntry(ifd, 259, 1); // no compression
            shortEntry(ifd, 262, 1); // black is zero
            entry(ifd, 273, HEADER); // strip offset
            shortEntry(ifd, 277, 1); // samples per pixel
            entry(ifd, 278, height); // rows per strip: one strip
            entry(ifd, 279, (int) pixels); // strip byte count
            ifd.putInt(0);
            out.write(ifd.array());
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return file;
    }

    private static void entry(ByteBuffer ifd, int tag, int value) {
        ifd.putShort((short) tag).putShort((short) 4).putInt(1).putInt(value);
    }

    /** The tags the TIFF standard types SHORT: the value sits in the first two bytes of the field. */
    private static void shortEntry(ByteBuffer ifd, int tag, int value) {
        ifd.putShort((short) tag)
                .putShort((short) 3)
                .putInt(1)
                .putShort((short) value)
                .putShort((short) 0);
    }

    /** The image of a file {@link #write} made; null when the file is not laid out that way. */
    public static BufferedImage read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length < HEADER || bytes[0] != 'I' || bytes[1] != 'I') {
            return null;
        }
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int ifd = b.getInt(4);
        if (ifd < HEADER || ifd + 2 + TAGS.length * 12 > bytes.length || b.getShort(ifd) != TAGS.length) {
            return null;
        }
        int width = b.getInt(ifd + 2 + 8);
        int height = b.getInt(ifd + 2 + 12 + 8);
        if (width <= 0 || height <= 0 || (long) width * height != ifd - HEADER) {
            return null;
        }
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        byte[] data = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        System.arraycopy(bytes, HEADER, data, 0, width * height);
        return img;
    }

    /** Fills one row of grey bytes. */
    @FunctionalInterface
    public interface RowSource {
        void fill(int y, byte[] row);
    }
}
