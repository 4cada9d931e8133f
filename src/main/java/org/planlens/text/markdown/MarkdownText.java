package org.planlens.text.markdown;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.planlens.rules.NumberingGrammar;

/**
 * Markdown to the plain text every reader gives: emphasis markers gone, headings as their text, each table row
 * one line with tab-separated cells (line breaks in a cell become spaces), for GFM pipe tables and for the
 * bar-per-line tables crawlers make ({@link FlattenedTables}). Lists are not parsed: a list item keeps its marker
 * and its number as printed ("- Lưu: VT.", "2. Nhiệm vụ"), as a text file would, so ordered items are never
 * renumbered. Paragraphs come out one a line; a soft line break inside a paragraph becomes a space, except where a
 * sentence ends and the next line opens a new one, after a title in capitals when running text follows, or beside
 * a line wholly in bold (pages saved without blank lines run paragraphs and headings together). Thread-safe:
 * commonmark's parser is immutable.
 */
public final class MarkdownText {
    /** Written for a soft line break while a paragraph is rendered; resolved once the paragraph is whole. */
    private static final char SOFT = '\u0001';
    /** A soft line break beside a line wholly in bold: always a new line. */
    private static final char BREAK = '\u0002';

    private static final String SENTENCE_END = ".:;!?";
    /** A line that opens a new sentence, item or unit after one that ended a sentence. */
    private static final Pattern OPENS =
            NumberingGrammar.packaged().compile("^(?:[\\p{Lu}\\d(\"“]|$LIST_BULLET\\s|$LETTER\\)\\s)");
    /** A line of running text: a capitalised word, not a title in capitals. */
    private static final Pattern SENTENCE = Pattern.compile("^\\p{Lu}\\p{Ll}");
    /** A list item's line: a new line even after a line that ended no sentence. */
    private static final Pattern ITEM = NumberingGrammar.packaged().compile("^$LIST_BULLET\\s");

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern BREAK_TAG = Pattern.compile("(?i)<br\\s*/?>|</p>|</div>|</tr>|</h\\d>|</li>");
    private static final Pattern CELL_END_TAG = Pattern.compile("(?i)</t[dh]>");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0]+");
    /** Runs of spaces in a block's line; tabs stay (cells of a table left as raw HTML). */
    private static final Pattern LINE_SPACES = Pattern.compile("[ \\u00A0]+");

    private final Parser parser = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .enabledBlockTypes(Set.of(
                    Heading.class, ThematicBreak.class, FencedCodeBlock.class, HtmlBlock.class, BlockQuote.class))
            .build();

    /** The text of {@code markdown}: one paragraph, heading or table row a line, blank lines between blocks. */
    public String toText(String markdown) {
        List<String> lines =
                markdown.replace("\r\n", "\n").replace('\r', '\n').lines().toList();
        StringBuilder out = new StringBuilder(markdown.length());
        for (FlattenedTables.Part part : FlattenedTables.split(lines)) {
            switch (part) {
                case FlattenedTables.Prose p -> render(parser.parse(String.join("\n", p.lines())), out);
                case FlattenedTables.Table t -> renderTable(t, out);
            }
        }
        return out.toString().strip() + "\n";
    }

    private void renderTable(FlattenedTables.Table table, StringBuilder out) {
        for (List<List<String>> row : table.rows()) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    line.append('\t');
                }
                line.append(cellText(row.get(i)));
            }
            if (!line.toString().isBlank()) {
                out.append(line).append('\n');
            }
        }
        out.append('\n');
    }

    /** A cell's Markdown as one line: its blocks and line breaks become spaces. */
    private String cellText(List<String> source) {
        if (source.isEmpty()) {
            return "";
        }
        StringBuilder cell = new StringBuilder();
        render(parser.parse(String.join("\n", source)), cell);
        return flat(cell);
    }

    private static String flat(CharSequence s) {
        return SPACES.matcher(s.toString().replace('\n', ' ')).replaceAll(" ").strip();
    }

    private static void render(Node document, StringBuilder out) {
        document.accept(new BlockRenderer(out));
    }

    /** Writes each block on lines of its own, a blank line after it. */
    private static final class BlockRenderer extends AbstractVisitor {
        private final StringBuilder out;

        BlockRenderer(StringBuilder out) {
            this.out = out;
        }

        @Override
        public void visit(Paragraph paragraph) {
            block(inlineText(paragraph));
        }

        @Override
        public void visit(Heading heading) {
            block(inlineText(heading));
        }

        @Override
        public void visit(BlockQuote quote) {
            visitChildren(quote);
        }

        @Override
        public void visit(FencedCodeBlock code) {
            block(code.getLiteral());
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            block(code.getLiteral());
        }

        @Override
        public void visit(HtmlBlock html) {
            block(htmlText(html.getLiteral()));
        }

        @Override
        public void visit(ThematicBreak rule) {
            // a drawn line under the header or between parts: no text
        }

        @Override
        public void visit(CustomBlock block) {
            if (block instanceof TableBlock table) {
                for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
                    for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                        if (row instanceof TableRow) {
                            tableRow(row);
                        }
                    }
                }
                out.append('\n');
            } else {
                visitChildren(block);
            }
        }

        private void tableRow(Node row) {
            StringBuilder line = new StringBuilder();
            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                if (cell instanceof TableCell) {
                    if (cell != row.getFirstChild()) {
                        line.append('\t');
                    }
                    line.append(flat(inlineText(cell)));
                }
            }
            if (!line.toString().isBlank()) {
                out.append(line).append('\n');
            }
        }

        private void block(String text) {
            boolean any = false;
            for (String line : text.split("\n")) {
                String l = LINE_SPACES.matcher(line).replaceAll(" ").strip();
                if (!l.isEmpty()) {
                    out.append(l).append('\n');
                    any = true;
                }
            }
            if (any) {
                out.append('\n');
            }
        }
    }

    /** The text of a block's inline content, soft line breaks resolved and stray emphasis markers dropped. */
    private static String inlineText(Node block) {
        StringBuilder sb = new StringBuilder();
        block.accept(new InlineRenderer(sb));
        return resolveSoftBreaks(dropStrayMarkers(sb));
    }

    private static final class InlineRenderer extends AbstractVisitor {
        private final StringBuilder sb;

        InlineRenderer(StringBuilder sb) {
            this.sb = sb;
        }

        @Override
        public void visit(Text text) {
            sb.append(text.getLiteral());
        }

        @Override
        public void visit(Code code) {
            sb.append(code.getLiteral());
        }

        @Override
        public void visit(Image image) {
            // a logo or an icon: its alternative text is no part of the document
        }

        @Override
        public void visit(HtmlInline html) {
            if (BREAK_TAG.matcher(html.getLiteral()).matches()) {
                sb.append('\n');
            }
        }

        @Override
        public void visit(HardLineBreak lineBreak) {
            sb.append('\n');
        }

        @Override
        public void visit(SoftLineBreak lineBreak) {
            sb.append(
                    isBoldLine(lineBreak.getPrevious(), true) || isBoldLine(lineBreak.getNext(), false) ? BREAK : SOFT);
        }
    }

    /** Whether {@code node} is bold text that fills its line (nothing else between it and the line's other end). */
    private static boolean isBoldLine(Node node, boolean before) {
        if (!(node instanceof StrongEmphasis)) {
            return false;
        }
        Node beyond = before ? node.getPrevious() : node.getNext();
        return beyond == null || beyond instanceof SoftLineBreak || beyond instanceof HardLineBreak;
    }

    /**
     * Asterisks left as text: the crawler's emphasis with a space inside ({@code **DÂN **}, {@code *(HKD) *}) is no
     * emphasis to a CommonMark parser. A footnote mark in brackets ({@code (*)}) stays.
     */
    static String dropStrayMarkers(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != '*') {
                out.append(c);
                i++;
                continue;
            }
            int j = i;
            while (j < s.length() && s.charAt(j) == '*') {
                j++;
            }
            boolean bracketed = i > 0 && s.charAt(i - 1) == '(' && j < s.length() && s.charAt(j) == ')';
            if (bracketed) {
                out.append(s, i, j);
            }
            i = j;
        }
        return out.toString();
    }

    private static String resolveSoftBreaks(String s) {
        if (s.indexOf(SOFT) < 0 && s.indexOf(BREAK) < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == BREAK) {
                out.append('\n');
            } else if (c == SOFT) {
                out.append(newLineAt(out, s, i + 1) ? '\n' : ' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether the line from {@code next} opens a new paragraph rather than carrying on the text before it. */
    private static boolean newLineAt(CharSequence before, String s, int next) {
        int end = s.length();
        for (int k = next; k < s.length(); k++) {
            if (s.charAt(k) == SOFT || s.charAt(k) == BREAK || s.charAt(k) == '\n') {
                end = k;
                break;
            }
        }
        String line = s.substring(next, end).strip();
        if (ITEM.matcher(line).lookingAt()) {
            return true;
        }
        int last = before.length() - 1;
        while (last >= 0 && Character.isWhitespace(before.charAt(last))) {
            last--;
        }
        if (last < 0) {
            return false;
        }
        if (SENTENCE_END.indexOf(before.charAt(last)) >= 0) {
            return OPENS.matcher(line).lookingAt();
        }
        return SENTENCE.matcher(line).lookingAt() && inCapitals(before, last);
    }

    /** Whether the line of {@code s} that ends at {@code last} has letters, all of them capitals (a title). */
    private static boolean inCapitals(CharSequence s, int last) {
        int letters = 0;
        for (int i = last; i >= 0 && s.charAt(i) != '\n'; i--) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return letters >= 2;
    }

    /** Text of raw HTML left in the Markdown: breaks and block ends as new lines, cells ended by tabs. */
    static String htmlText(String html) {
        String s = BREAK_TAG.matcher(html).replaceAll("\n");
        s = CELL_END_TAG.matcher(s).replaceAll("\t");
        s = TAG.matcher(s).replaceAll("");
        return s.replace("&nbsp;", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&amp;", "&");
    }
}
