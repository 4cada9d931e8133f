package org.planlens.text.office;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.planlens.model.SourceFormat;
import org.planlens.rules.ModelData;
import org.planlens.text.legacy.LegacyTables;

/**
 * Word documents with runs set in TCVN3/VNI fonts, rewritten to Unicode run by run before Tika reads them. A DOCX
 * or DOC is opened by POI only when one of the fonts it names is a legacy font, so Unicode documents pay a glance at
 * their font lists, not a second parse.
 */
public final class LegacyFontRuns {
    /** Font names as a DOCX part spells them: font table entries and run/style font settings. */
    private static final Pattern FONT_NAME = Pattern.compile("w:(?:name|ascii|hAnsi)=\"([^\"]+)\"");

    private static final String[] FONT_PARTS = {"word/fontTable.xml", "word/styles.xml", "word/document.xml"};
    /** A .doc keeps its font table in one of these streams (which one, its header says; looking in both is cheaper). */
    private static final String[] TABLE_STREAMS = {"1Table", "0Table"};
    /** Parts larger than this are not scanned (a zip bomb stays unread here; Tika's own limits then apply). */
    private static final long MAX_PART_BYTES = 64L << 20;

    private final LegacyFonts fonts;
    private final DocxLegacyRuns docx;
    private final DocLegacyRuns doc;

    public LegacyFontRuns(ModelData models, LegacyTables tables) {
        this.fonts = new LegacyFonts(models, tables);
        this.docx = new DocxLegacyRuns(fonts);
        this.doc = new DocLegacyRuns(fonts);
    }

    /** A converted temp copy of {@code file} (the caller deletes it) when it has legacy-font runs; empty otherwise. */
    public Optional<RunConversion> rewrite(Path file, SourceFormat format) throws IOException {
        if (format.equals(OfficeTextReader.DOCX.format())) {
            return namesLegacyFont(file) ? docx.rewrite(file) : Optional.empty();
        }
        if (format.equals(OfficeTextReader.DOC.format())) {
            return docNamesLegacyFont(file) ? doc.rewrite(file) : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * Whether a Word 97-2003 file's table stream, where its font table lives, holds a legacy font's name. Names there
     * are UTF-16LE strings ended by a zero char, so each run of printable chars is a candidate name.
     */
    private boolean docNamesLegacyFont(Path file) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            for (String table : TABLE_STREAMS) {
                if (!root.hasEntry(table)) {
                    continue;
                }
                byte[] bytes;
                try (InputStream in = root.createDocumentInputStream(table)) {
                    bytes = in.readNBytes((int) MAX_PART_BYTES);
                }
                if (holdsLegacyName(bytes, 0) || holdsLegacyName(bytes, 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Font records start at odd or even offsets alike, so the stream is read as UTF-16LE from {@code start}. */
    private boolean holdsLegacyName(byte[] bytes, int start) {
        StringBuilder name = new StringBuilder();
        for (int i = start; i + 1 < bytes.length; i += 2) {
            char c = (char) ((bytes[i] & 0xff) | (bytes[i + 1] & 0xff) << 8);
            if (c >= 0x20 && c < 0x7f) {
                name.append(c);
                continue;
            }
            if (c == 0 && fonts.of(name.toString()).isPresent()) {
                return true;
            }
            name.setLength(0);
        }
        return false;
    }

    private boolean namesLegacyFont(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (String part : FONT_PARTS) {
                ZipEntry e = zip.getEntry(part);
                if (e == null || e.getSize() > MAX_PART_BYTES) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(e)) {
                    String xml = new String(in.readNBytes((int) MAX_PART_BYTES), StandardCharsets.UTF_8);
                    Matcher m = FONT_NAME.matcher(xml);
                    while (m.find()) {
                        if (fonts.of(m.group(1)).isPresent()) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }
}
