package org.planlens.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowWriterTest {
    record Row(String name, List<String> roles, Double value, Integer year) {}

    record Cell(String text) {}

    private static String write(RowFormat f, List<Row> rows) throws IOException {
        StringWriter w = new StringWriter();
        RowWriter.of(f).write(rows, Row.class, w);
        return w.toString();
    }

    @Test
    void csv_quotesCommasQuotesAndLineBreaks_joinsLists_writesHeaderEvenWhenEmpty() throws IOException {
        String csv = write(
                RowFormat.CSV,
                List.of(
                        new Row("Văn phòng, \"Thống kê\"", List.of("lead", "monitor"), 85.0, null),
                        new Row("a\nb", List.of(), 2.5, 2025)));
        assertEquals(
                "name,roles,value,year\r\n\"Văn phòng, \"\"Thống kê\"\"\",lead; monitor,85,\r\n\"a\nb\",,2.5,2025\r\n",
                csv);
        assertEquals("name,roles,value,year\r\n", write(RowFormat.CSV, List.of()));
    }

    @Test
    void csv_neutralisesFormulaCells_butKeepsNumbers() throws IOException {
        String csv = write(
                RowFormat.CSV,
                List.of(
                        new Row("=HYPERLINK(\"http://x\")", List.of("+1 cmd", "@SUM(A1)"), -5.0, null),
                        new Row("- Rà soát thủ tục", List.of("+3"), -2.5, -7),
                        new Row("\tcmd", List.of("\rcmd", "a=b", "1-2"), 0.0, 2025)));
        assertEquals(
                "name,roles,value,year\r\n"
                        + "\"'=HYPERLINK(\"\"http://x\"\")\",'+1 cmd; @SUM(A1),-5,\r\n"
                        + "'- Rà soát thủ tục,+3,-2.5,-7\r\n"
                        + "'\tcmd,\"'\rcmd; a=b; 1-2\",0,2025\r\n",
                csv);
    }

    @Test
    void csv_neutralisesEveryFormulaOpener_andLeavesOtherCellsAlone() throws IOException {
        for (String opener : List.of("=", "+", "-", "@", "\t", "\r")) {
            StringWriter w = new StringWriter();
            RowWriter.of(RowFormat.CSV).write(List.of(new Cell(opener + "cmd|' /C calc'!A0")), Cell.class, w);
            String cell = w.toString().split("\r\n", 2)[1];
            assertEquals(
                    opener.equals("\r") ? "\"'\rcmd|' /C calc'!A0\"\r\n" : "'" + opener + "cmd|' /C calc'!A0\r\n",
                    cell,
                    "opener " + (int) opener.charAt(0));
        }
        for (String plain : List.of("-12", "+3.5", "-0.25", "1e5", "Văn phòng", "a=b", "")) {
            StringWriter w = new StringWriter();
            RowWriter.of(RowFormat.CSV).write(List.of(new Cell(plain)), Cell.class, w);
            assertEquals("text\r\n" + plain + "\r\n", w.toString());
        }
    }

    @Test
    void table_alignsColumnsByCharacters_andCountsRows() throws IOException {
        String table = write(
                RowFormat.TABLE,
                List.of(new Row("Hài lòng", List.of("lead"), 90.0, 2023), new Row("x", List.of(), 1.0, null)));
        String[] lines = table.split(System.lineSeparator());
        assertEquals("name      roles  value  year", lines[0]);
        assertEquals("Hài lòng  lead   90     2023", lines[2]);
        assertEquals("(2 rows)", lines[4]);
    }

    @Test
    void json_isAnArrayOfObjectsInColumnOrder() throws IOException {
        String json = write(RowFormat.JSON, List.of(new Row("a", List.of("lead"), 1.0, null)));
        String compact = json.replaceAll("\\s+", "");
        assertEquals("[{\"name\":\"a\",\"roles\":[\"lead\"],\"value\":1.0,\"year\":null}]", compact);
    }
}
