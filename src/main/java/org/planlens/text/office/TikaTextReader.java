package org.planlens.text.office;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.planlens.model.TextEncoding;
import org.planlens.model.UnreadableDocumentException;
import org.planlens.model.Warning;
import org.planlens.model.WarningCode;
import org.planlens.text.RawText;
import org.xml.sax.SAXException;

/**
 * Reads office and web formats (DOCX, DOC, ODT, RTF, HTML, TXT) through Tika's auto-detecting parser, built once
 * on first use (loading Tika's parsers is slow; a run of PDFs and scans never needs them).
 * Tika's own OCR is switched off: it would read Vietnamese scans in English; planlens OCRs on its own path.
 * Table rows come out one a line with tab-separated cells ({@link TableCellHandler}).
 */
public final class TikaTextReader {
    private final int maxChars;
    private volatile Parser parser;

    public TikaTextReader(int maxChars) {
        this.maxChars = maxChars;
    }

    public RawText read(Path file, String location, String name) throws UnreadableDocumentException {
        BodyContentHandler handler = new BodyContentHandler(maxChars);
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        List<Warning> warnings = new ArrayList<>();
        try (InputStream in = TikaInputStream.get(file)) {
            parser().parse(in, new TableCellHandler(handler), metadata, noOcrContext());
        } catch (EncryptedDocumentException e) {
            throw new UnreadableDocumentException(location, "password-protected document", e);
        } catch (SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                warnings.add(Warning.of(WarningCode.TEXT_TRUNCATED, "text cut at " + maxChars + " characters"));
            } else {
                throw new UnreadableDocumentException(location, "malformed document: " + e.getMessage(), e);
            }
        } catch (TikaException e) {
            String why = rootMessage(e);
            if (why != null && why.contains("DOCTYPE is disallowed")) {
                why = "an XML part of it declares a DOCTYPE, refused (entities are never resolved)";
            }
            throw new UnreadableDocumentException(location, "cannot parse: " + why, e);
        } catch (IOException e) {
            throw new UnreadableDocumentException(location, "cannot read: " + e.getMessage(), e);
        }
        return new RawText(handler.toString(), pageCount(metadata), false, TextEncoding.UNICODE, warnings);
    }

    private Parser parser() {
        Parser p = parser;
        if (p == null) {
            synchronized (this) {
                p = parser;
                if (p == null) {
                    p = new AutoDetectParser();
                    parser = p;
                }
            }
        }
        return p;
    }

    private static ParseContext noOcrContext() {
        ParseContext context = new ParseContext();
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, ocr);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        context.set(PDFParserConfig.class, pdf);
        context.set(HtmlMapper.class, new TableSpanHtmlMapper());
        return context;
    }

    private static Integer pageCount(Metadata metadata) {
        String pages = metadata.get("xmpTPg:NPages");
        if (pages == null) {
            pages = metadata.get("meta:page-count");
        }
        try {
            return pages == null ? null : Integer.valueOf(pages.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m;
    }
}
