package org.planlens.text.office;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.planlens.text.office.LegacyFonts.LegacyFont;

/**
 * Rewrites the runs of a DOCX that are set in TCVN3/VNI fonts to Unicode (in Times New Roman), so Tika reads the
 * whole document right even where Unicode and legacy runs mix. Neighbouring runs in one legacy font are decoded
 * together: a word split over two runs, and the capitals TCVN3 restores from neighbouring words, stay whole.
 */
public final class DocxLegacyRuns {
    private static final String UNICODE_FONT = "Times New Roman";
    private static final int MAX_STYLE_DEPTH = 16;

    private final LegacyFonts fonts;

    public DocxLegacyRuns(LegacyFonts fonts) {
        this.fonts = fonts;
    }

    /** A converted copy when a run is set in a legacy font; empty (nothing written) otherwise. */
    public Optional<RunConversion> rewrite(Path docx) throws IOException {
        try (InputStream in = Files.newInputStream(docx);
                XWPFDocument doc = new XWPFDocument(in)) {
            ConvertedChars tally = new ConvertedChars();
            String docDefault = defaultFont(doc);
            convertBody(doc, docDefault, doc, tally);
            for (XWPFHeaderFooter hf : headersAndFooters(doc)) {
                convertBody(doc, docDefault, hf, tally);
            }
            return tally.result(".docx", doc::write);
        }
    }

    private static List<XWPFHeaderFooter> headersAndFooters(XWPFDocument doc) {
        List<XWPFHeaderFooter> all = new ArrayList<>(doc.getHeaderList());
        all.addAll(doc.getFooterList());
        return all;
    }

    private void convertBody(XWPFDocument doc, String docDefault, IBody body, ConvertedChars tally) {
        for (IBodyElement e : body.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                convertParagraph(doc, docDefault, p, tally);
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        convertBody(doc, docDefault, cell, tally);
                    }
                }
            }
        }
    }

    private void convertParagraph(XWPFDocument doc, String docDefault, XWPFParagraph p, ConvertedChars tally) {
        String paragraphFont = firstNonNull(styleChainFont(doc, p.getStyleID()), docDefault);
        List<XWPFRun> runs = p.getRuns();
        int i = 0;
        while (i < runs.size()) {
            Optional<LegacyFont> font = fonts.of(fontOf(doc, runs.get(i), paragraphFont));
            if (font.isEmpty()) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < runs.size() && font.equals(fonts.of(fontOf(doc, runs.get(end), paragraphFont)))) {
                end++;
            }
            StringBuilder legacy = new StringBuilder();
            for (int r = i; r < end; r++) {
                legacy.append(textOf(runs.get(r)));
            }
            if (!legacy.isEmpty()) {
                setText(runs.get(i), fonts.decode(legacy.toString(), font.get()));
                for (int r = i + 1; r < end; r++) {
                    setText(runs.get(r), "");
                }
                tally.add(font.get().encoding(), legacy.length(), end - i);
            }
            for (int r = i; r < end; r++) {
                runs.get(r).setFontFamily(UNICODE_FONT);
            }
            i = end;
        }
    }

    private static String textOf(XWPFRun run) {
        String t = run.text();
        return t == null ? "" : t;
    }

    /** Replaces every text piece of a run with one, keeping tabs and breaks out (they carry no letters). */
    private static void setText(XWPFRun run, String text) {
        int pieces = run.getCTR().sizeOfTArray();
        if (pieces == 0) {
            run.setText(text);
            return;
        }
        run.setText(text, 0);
        for (int k = pieces - 1; k >= 1; k--) {
            run.getCTR().removeT(k);
        }
    }

    private static String fontOf(XWPFDocument doc, XWPFRun run, String paragraphFont) {
        String own = run.getFontFamily();
        if (own != null) {
            return own;
        }
        String style = run.getStyle();
        return style == null || style.isEmpty()
                ? paragraphFont
                : firstNonNull(styleChainFont(doc, style), paragraphFont);
    }

    /** The font a style gives, following its based-on chain; null when none of them sets one. */
    private static String styleChainFont(XWPFDocument doc, String styleId) {
        XWPFStyles styles = doc.getStyles();
        String id = styleId;
        for (int depth = 0; styles != null && id != null && depth < MAX_STYLE_DEPTH; depth++) {
            XWPFStyle style = styles.getStyle(id);
            if (style == null) {
                return null;
            }
            String font = asciiFont(style.getCTStyle());
            if (font != null) {
                return font;
            }
            id = style.getBasisStyleID();
        }
        return null;
    }

    private static String asciiFont(CTStyle style) {
        if (style == null || !style.isSetRPr()) {
            return null;
        }
        return asciiFont(style.getRPr());
    }

    private static String asciiFont(CTRPr rpr) {
        if (rpr == null || rpr.sizeOfRFontsArray() == 0) {
            return null;
        }
        CTFonts f = rpr.getRFontsArray(0);
        return f.isSetAscii() ? f.getAscii() : null;
    }

    private static String defaultFont(XWPFDocument doc) {
        try {
            CTStyles all = doc.getStyle();
            if (all == null || !all.isSetDocDefaults() || !all.getDocDefaults().isSetRPrDefault()) {
                return null;
            }
            return asciiFont(all.getDocDefaults().getRPrDefault().getRPr());
        } catch (IOException | XmlException | RuntimeException e) {
            return null; // a document without a readable styles part has no default font to inherit
        }
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
