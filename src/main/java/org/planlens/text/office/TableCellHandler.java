package org.planlens.text.office;

import java.util.HashMap;
import java.util.Map;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Gives each table row of Tika's XHTML as one line, its cells separated by tabs. Tika ends every paragraph with a
 * line break, also inside a cell, so a cell of several paragraphs (or with line breaks) would spread its row over
 * several lines; here they become spaces, a cell ends with a tab (and one more for each extra column a merged cell
 * spans), and a row ends with a line break. A cell merged down over several rows (rowspan) leaves an empty cell in
 * each row under it, so that the other cells of those rows stay under their own columns. A table nested in a cell is
 * flattened into that cell.
 */
public final class TableCellHandler extends ContentHandlerDecorator {
    private static final char[] TAB = {'\t'};
    private static final char[] SPACE = {' '};
    private static final char[] NEWLINE = {'\n'};

    /** Cells open around the current point: 0 outside a table, 1 in a cell, 2 in a cell of a nested table. */
    private int cellDepth;
    /** Inside a row of an outer table (between its cells, Tika's own whitespace is dropped). */
    private boolean inRow;
    /** Extra columns the open outer cell spans, written as empty cells after it. */
    private int pendingSpan;
    /** Column of the next cell of the open outer row. */
    private int column;
    /** Columns covered by a cell merged down from a row above, with the rows still to cover. */
    private final Map<Integer, Integer> coveredRows = new HashMap<>();
    /** Rows the open outer cell spans down. */
    private int pendingRows;

    public TableCellHandler(ContentHandler handler) {
        super(handler);
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
        String el = localName.isEmpty() ? name : localName;
        if (cellDepth == 0 && el.equals("table")) {
            coveredRows.clear();
        } else if (cellDepth == 0 && el.equals("tr")) {
            inRow = true;
            column = 0;
        } else if (el.equals("td") || el.equals("th")) {
            cellDepth++;
            if (cellDepth == 1) {
                skipCovered();
            }
        }
        super.startElement(uri, localName, name, atts);
        if (cellDepth == 1 && (el.equals("td") || el.equals("th"))) {
            pendingSpan = span(atts, "colspan");
            pendingRows = span(atts, "rowspan");
        }
    }

    @Override
    public void endElement(String uri, String localName, String name) throws SAXException {
        String el = localName.isEmpty() ? name : localName;
        super.endElement(uri, localName, name);
        if (el.equals("td") || el.equals("th")) {
            if (cellDepth == 1) {
                for (int i = 0; i <= pendingSpan; i++) {
                    if (pendingRows > 0) {
                        coveredRows.put(column, pendingRows);
                    }
                    super.characters(TAB, 0, 1);
                    column++;
                }
                pendingSpan = 0;
                pendingRows = 0;
            } else if (cellDepth > 1) {
                super.characters(SPACE, 0, 1);
            }
            cellDepth = Math.max(0, cellDepth - 1);
        } else if (el.equals("tr")) {
            if (cellDepth == 0 && inRow) {
                inRow = false;
                skipCovered();
                super.characters(NEWLINE, 0, 1);
            } else if (cellDepth > 0) {
                super.characters(SPACE, 0, 1);
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (cellDepth > 0) {
            char[] flat = flatten(ch, start, length);
            super.characters(flat, 0, flat.length);
        } else if (!inRow || !isBlank(ch, start, length)) {
            super.characters(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (cellDepth > 0) {
            super.characters(SPACE, 0, 1);
        } else if (!inRow) {
            super.ignorableWhitespace(ch, start, length);
        }
    }

    /** Empty cells for the columns at the current one that a cell of a row above covers; counts their rows down. */
    private void skipCovered() throws SAXException {
        Integer rows = coveredRows.get(column);
        while (rows != null) {
            if (rows > 1) {
                coveredRows.put(column, rows - 1);
            } else {
                coveredRows.remove(column);
            }
            super.characters(TAB, 0, 1);
            column++;
            rows = coveredRows.get(column);
        }
    }

    /** The extra columns or rows ({@code attribute} "colspan" or "rowspan") a cell spans beyond its own. */
    private static int span(Attributes atts, String attribute) {
        String value = atts == null ? null : atts.getValue(attribute);
        if (value == null) {
            return 0;
        }
        try {
            return Math.max(0, Math.min(50, Integer.parseInt(value.strip())) - 1);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static char[] flatten(char[] ch, int start, int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            char c = ch[start + i];
            out[i] = c == '\n' || c == '\r' || c == '\t' || c == '\f' ? ' ' : c;
        }
        return out;
    }

    private static boolean isBlank(char[] ch, int start, int length) {
        for (int i = start; i < start + length; i++) {
            if (!Character.isWhitespace(ch[i])) {
                return false;
            }
        }
        return true;
    }
}
