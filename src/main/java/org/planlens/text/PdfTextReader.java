package org.planlens.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.planlens.model.TextEncoding;
import org.planlens.model.UnreadableDocumentException;
import org.planlens.model.Warning;

/**
 * Reads a PDF's text layer page by page with PDFBox, pages joined by form feeds. The document is opened with a
 * temporary-file cache so a 500-page PDF holds no more of itself in memory than a 5-page one.
 */
public final class PdfTextReader {
    /** A page with fewer visible characters than this has no usable text layer and is OCRed. */
    private static final int MIN_PAGE_CHARS = 20;

    private final int maxChars;
    private final PageOcr ocr;

    public PdfTextReader(int maxChars, PageOcr ocr) {
        this.maxChars = maxChars;
        this.ocr = ocr;
    }

    public RawText read(Path file, String location) throws UnreadableDocumentException {
        List<Warning> warnings = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(file.toFile(), "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
            int pages = pdf.getNumberOfPages();
            if (pages == 0) {
                throw new UnreadableDocumentException(location, "PDF has no pages");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            StringBuilder text = new StringBuilder();
            List<Integer> ocrPages = new ArrayList<>();
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                if (page > 1) {
                    text.append('\f');
                }
                String pageText = stripper.getText(pdf);
                if (visibleChars(pageText) < MIN_PAGE_CHARS && hasImages(pdf.getPage(page - 1))) {
                    pageText = ocrPage(pdf, page, location, warnings, ocrPages);
                }
                text.append(pageText);
                if (text.length() > maxChars) {
                    text.setLength(maxChars);
                    warnings.add(new Warning("text_truncated", "text cut at " + maxChars + " characters", page));
                    break;
                }
                if (Thread.currentThread().isInterrupted()) {
                    throw new UnreadableDocumentException(location, "reading stopped at page " + page
                            + ": time limit reached");
                }
            }
            if (!ocrPages.isEmpty()) {
                warnings.add(Warning.of("ocr_pages", "pages read by OCR: " + ocrPages));
            }
            return new RawText(text.toString(), pages, !ocrPages.isEmpty(), TextEncoding.UNICODE, warnings);
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException(location, "password-protected PDF", e);
        } catch (IOException e) {
            throw new UnreadableDocumentException(location, "corrupt or truncated PDF: " + e.getMessage(), e);
        }
    }

    private String ocrPage(PDDocument pdf, int page, String location, List<Warning> warnings, List<Integer> ocrPages)
            throws UnreadableDocumentException {
        if (!ocr.available()) {
            warnings.add(new Warning("ocr_unavailable", "page has no text layer and tesseract with 'vie' data is "
                    + "not installed", page));
            return "";
        }
        try {
            String text = ocr.recognisePdfPage(pdf, page - 1);
            ocrPages.add(page);
            return text;
        } catch (IOException e) {
            warnings.add(new Warning("ocr_failed", "OCR failed: " + e.getMessage(), page));
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnreadableDocumentException(location, "OCR interrupted at page " + page);
        }
    }

    /** A page without images has nothing OCR could add: a short text page stays as it is. */
    private static boolean hasImages(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
        org.apache.pdfbox.pdmodel.PDResources resources = page.getResources();
        if (resources == null) {
            return false;
        }
        for (org.apache.pdfbox.cos.COSName name : resources.getXObjectNames()) {
            if (resources.isImageXObject(name) || resources.getXObject(name)
                    instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject) {
                return true;
            }
        }
        return false;
    }

    private static int visibleChars(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) n++;
        }
        return n;
    }
}
