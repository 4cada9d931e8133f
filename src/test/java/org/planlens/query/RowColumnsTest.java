package org.planlens.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planlens.export.RowFormat;
import org.planlens.export.RowWriter;
import org.planlens.query.Rows.AgencyRow;

/**
 * A row holds its plan's columns as one {@link PlanRef}; every output keeps them flat, first, in their order, as
 * the rows' contract has them (JSON keys, CSV and table columns).
 */
class RowColumnsTest {
    private static final AgencyRow ROW = new AgencyRow(
            new PlanRef("plan-1", "a.pdf", "UBND huyện Đông Sơn", "district", null, "Đông Sơn", "Thanh Hóa", 2025),
            "Sở Nội vụ",
            List.of("lead"),
            List.of("II.1"));

    private static String write(RowFormat f) throws IOException {
        StringWriter w = new StringWriter();
        RowWriter.of(f).write(List.of(ROW), AgencyRow.class, w);
        return w.toString();
    }

    @Test
    void json_keepsThePlanColumnsFlat() throws IOException {
        assertEquals("""
                [ {
                  "planId" : "plan-1",
                  "file" : "a.pdf",
                  "issuer" : "UBND huyện Đông Sơn",
                  "level" : "district",
                  "commune" : null,
                  "district" : "Đông Sơn",
                  "province" : "Thanh Hóa",
                  "year" : 2025,
                  "name" : "Sở Nội vụ",
                  "roles" : [ "lead" ],
                  "sectionPaths" : [ "II.1" ]
                } ]
                """, write(RowFormat.JSON).replace(System.lineSeparator(), "\n"));
    }

    @Test
    void csv_keepsThePlanColumnsFlat() throws IOException {
        assertEquals(
                "planId,file,issuer,level,commune,district,province,year,name,roles,sectionPaths\r\n"
                        + "plan-1,a.pdf,UBND huyện Đông Sơn,district,,Đông Sơn,Thanh Hóa,2025,Sở Nội vụ,lead,II.1\r\n",
                write(RowFormat.CSV));
    }

    @Test
    void aRowAnswersItsPlanColumnsByName() {
        assertEquals("plan-1", ROW.planId());
        assertEquals("Thanh Hóa", ROW.province());
        assertEquals(2025, ROW.year());
    }
}
