package org.planlens.text;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.fontbox.util.BoundingBox;
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
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
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

    /** What {@link #kind} says of a glyph's text. */
    private static final int PLAIN = 0;
    private static final int ACCENT = 1;
    private static final int PDFBOX = 2;

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
            glyph(rendering[0], rendering[1], rendering[3], rendering[4], rendering[6], rendering[7], rendering[8], font,
                    code, displacementX, 0f);
            if (fallback != null) {
                return;
            }
            textMatrix.translate((displacementX * fontSize + charSpacing + wordSpacing) * horizontalScaling, 0f);
        }
    }

    private static void load(Matrix m, float[] into) {
        into[0] = m.getValue(0, 0);
        into[1] = m.getValue(0, 1);
        into[2] = m.getValue(0, 2);
        into[3] = m.getValue(1, 0);
        into[4] = m.getValue(1, 1);
        into[5] = m.getValue(1, 2);
        into[6] = m.getValue(2, 0);
        into[7] = m.getValue(2, 1);
        into[8] = m.getValue(2, 2);
    }

    /**
     * {@code a x b} into {@code c}, as Matrix.multiply computes it (written out: C1 does not unroll loops); false
     * when an entry is not finite (Matrix throws then). x - x is 0 for a finite x and NaN otherwise.
     */
    private static boolean multiply(float[] a, float[] b, float[] c) {
        c[0] = a[0] * b[0] + a[1] * b[3] + a[2] * b[6];
        c[1] = a[0] * b[1] + a[1] * b[4] + a[2] * b[7];
        c[2] = a[0] * b[2] + a[1] * b[5] + a[2] * b[8];
        c[3] = a[3] * b[0] + a[4] * b[3] + a[5] * b[6];
        c[4] = a[3] * b[1] + a[4] * b[4] + a[5] * b[7];
        c[5] = a[3] * b[2] + a[4] * b[5] + a[5] * b[8];
        c[6] = a[6] * b[0] + a[7] * b[3] + a[8] * b[6];
        c[7] = a[6] * b[1] + a[7] * b[4] + a[8] * b[7];
        c[8] = a[6] * b[2] + a[7] * b[5] + a[8] * b[8];
        float zero = (c[0] - c[0]) + (c[1] - c[1]) + (c[2] - c[2]) + (c[3] - c[3]) + (c[4] - c[4]) + (c[5] - c[5])
                + (c[6] - c[6]) + (c[7] - c[7]) + (c[8] - c[8]);
        return zero == 0f;
    }

    /** Bytes a code for the fonts {@link #showText} reads itself: 1 (simple), 2 (Identity-H), else 0. */
    private static int codeBytes(PDFont font) {
        if (font instanceof PDSimpleFont && !(font instanceof PDType3Font)) {
            return 1;
        }
        if (font instanceof PDType0Font && !font.isVertical()
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
        glyph(textRenderingMatrix.getValue(0, 0), textRenderingMatrix.getValue(0, 1), textRenderingMatrix.getValue(1, 0),
                textRenderingMatrix.getValue(1, 1), textRenderingMatrix.getValue(2, 0),
                textRenderingMatrix.getValue(2, 1), textRenderingMatrix.getValue(2, 2), font, code, displacement.getX(),
                displacement.getY());
    }

    /**
     * LegacyPDFStreamEngine.showGlyph and PDFTextStripper.processTextPosition for one glyph, given the text rendering
     * matrix's entries r0, r1 (first row), r3, r4 (second) and r6, r7, r8 (third).
     */
    private void glyph(float r0, float r1, float r3, float r4, float r6, float r7, float r8, PDFont font, int code,
                       float displacementX, float displacementY) throws IOException {
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
        if (last >= 0 && kind == ACCENT && contains(glyphs.x(last), glyphs.width(last), glyphs.y(last),
                glyphs.height(last), x, width, y, height)) {
            glyphs.mergeAccent(last, combining(unicode), x, advance);
            lastIsAccent = false;
            return;
        }
        String accent = null;
        float accentX = 0;
        float accentAdvance = 0;
        if (lastIsAccent && contains(x, width, y, height, glyphs.x(last),
                glyphs.width(last), glyphs.y(last), glyphs.height(last))) {
            accent = combining(glyphs.unicode(last));
            accentX = glyphs.x(last);
            accentAdvance = glyphs.advance(last);
            glyphs.removeLast(); // the accent drawn first, over this glyph, goes into it
        }
        glyphs.add(unicode, x, y, width, advance, height, Math.abs(spaceWidthDisplay), fontSize,
                (int) (fontSize * textMatrix.getScalingFactorX()), font);
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
            TextPosition letter = new TextPosition(0, 100, 100, new Matrix(), 10, 0, 10, 10, 5, "a", new int[] {97},
                    null, 10, 10);
            letter.mergeDiacritic(new TextPosition(0, 100, 100, new Matrix(), 10, 0, 10, 10, 5, a, new int[] {0},
                    null, 10, 10));
            return letter.getUnicode().substring(1);
        });
    }

    /**
     * TextPosition.contains for upright glyphs: whether the second glyph's box meets the first's, by more than 15%
     * of the first's width when it sticks out on one side.
     */
    private static boolean contains(double x, double width, double y, double height, double x2, double width2,
                                    double y2, double height2) {
        double end = x + width;
        double end2 = x2 + width2;
        if (end2 <= x || x2 >= end) {
            return false;
        }
        if (y2 + height2 < y || y2 > y + height) {
            return false;
        } else if (x2 > x && end2 > end) {
            return (end - x2) / width > .15;
        } else if (x2 < x && end2 < end) {
            return (end2 - x) / width > .15;
        }
        return true;
    }

    /** TextPosition.getDir() says 0 for this matrix, by its first test (not by its fall-through). */
    private static boolean upright(float r0, float r1, float r3, float r4) {
        float a = r4;
        float b = r1;
        float c = r3;
        float d = r0;
        return a > 0 && Math.abs(b) < d && Math.abs(c) < a && d > 0;
    }

    /**
     * Matrix.getScalingFactorX (called with r1, r0) or getScalingFactorY (with r3, r4): {@code own} unless
     * {@code other} is not zero, then the length of the two.
     */
    private static float scalingFactor(float other, float own) {
        if (Float.compare(other, 0.0f) != 0) {
            return (float) Math.sqrt(Math.pow(other, 2) + Math.pow(own, 2));
        }
        return own;
    }

    /**
     * {@link #ACCENT} for what PDFBox takes for an accent that may belong to the letter it touches (one combining
     * mark, spacing accent or modifier letter: TextPosition.isDiacritic); {@link #PDFBOX} for right-to-left text
     * (PDFBox reorders it), a presentation form or bidi control (PDFBox normalises it) or a surrogate pair; else
     * {@link #PLAIN}.
     */
    private static int kind(String unicode) {
        if (unicode.length() == 1) {
            char c = unicode.charAt(0);
            if (c < '^' || c >= 'a' && c <= 'z') {
                return PLAIN; // none of these is an accent, a modifier or right-to-left
            }
            int type = Character.getType(c);
            if ((type == Character.NON_SPACING_MARK || type == Character.MODIFIER_SYMBOL
                    || type == Character.MODIFIER_LETTER) && c != 'ー') {
                return ACCENT;
            }
        }
        for (int i = 0; i < unicode.length(); i++) {
            char c = unicode.charAt(i);
            if (c >= 0x0590 && (c <= 0x08FF || c >= 0xFB00 && c <= 0xFEFF || c == 0x200F || c >= 0x202A && c <= 0x202E
                    || c >= 0x2066 && c <= 0x2069 || Character.isSurrogate(c))) {
                return PDFBOX;
            }
        }
        return PLAIN;
    }

    /** LegacyPDFStreamEngine.computeFontHeight, for a font that is not Type 3. */
    private static float fontHeight(PDFont font) throws IOException {
        BoundingBox bbox = font.getBoundingBox();
        if (bbox.getLowerLeftY() < Short.MIN_VALUE) {
            bbox.setLowerLeftY(-(bbox.getLowerLeftY() + 65536));
        }
        float glyphHeight = bbox.getHeight() / 2;
        PDFontDescriptor descriptor = font.getFontDescriptor();
        if (descriptor != null) {
            float capHeight = descriptor.getCapHeight();
            if (Float.compare(capHeight, 0) != 0 && (capHeight < glyphHeight || Float.compare(glyphHeight, 0) == 0)) {
                glyphHeight = capHeight;
            }
            float ascent = descriptor.getAscent();
            float descent = descriptor.getDescent();
            if (capHeight > ascent && ascent > 0 && descent < 0
                    && ((ascent - descent) / 2 < glyphHeight || Float.compare(glyphHeight, 0) == 0)) {
                glyphHeight = (ascent - descent) / 2;
            }
        }
        return glyphHeight / 1000;
    }

    /** LegacyPDFStreamEngine's space width in text space, for a font that is not Type 3. */
    private static float spaceWidth(PDFont font) {
        float spaceWidthText = 0;
        try {
            spaceWidthText = font.getSpaceWidth() * (1 / 1000f);
        } catch (RuntimeException e) {
            // as PDFBox (PDFBOX-614): a font whose space cannot be measured falls back to its average width
        }
        if (Float.compare(spaceWidthText, 0) == 0) {
            spaceWidthText = font.getAverageFontWidth() * (1 / 1000f);
            spaceWidthText *= .80f;
        }
        if (Float.compare(spaceWidthText, 0) == 0) {
            spaceWidthText = 1.0f;
        }
        return spaceWidthText;
    }

    private static GlyphList loadGlyphList() {
        try (InputStream in = GlyphList.class.getResourceAsStream("/org/apache/pdfbox/resources/glyphlist/additional.txt")) {
            return new GlyphList(GlyphList.getAdobeGlyphList(), in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("PDFBox's additional glyph list cannot be read", e);
        }
    }
}
