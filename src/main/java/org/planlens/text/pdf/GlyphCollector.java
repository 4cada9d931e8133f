package org.planlens.text.pdf;

import static org.planlens.text.pdf.StripperGlyphRules.ACCENT;
import static org.planlens.text.pdf.StripperGlyphRules.PDFBOX;
import static org.planlens.text.pdf.StripperGlyphRules.contains;
import static org.planlens.text.pdf.StripperGlyphRules.fontHeight;
import static org.planlens.text.pdf.StripperGlyphRules.kind;
import static org.planlens.text.pdf.StripperGlyphRules.load;
import static org.planlens.text.pdf.StripperGlyphRules.multiply;
import static org.planlens.text.pdf.StripperGlyphRules.scalingFactor;
import static org.planlens.text.pdf.StripperGlyphRules.spaceWidth;
import static org.planlens.text.pdf.StripperGlyphRules.upright;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequence;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequenceWithProperties;
import org.apache.pdfbox.contentstream.operator.markedcontent.EndMarkedContentSequence;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.PDTextState;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * PDFBox's content-stream pass with its text stripper's glyph handling (LegacyPDFStreamEngine's metrics, the
 * drawn-twice check through {@link OverlapFilter}), the glyphs kept in {@link PageGlyphs} instead of a TextPosition
 * each. It covers the pages text plans are made of; a page it does not cover gets a reason, and the caller reads
 * that page with PDFBox's own stripper: a rotated page, article beads, glyphs not upright and left to right, a
 * vertical or Type 3 font, or right-to-left or presentation-form text. An accent drawn as a glyph of its own is
 * merged into its letter, and an ActualText replaces its glyphs, as PDFBox does. One per document and thread.
 */
final class GlyphCollector extends PDFStreamEngine {
    /** PDFBox's Unicode fallback for glyph names, as its stripper loads it. */
    private static final GlyphList GLYPH_LIST = loadGlyphList();

    private final OverlapFilter overlaps = new OverlapFilter();
    /** Per page: a page's fonts are let go with its resources. */
    private final Map<PDFont, float[]> fontMetrics = new IdentityHashMap<>();
    /** Matrices of {@link #showText}, as PDFBox's Matrix keeps them (row after row), reused glyph after glyph. */
    private final float[] parameters = new float[9];

    private final float[] text = new float[9];
    private final float[] current = new float[9];
    private final float[] scaled = new float[9];
    private final float[] rendering = new float[9];
    /** Per document, by font dictionary: the glyph widths and Unicode looked up so far. */
    private final Map<COSDictionary, FontGlyphs> fontGlyphs = new HashMap<>();

    private PageGlyphs glyphs;
    private String fallback;
    private float cropLeft;
    private float cropBottom;
    private boolean cropMoved;
    private float pageHeight;
    /** Each accent's form once merged, as PDFBox gives it (see {@link #combining}). */
    private final Map<String, String> combiningForms = new HashMap<>();
    /**
     * For each open marked-content sequence, whether it carries an ActualText; like PDFBox's stripper, kept from
     * page to page (a sequence left open runs on).
     */
    private final Deque<Boolean> marked = new ArrayDeque<>();

    private String actualText;
    private boolean firstActualText;
    /** Whether the last glyph kept is a lone combining mark (the next glyph may take it in). */
    private boolean lastIsAccent;

    private PDFont lastFont;
    /** The last font's glyph height and space width, in text space. */
    private float[] lastMetrics;

    private FontGlyphs lastFontGlyphs;

    GlyphCollector() {
        TextOperators.addTo(this);
        addOperator(new BeginMarkedContentSequenceWithProperties(this));
        addOperator(new BeginMarkedContentSequence(this));
        addOperator(new EndMarkedContentSequence(this));
    }

    /**
     * Collects the page's glyphs into {@code into} (cleared first). Returns null when they are what PDFBox's
     * stripper would keep, else why the page needs the stripper ({@code into} is then incomplete).
     */
    String collect(PDPage page, PageGlyphs into) throws IOException {
        into.clear();
        overlaps.clear();
        if (page.getRotation() != 0) {
            return "rotated page";
        }
        if (!page.getThreadBeads().isEmpty()) {
            return "article beads";
        }
        PDRectangle crop = page.getCropBox();
        glyphs = into;
        fallback = null;
        cropLeft = crop.getLowerLeftX();
        cropBottom = crop.getLowerLeftY();
        pageHeight = crop.getHeight();
        cropMoved = Float.compare(cropLeft, 0) != 0 || Float.compare(cropBottom, 0) != 0;
        fontMetrics.clear();
        lastFont = null;
        lastIsAccent = false;
        try {
            processPage(page);
        } finally {
            page.removePageResourceFromCache();
            glyphs = null;
        }
        return fallback;
    }

    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
        // PDFTextStripper's bookkeeping, quirks kept: any sequence opened sets the replacement (none for most)
        String replacement = PDMarkedContent.create(tag, properties).getActualText();
        marked.push(replacement != null);
        actualText = replacement == null ? null : replacement.replace("\u00ad", "");
        if (replacement != null) {
            firstActualText = true;
        }
        super.beginMarkedContentSequence(tag, properties);
    }

    @Override
    public void endMarkedContentSequence() {
        if (!marked.isEmpty() && marked.pop()) {
            actualText = null;
        }
        super.endMarkedContentSequence();
    }

    /**
     * PDFStreamEngine.showText for the fonts text plans are set in, a simple font (one byte a code) or a composite
     * font on Identity-H (two bytes): the codes read straight from the string and each width looked up once per
     * font, where PDFBox reads each code through a stream (its CMap through a java.util.stream match) and boxes
     * each width. The same text rendering matrix, product by product, and the same text-matrix moves. Other fonts
     * go through PDFBox's own showText.
     */
    @Override
    protected void showText(byte[] string) throws IOException {
        if (fallback != null) {
            return; // the page is read again by PDFBox's stripper
        }
        PDGraphicsState state = getGraphicsState();
        PDTextState textState = state.getTextState();
        PDFont font = textState.getFont();
        int codeBytes = codeBytes(font);
        if (codeBytes == 0) {
            super.showText(string);
            return;
        }
        float fontSize = textState.getFontSize();
        float horizontalScaling = textState.getHorizontalScaling() / 100f;
        float charSpacing = textState.getCharacterSpacing();
        // the text state as a matrix: [fontSize * scaling, 0, 0; 0, fontSize, 0; 0, rise, 1]
        Arrays.fill(parameters, 0f);
        parameters[0] = fontSize * horizontalScaling;
        parameters[4] = fontSize;
        parameters[7] = textState.getRise();
        parameters[8] = 1f;
        Matrix textMatrix = state.getTextMatrix();
        FontGlyphs widths = fontGlyphs.computeIfAbsent(font.getCOSObject(), f -> new FontGlyphs());
        int i = 0;
        while (i < string.length) {
            int code;
            int codeLength;
            if (codeBytes == 1) {
                code = string[i] & 0xFF;
                codeLength = 1;
            } else {
                // CMap.readCode on Identity-H: a last odd byte is read as the high byte of a code
                code = (string[i] & 0xFF) << 8 | (i + 1 < string.length ? string[i + 1] & 0xFF : 0);
                codeLength = Math.min(2, string.length - i);
            }
            i += codeLength;
            float wordSpacing = 0;
            if (codeLength == 1 && code == 32) {
                wordSpacing += textState.getWordSpacing();
            }
            Matrix ctm = state.getCurrentTransformationMatrix();
            // parameters x text matrix x CTM, as Matrix.multiply does it (and refuses a value that is not finite)
            load(textMatrix, text);
            load(ctm, current);
            if (!multiply(parameters, text, scaled) || !multiply(scaled, current, rendering)) {
                fallback = "text matrix out of range"; // PDFBox's Matrix refuses it: its stripper says so
                return;
            }
            float displacementX = widths.width(font, code) / 1000;
            glyph(
                    rendering[0],
                    rendering[1],
                    rendering[3],
                    rendering[4],
                    rendering[6],
                    rendering[7],
                    rendering[8],
                    font,
                    code,
                    displacementX,
                    0f);
            if (fallback != null) {
                return;
            }
            textMatrix.translate((displacementX * fontSize + charSpacing + wordSpacing) * horizontalScaling, 0f);
        }
    }

    /** Bytes a code for the fonts {@link #showText} reads itself: 1 (simple), 2 (Identity-H), else 0. */
    private static int codeBytes(PDFont font) {
        if (font instanceof PDSimpleFont && !(font instanceof PDType3Font)) {
            return 1;
        }
        if (font instanceof PDType0Font
                && !font.isVertical()
                && font.getCOSObject().getDictionaryObject(COSName.ENCODING) == COSName.IDENTITY_H) {
            return 2;
        }
        return 0;
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
            throws IOException {
        if (fallback != null) {
            return;
        }
        glyph(
                textRenderingMatrix.getValue(0, 0),
                textRenderingMatrix.getValue(0, 1),
                textRenderingMatrix.getValue(1, 0),
                textRenderingMatrix.getValue(1, 1),
                textRenderingMatrix.getValue(2, 0),
                textRenderingMatrix.getValue(2, 1),
                textRenderingMatrix.getValue(2, 2),
                font,
                code,
                displacement.getX(),
                displacement.getY());
    }

    /**
     * LegacyPDFStreamEngine.showGlyph and PDFTextStripper.processTextPosition for one glyph, given the text rendering
     * matrix's entries r0, r1 (first row), r3, r4 (second) and r6, r7, r8 (third).
     */
    private void glyph(
            float r0,
            float r1,
            float r3,
            float r4,
            float r6,
            float r7,
            float r8,
            PDFont font,
            int code,
            float displacementX,
            float displacementY)
            throws IOException {
        if (font.isVertical() || font instanceof PDType3Font) {
            fallback = "vertical or Type 3 font";
            return;
        }
        PDGraphicsState state = getGraphicsState();
        Matrix ctm = state.getCurrentTransformationMatrix();
        float fontSize = state.getTextState().getFontSize();
        float horizontalScaling = state.getTextState().getHorizontalScaling() / 100f;
        Matrix textMatrix = getTextMatrix();
        // LegacyPDFStreamEngine's end of the glyph: (translate(tx, ty) x text matrix x CTM).translate, its
        // products in its order (float rounding decides word gaps at the margin)
        float tx = displacementX * fontSize * horizontalScaling;
        float ty = displacementY * fontSize;
        float rowX = tx * textMatrix.getValue(0, 0) + ty * textMatrix.getValue(1, 0) + 1f * textMatrix.getValue(2, 0);
        float rowY = tx * textMatrix.getValue(0, 1) + ty * textMatrix.getValue(1, 1) + 1f * textMatrix.getValue(2, 1);
        float rowW = tx * textMatrix.getValue(0, 2) + ty * textMatrix.getValue(1, 2) + 1f * textMatrix.getValue(2, 2);
        float nextX = rowX * ctm.getValue(0, 0) + rowY * ctm.getValue(1, 0) + rowW * ctm.getValue(2, 0);
        if (!Float.isFinite(nextX)) {
            fallback = "glyph position out of range";
            return;
        }
        if (font != lastFont) {
            lastMetrics = fontMetrics.get(font);
            if (lastMetrics == null) {
                lastMetrics = new float[] {fontHeight(font), spaceWidth(font)};
                fontMetrics.put(font, lastMetrics);
            }
            lastFontGlyphs = fontGlyphs.computeIfAbsent(font.getCOSObject(), f -> new FontGlyphs());
            lastFont = font;
        }
        float dyDisplay = lastMetrics[0] * scalingFactor(r3, r4);
        float spaceWidthDisplay = lastMetrics[1] * scalingFactor(r1, r0);
        String unicode = lastFontGlyphs.unicode(font, code, GLYPH_LIST);
        if (unicode == null) {
            if (!(font instanceof PDSimpleFont)) {
                return; // as Acrobat and PDFBox: a composite font's unmapped code is skipped
            }
            unicode = String.valueOf((char) code);
        }
        float x = r6;
        float baseY = r7;
        float endX = nextX;
        if (cropMoved) {
            // LegacyPDFStreamEngine moves the text rendering matrix to the crop box: Matrix.concatenate(translate,
            // trm), its products in its order
            x = r6 * 1f + r7 * 0f + r8 * -cropLeft;
            baseY = r6 * 0f + r7 * 1f + r8 * -cropBottom;
            endX = nextX - cropLeft;
        }
        if (actualText != null) {
            // the sequence's first glyph shows its ActualText, the others nothing
            unicode = firstActualText ? actualText : "";
            firstActualText = false;
        }
        int kind = kind(unicode);
        if (kind == PDFBOX || !upright(r0, r1, r3, r4)) {
            fallback = "glyph not upright, or a character PDFBox rewrites";
            return;
        }
        float width = Math.abs(endX - x);
        float y = pageHeight - baseY;
        if (actualText == null && overlaps.overlapsEarlier(unicode, x, y, width)) {
            return;
        }
        float advance = nextX - r6;
        float height = Math.abs(dyDisplay);
        int last = glyphs.size() - 1;
        // PDFTextStripper's accent merging: an accent drawn as a glyph of its own joins the glyph just before or
        // just after it, when their boxes meet
        if (last >= 0
                && kind == ACCENT
                && contains(
                        glyphs.x(last), glyphs.width(last), glyphs.y(last), glyphs.height(last), x, width, y, height)) {
            glyphs.mergeAccent(last, combining(unicode), x, advance);
            lastIsAccent = false;
            return;
        }
        String accent = null;
        float accentX = 0;
        float accentAdvance = 0;
        if (lastIsAccent
                && contains(
                        x, width, y, height, glyphs.x(last), glyphs.width(last), glyphs.y(last), glyphs.height(last))) {
            accent = combining(glyphs.unicode(last));
            accentX = glyphs.x(last);
            accentAdvance = glyphs.advance(last);
            glyphs.removeLast(); // the accent drawn first, over this glyph, goes into it
        }
        glyphs.add(
                unicode,
                x,
                y,
                width,
                advance,
                height,
                Math.abs(spaceWidthDisplay),
                fontSize,
                (int) (fontSize * textMatrix.getScalingFactorX()),
                font);
        lastIsAccent = kind == ACCENT;
        if (accent != null) {
            glyphs.mergeAccent(glyphs.size() - 1, accent, accentX, accentAdvance);
            lastIsAccent = false;
        }
    }

    /**
     * The form PDFBox gives an accent when it merges it into a letter (TextPosition.combineDiacritic: a combining
     * mark for a spacing accent, from a table of its own, else NFKC), read from PDFBox itself by merging the accent
     * into a lone letter.
     */
    private String combining(String accent) {
        return combiningForms.computeIfAbsent(accent, a -> {
            TextPosition letter =
                    new TextPosition(0, 100, 100, new Matrix(), 10, 0, 10, 10, 5, "a", new int[] {97}, null, 10, 10);
            letter.mergeDiacritic(
                    new TextPosition(0, 100, 100, new Matrix(), 10, 0, 10, 10, 5, a, new int[] {0}, null, 10, 10));
            return letter.getUnicode().substring(1);
        });
    }

    private static GlyphList loadGlyphList() {
        try (InputStream in =
                GlyphList.class.getResourceAsStream("/org/apache/pdfbox/resources/glyphlist/additional.txt")) {
            return new GlyphList(GlyphList.getAdobeGlyphList(), in);
        } catch (IOException e) {
            throw new UncheckedIOException("PDFBox's additional glyph list cannot be read", e);
        }
    }
}
