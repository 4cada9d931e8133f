package org.planlens.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.index.LuceneRecordIndex;
import org.planlens.index.PlanIndexWriter;
import org.planlens.index.RecordIndex;
import org.planlens.query.PlanView.Span;
import org.planlens.rules.ModelData;

/** A plan read whole from the index, with its text from the export folder beside it. */
class PlanViewTest {
    @TempDir
    Path out;

    @Test
    void plan_holdsEveryPartInOrder_andSpansPrintWhatTheyName() throws IOException {
        var p = TestPlans.commune(
                "p-dong-quang", "Đông Quang", "Đông Sơn", "Thanh Hóa", 2023, 90, "Mức độ hài lòng của người dân");
        index(p);
        Files.createDirectories(out.resolve("plans"));
        Files.writeString(out.resolve("plans/p-dong-quang.txt"), p.text(), StandardCharsets.UTF_8);
        try (RecordIndex provider = LuceneRecordIndex.open(out.resolve("index"), ModelData.packaged())) {
            PlanView v = new PlanQueries(provider, PlanQueries.plansFolder(out.resolve("index")))
                    .plan("p-dong-quang")
                    .orElseThrow();
            assertEquals(p.text(), v.text());
            assertEquals("12/KH-UBND", v.plan().number());
            assertEquals(p.plan().metadata(), v.metadata());
            assertEquals(p.plan().sections(), v.sections());
            assertEquals(p.plan().targets(), v.targets());
            assertEquals(p.plan().legalReferences(), v.references());
            assertEquals(p.plan().agencies(), v.agencies());
            assertEquals(p.plan().tasks(), v.tasks());
            assertEquals(
                    List.of("reference", "target", "target", "task", "agency"),
                    v.spans().stream().map(Span::kind).toList());
            for (Span s : v.spans()) {
                String printed = p.text().substring(s.start(), s.end());
                switch (s.kind()) {
                    case "target" ->
                        assertTrue(
                                printed.startsWith(p.plan().targets().stream()
                                        .filter(t -> t.id().equals(s.id()))
                                        .findFirst()
                                        .orElseThrow()
                                        .text()),
                                printed);
                    case "agency" -> assertEquals("Văn phòng - Thống kê", printed);
                    case "reference" -> assertTrue(printed.startsWith("Quyết định số 3611"), printed);
                    // the task sentence is printed in its section in other words: found by the start of its wording
                    default ->
                        assertTrue(
                                printed.startsWith("rà soát thủ tục hành chính") || printed.contains("Rà soát"),
                                printed);
                }
                assertNull(s.page());
            }
        }
    }

    @Test
    void plan_withoutItsExportText_hasNoText_andAnUnknownIdIsEmpty() throws IOException {
        var p = TestPlans.commune("p-le-loi", "Lê Lợi", "Gia Lộc", "Hải Dương", 2022, 95, "Mức độ hài lòng");
        index(p);
        try (RecordIndex provider = LuceneRecordIndex.open(out.resolve("index"), ModelData.packaged())) {
            PlanQueries q = new PlanQueries(provider, PlanQueries.plansFolder(out.resolve("index")));
            PlanView v = q.plan("p-le-loi").orElseThrow();
            assertNull(v.text());
            assertEquals(4, v.spans().size());
            assertEquals(Optional.empty(), q.plan("p-none"));
            assertEquals(Optional.empty(), q.plan("../../etc/passwd"));
        }
    }

    private void index(TestPlans.WithText p) throws IOException {
        try (PlanIndexWriter w = PlanIndexWriter.open(out.resolve("index"))) {
            w.replace(p.plan(), p.text(), "fp");
            w.commit();
        }
    }
}
