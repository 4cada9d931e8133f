package org.planlens.text.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.XHTMLContentHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.fixtures.DocxRenderer;
import org.planlens.text.normalize.TextNormalizer;
import org.xml.sax.helpers.AttributesImpl;

/** Word tables reach the text one row a line, whatever the cells hold. */
class TableCellHandlerTest {
    @Test
    void docxCellsOfSeveralParagraphsAndLineBreaks_stayOnTheirRow(@TempDir Path dir) throws Exception {
        String text = String.join(
                "\n",
                "PHỤ LỤC",
                "STT\tNHIỆM VỤ\tSẢN PHẨM\tTHỜI GIAN\tCHỦ TRÌ\tPHỐI HỢP",
                "I\tCẢI CÁCH THỂ CHẾ",
                "1\tRà soát, công khai thủ tục\tBáo cáo\tQuý II năm 2024\tPhòng Tư pháp\tPhòng Nội vụ, UBND các xã",
                "Tổ chức thực hiện");
        Path docx = dir.resolve("plan.docx");
        new DocxRenderer().render(text, docx);
        String read = new TikaTextReader(1_000_000)
                .read(docx, docx.toString(), "plan.docx")
                .text();
        List<String> lines = TextNormalizer.standard().normalize(read).lines().toList();
        assertTrue(
                lines.contains("1\tRà soát, công khai thủ tục\tBáo cáo\tQuý II năm 2024\tPhòng Tư pháp"
                        + "\tPhòng Nội vụ, UBND các xã\t"),
                lines.toString());
        // the group row under the table's rows stays a row of the table
        assertTrue(lines.contains("I\tCẢI CÁCH THỂ CHẾ"), lines.toString());
        assertTrue(lines.contains("Tổ chức thực hiện"), lines.toString());
    }

    @Test
    void nestedTableAndMergedCell_flattenIntoTheOuterRow() throws Exception {
        BodyContentHandler body = new BodyContentHandler(-1);
        XHTMLContentHandler x = new XHTMLContentHandler(new TableCellHandler(body), new Metadata());
        x.startDocument();
        x.startElement("table");
        x.startElement("tr");
        cell(x, "1", 1);
        x.startElement("td");
        x.startElement("p");
        x.characters("Nhiệm vụ");
        x.endElement("p");
        x.startElement("table");
        x.startElement("tr");
        cell(x, "a", 1);
        cell(x, "b", 1);
        x.endElement("tr");
        x.endElement("table");
        x.endElement("td");
        cell(x, "Phòng Nội vụ", 2);
        x.endElement("tr");
        x.endElement("table");
        x.endDocument();
        String row = body.toString()
                .lines()
                .filter(l -> l.startsWith("1"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                List.of("1", "Nhiệm vụ a b", "Phòng Nội vụ", "", ""),
                List.of(row.split("\t", -1)).stream()
                        .map(c -> c.strip().replaceAll(" +", " "))
                        .toList());
    }

    private static void cell(XHTMLContentHandler x, String text, int span) throws Exception {
        AttributesImpl atts = new AttributesImpl();
        if (span > 1) {
            atts.addAttribute("", "colspan", "colspan", "CDATA", String.valueOf(span));
        }
        x.startElement("td", atts);
        x.startElement("p");
        x.characters(text);
        x.endElement("p");
        x.endElement("td");
    }
}
