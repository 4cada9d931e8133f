package org.planlens.text.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Several pages read in one tesseract process read exactly as each page read alone, and a bad page fails alone. */
class PageBatchOcrTest {
    private final List<Path> files = new ArrayList<>();

    @AfterEach
    void deletePages() throws Exception {
        for (Path p : files) {
            Files.deleteIfExists(p);
        }
    }

    @Test
    void pagesReadTogether_equalPagesReadAlone() throws Exception {
        TesseractCli tesseract = new TesseractCli(OcrOptions.DEFAULT);
        assumeTrue(tesseract.available(), "tesseract with vie data is installed");
        List<Path> pages = List.of(
                page("Ke hoach cai cach hanh chinh", "nam 2025 cua UBND xa"),
                page("Muc tieu: 95% ho so", "duoc giai quyet dung han"),
                page("Phong Noi vu chu tri", "Van phong phoi hop"));

        List<TesseractCli.Reading> together = tesseract.readPages(pages, TesseractCli.Segmentation.PAGE);

        assertEquals(pages.size(), together.size());
        for (int i = 0; i < pages.size(); i++) {
            TesseractCli.Reading alone = tesseract.readLines(pages.get(i), TesseractCli.Segmentation.PAGE);
            assertEquals(alone.result().text(), together.get(i).result().text(), "page " + (i + 1));
            assertEquals(alone.result().confidence(), together.get(i).result().confidence(), 1e-9, "page " + (i + 1));
            assertEquals(alone.lines(), together.get(i).lines(), "page " + (i + 1));
            assertEquals(alone.words(), together.get(i).words(), "page " + (i + 1));
        }
        assertTrue(
                together.get(1).result().text().contains("95%"),
                together.get(1).result().text());
    }

    @Test
    void aRunWithAPageTesseractCannotRead_throws() throws Exception {
        TesseractCli tesseract = new TesseractCli(OcrOptions.DEFAULT);
        assumeTrue(tesseract.available(), "tesseract with vie data is installed");
        Path broken = notAnImage();

        assertThrows(
                IOException.class,
                () -> tesseract.readPages(List.of(page("Trang 101"), broken), TesseractCli.Segmentation.PAGE));
    }

    @Test
    void aPageTesseractCannotRead_failsAlone_theOthersAreRead() throws Exception {
        PageOcr ocr = new PageOcr(OcrOptions.DEFAULT);
        assumeTrue(ocr.available(), "tesseract with vie data is installed");
        Path broken = notAnImage();
        List<Path> pages = List.of(
                page("Trang 101 cua ke hoach"), broken, page("Trang 303 cua ke hoach"), page("Trang 404 cua ke hoach"));

        List<Future<OcrPageResult>> results = new ArrayList<>();
        for (Path p : pages) {
            results.add(ocr.submit(p));
        }

        assertTrue(
                results.get(0).get().text().contains("101"),
                results.get(0).get().text());
        assertThrows(ExecutionException.class, () -> results.get(1).get());
        assertTrue(
                results.get(2).get().text().contains("303"),
                results.get(2).get().text());
        assertTrue(
                results.get(3).get().text().contains("404"),
                results.get(3).get().text());
    }

    /** A page file tesseract cannot read. */
    private Path notAnImage() throws Exception {
        Path broken = Files.createTempFile("planlens-broken-", ".tif");
        files.add(broken);
        Files.writeString(broken, "not an image");
        return broken;
    }

    private Path page(String... lines) throws Exception {
        BufferedImage page = new BufferedImage(1200, 700, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = TestPages.blank(page, 40);
        int y = 150;
        for (String line : lines) {
            g.drawString(line, 120, y);
            y += 100;
        }
        g.dispose();
        Path image = PageOcr.writePageImage(page, Path.of(System.getProperty("java.io.tmpdir")));
        files.add(image);
        return image;
    }
}
