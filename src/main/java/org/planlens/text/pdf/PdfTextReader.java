package org.planlens.text.pdf;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessStreamCache;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
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
import org.planlens.text.layout.ColumnFinder;
import org.planlens.text.layout.PageRules;
import org.planlens.text.layout.RulingCollector;
import org.planlens.text.layout.TableFlow;
import org.planlens.text.legacy.LegacyTextConverter;
import org.planlens.text.marks.SignatureMarks;
import org.planlens.text.normalize.VietnameseSyllables;
import org.planlens.text.ocr.OcrPageResult;
import org.planlens.text.ocr.OcrQuality;
import org.planlens.text.ocr.PageOcr;

/**
 * Reads a PDF's text layer page by page with PDFBox ({@link PdfPageReader}), pages joined by form feeds. A page whose
 * layer is in a legacy TCVN3/VNI font is converted; a page with no layer, or a garbage one, is OCRed, the scanned pages
 * in parallel while later pages are still being prepared. The document is opened with a temporary-file cache so a
 * 500-page PDF holds no more of itself in memory than a 5-page one. A page whose words stand in columns is a table
 * page: its rows come out one a line with tab-separated cells ({@link TableFlow}), from the word positions of the same
 * pass; other pages keep PDFBox's text as it is. The marks of an e-signature laid over a page ({@link SignatureMarks})
 * are dropped from its text, the text layer's before it is judged (a signed scan's only layer is often its
 * signature's) and the OCR reading's, each with a warning.
 */
public final class PdfTextReader implements FormatReader {
    public static final List<FileFormat> FORMATS =
            List.of(FileFormat.of("pdf", FileFormat.Kind.BINARY, List.of("pdf"), List.of("application/pdf")));

    /** An embedded scan at least this fine (dots per inch of page) is OCRed as it is, without re-rendering. */
    private static final int MIN_EMBEDDED_DPI = 150;

    /**
     * Decoded PDF streams stay in memory up to 16 MB per document and spill to a temp file beyond, so a 500-page
     * PDF holds no more of itself in memory than a short one, and a short one never waits on disk.
     */
    private static final RandomAccessStreamCache.StreamCacheCreateFunction STREAM_CACHE =
            MemoryUsageSetting.setupMixed(16L * 1024 * 1024).streamCache;

    private final int maxChars;
    private final PageOcr ocr;
    private final LegacyTextConverter legacy;
    private final TextLayerCheck layerCheck;
    private final SignatureMarks marks;

    public PdfTextReader(int maxChars, PageOcr ocr) {
        this(
                maxChars,
                ocr,
                LegacyTextConverter.packaged(),
                new TextLayerCheck(VietnameseSyllables.packaged()),
                SignatureMarks.packaged());
    }

    public PdfTextReader(ReadContext context) {
        this(
                context.options().maxChars(),
                context.ocr(),
                context.legacy(),
                new TextLayerCheck(context.syllables()),
                context.marks());
    }

    public PdfTextReader(
            int maxChars, PageOcr ocr, LegacyTextConverter legacy, TextLayerCheck layerCheck, SignatureMarks marks) {
        this.maxChars = maxChars;
        this.ocr = ocr;
        this.legacy = legacy;
        this.layerCheck = layerCheck;
        this.marks = marks;
    }

    @Override
    public List<FileFormat> formats() {
        return FORMATS;
    }

    @Override
    public RawText read(Path file, String location, String name, SourceFormat format)
            throws UnreadableDocumentException {
        return read(file, location);
    }

    public RawText read(Path file, String location) throws UnreadableDocumentException {
        List<Warning> warnings = new ArrayList<>();
        Map<Integer, Path> images = new TreeMap<>();
        Map<Integer, Future<OcrPageResult>> pending = new TreeMap<>();
        Map<Integer, List<String>> signatureMarks = new TreeMap<>();
        try (PDDocument pdf = Loader.loadPDF(file.toFile(), "", null, null, STREAM_CACHE)) {
            int pages = pdf.getNumberOfPages();
            if (pages == 0) {
                throw new UnreadableDocumentException(location, "PDF has no pages");
            }
            PdfPageReader pageReader = new PdfPageReader();
            TableFlow tables = new TableFlow(ColumnFinder.standard());
            List<Integer> tablePages = new ArrayList<>();
            String[] texts = new String[pages];
            List<PageLayout> layouts = new ArrayList<>();
            TextEncoding encoding = TextEncoding.UNICODE;
            List<Integer> converted = new ArrayList<>();
            int length = 0;
            int read = 0;
            for (int page = 1; page <= pages && length <= maxChars; page++) {
                String pageText = pageReader.read(pdf, page);
                LegacyTextConverter.Converted c = legacy.convert(pageText);
                if (c.converted()) {
                    pageText = c.text();
                    encoding = c.from();
                    converted.add(page);
                }
                pageText = withoutMarks(pageText, page, signatureMarks);
                boolean usable = layerCheck.usable(pageText);
                PDPage pdfPage = pdf.getPage(page - 1);
                if (usable && tables.accept(page, pageReader.words(), () -> rules(pdfPage))) {
                    tablePages.add(page);
                } else if (!usable) {
                    tables.endTable();
                }
                if (!usable && (!layerCheck.nearlyEmpty(pageText) || hasImages(pdf.getPage(page - 1)))) {
                    pageText = "";
                    if (!ocr.available()) {
                        warnings.add(new Warning(
                                WarningCode.OCR_UNAVAILABLE,
                                "page has no usable text layer and tesseract " + "with 'vie' data is not installed",
                                page));
                    } else {
                        Path image = pageImage(pdf, page - 1);
                        images.put(page, image);
                        pending.put(page, ocr.submit(image));
                    }
                }
                texts[page - 1] = pageText;
                PDRectangle box = pdfPage.getCropBox();
                layouts.add(new PageLayout(
                        page,
                        c.converted() ? PageMethod.LEGACY : PageMethod.TEXT,
                        null,
                        box.getWidth(),
                        box.getHeight(),
                        usable ? pageReader.words() : List.of()));
                length += pageText.length();
                read = page;
                if (Thread.currentThread().isInterrupted()) {
                    throw new UnreadableDocumentException(
                            location, "reading stopped at page " + page + ": time limit reached");
                }
            }
            List<Integer> ocrPages = collect(pending, texts, warnings, location, layouts);
            for (int page : ocrPages) {
                texts[page - 1] = withoutMarks(texts[page - 1], page, signatureMarks);
            }
            for (int page : tablePages) {
                String rows = tables.text(page);
                // the rows are rebuilt from the page's words, the marks' words among them
                texts[page - 1] = marks.strip(
                                converted.contains(page) ? legacy.convert(rows).text() : rows)
                        .text();
            }
            signatureMarks.forEach((page, lines) -> warnings.add(SignatureMarks.warning(lines, page)));
            if (!converted.isEmpty()) {
                warnings.add(Warning.of(
                        WarningCode.LEGACY_ENCODING_CONVERTED,
                        "text layer in " + encoding.code() + " converted to Unicode on pages " + converted));
            }
            if (!ocrPages.isEmpty()) {
                warnings.add(Warning.of(WarningCode.OCR_PAGES, "pages read by OCR: " + ocrPages));
            }
            String text = String.join("\f", Arrays.asList(texts).subList(0, read));
            if (text.length() > maxChars || read < pages) {
                text = text.substring(0, Math.min(text.length(), maxChars));
                warnings.add(new Warning(WarningCode.TEXT_TRUNCATED, "text cut at " + maxChars + " characters", read));
            }
            return new RawText(text, pages, !ocrPages.isEmpty(), encoding, warnings, layouts);
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException(location, "password-protected PDF", e);
        } catch (IOException e) {
            throw new UnreadableDocumentException(location, "corrupt or truncated PDF: " + e.getMessage(), e);
        } finally {
            // pages still queued or being read when reading stops early (time limit): dropped, tesseract killed
            pending.values().forEach(f -> f.cancel(true));
            for (Path p : images.values()) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a stray temp file is harmless
                }
            }
        }
    }

    /** {@code text} without its signature marks, those dropped noted under the page. */
    private String withoutMarks(String text, int page, Map<Integer, List<String>> dropped) {
        SignatureMarks.Stripped s = marks.strip(text);
        if (s.dropped().isEmpty()) {
            return text;
        }
        dropped.computeIfAbsent(page, p -> new ArrayList<>()).addAll(s.dropped());
        return s.text();
    }

    /** The page's rules; none when its drawing cannot be read (rows then follow the numbers, columns the gaps). */
    private static PageRules rules(PDPage page) {
        try {
            return RulingCollector.of(page);
        } catch (IOException | RuntimeException e) {
            return PageRules.NONE;
        }
    }

    private static List<Integer> collect(
            Map<Integer, Future<OcrPageResult>> pending,
            String[] texts,
            List<Warning> warnings,
            String location,
            List<PageLayout> layouts)
            throws UnreadableDocumentException {
        List<Integer> ocrPages = new ArrayList<>();
        List<Integer> lowConfidence = new ArrayList<>();
        for (Map.Entry<Integer, Future<OcrPageResult>> e : pending.entrySet()) {
            int page = e.getKey();
            try {
                OcrPageResult r = e.getValue().get();
                texts[page - 1] = r.text();
                ocrPages.add(page);
                layouts.set(page - 1, r.layout(page));
                if (r.confidence() < OcrQuality.LOW_CONFIDENCE) {
                    lowConfidence.add(page);
                }
            } catch (ExecutionException ex) {
                warnings.add(new Warning(
                        WarningCode.OCR_FAILED, "OCR failed: " + ex.getCause().getMessage(), page));
            } catch (InterruptedException ex) {
                pending.values().forEach(f -> f.cancel(true));
                Thread.currentThread().interrupt();
                throw new UnreadableDocumentException(location, "OCR interrupted at page " + page);
            }
        }
        OcrQuality.warnLowConfidence(lowConfidence, warnings);
        return ocrPages;
    }

    private static BufferedImage rawOrConverted(PDImageXObject image) throws IOException {
        if (image.getBitsPerComponent() == 8
                && image.getColorSpace().getNumberOfComponents() == 1
                && !image.isStencil()
                && image.getDecode() == null) {
            BufferedImage samples = greySamples(image);
            if (samples != null) {
                return samples;
            }
            WritableRaster raster = image.getRawRaster();
            BufferedImage grey = new BufferedImage(raster.getWidth(), raster.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            grey.setData(raster);
            return grey;
        }
        return image.getImage();
    }

    /**
     * An 8-bit grey image stored losslessly (Flate, LZW or no filter) as its decoded bytes, one byte a pixel, row
     * after row; null for any other storage or a short stream. PDFBox's {@code getRawRaster} reads such an image
     * bit by bit, slowly, on the thread that feeds OCR.
     */
    static BufferedImage greySamples(PDImageXObject image) throws IOException {
        if (!"png".equals(image.getSuffix())) {
            return null;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        if (w <= 0 || h <= 0 || (long) w * h > Integer.MAX_VALUE - 8) {
            return null;
        }
        byte[] pixels = new byte[w * h];
        try (InputStream in = image.createInputStream()) {
            if (in.readNBytes(pixels, 0, pixels.length) < pixels.length) {
                return null;
            }
        }
        BufferedImage grey = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        grey.getRaster().setDataElements(0, 0, w, h, pixels);
        return grey;
    }

    /** A page without images has nothing OCR could add: a short text page stays as it is. */
    private static boolean hasImages(PDPage page) throws IOException {
        PDResources resources = page.getResources();
        if (resources == null) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.isImageXObject(name) || resources.getXObject(name) instanceof PDFormXObject) {
                return true;
            }
        }
        return false;
    }

    /** The page's scan as it is embedded when it is one fine enough image, else the page rendered. */
    private Path pageImage(PDDocument pdf, int index) throws IOException {
        PDPage page = pdf.getPage(index);
        PDResources resources = page.getResources();
        if (resources != null) {
            PDImageXObject only = null;
            int count = 0;
            for (COSName name : resources.getXObjectNames()) {
                PDXObject x = resources.getXObject(name);
                if (x instanceof PDImageXObject img) {
                    only = img;
                }
                count++;
            }
            float inches = page.getMediaBox().getWidth() / 72f;
            if (count == 1 && only != null && only.getWidth() >= inches * MIN_EMBEDDED_DPI) {
                // the raw raster keeps grey values as scanned; getImage() runs them through a colour conversion
                // that shifts the tones and costs OCR accuracy
                BufferedImage image = rawOrConverted(only);
                if (image != null) {
                    return ocr.pageImage(image);
                }
            }
        }
        return ocr.renderPage(pdf, index);
    }
}
