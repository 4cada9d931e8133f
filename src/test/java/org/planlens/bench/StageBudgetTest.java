package org.planlens.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.support.Seeds;

/** The stage budget times every stage over every file, and its table shows each stage against bare Tika. */
class StageBudgetTest {

    @Test
    void everyStageReadsEveryFile(@TempDir Path dir) throws Exception {
        new PdfCorpusGenerator(Seeds.CORPUS).generate(dir.resolve("pdfs"), 2, 1);
        Files.createDirectories(dir.resolve("work"));
        StageBudget.Result r = new StageBudget(dir.resolve("work")).run(dir.resolve("pdfs"), 1);

        assertEquals(2, r.files());
        assertEquals(7, r.stages().size());
        r.stages().forEach(s -> assertTrue(s.millis() > 0, s.name()));
        long tika = r.stage(StageBudget.TIKA).output();
        long stripper = r.stage(StageBudget.STRIPPER).output();
        long glyphs = r.stage(StageBudget.GLYPHS).output();
        // the same text layer three ways: Tika and the stripper add only line breaks and spaces to the glyphs
        assertTrue(glyphs > 1000, "glyph pass read " + glyphs + " chars");
        assertTrue(glyphs <= stripper && stripper < glyphs * 1.3, glyphs + " glyph chars, stripper " + stripper);
        assertTrue(Math.abs(tika - stripper) < stripper * 0.05, "Tika " + tika + ", stripper " + stripper);
        assertTrue(r.stage(StageBudget.READ).output() > glyphs * 0.8, "planlens read too little text");
        assertTrue(r.stage(StageBudget.EXTRACT).output() > 0, "no sections extracted");
        assertEquals(2, r.stage(StageBudget.EXPORT).output());
        assertEquals(2, r.stage(StageBudget.INDEX).output(), "plans in the index");

        String table = StageBudget.report(r);
        assertTrue(table.contains(StageBudget.TIKA) && table.contains(" 1.00x"), table);
        assertTrue(table.contains("planlens, all stages"), table);
    }
}
