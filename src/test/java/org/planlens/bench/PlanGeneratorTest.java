package org.planlens.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planlens.export.PlanFileWriter;
import org.planlens.index.LuceneRecordIndex;
import org.planlens.index.PlanIndexWriter;
import org.planlens.query.PlanFilter;
import org.planlens.query.PlanQueries;
import org.planlens.query.TargetFilter;
import org.planlens.query.TestPlans;
import org.planlens.rules.ModelData;

class PlanGeneratorTest {
    @TempDir
    Path dir;

    @Test
    void generate_variesPlacesYearsAndFigures_deterministically_andIndexes() throws IOException {
        var template = TestPlans.commune("tpl", "Đông Quang", "Đông Sơn", "Thanh Hóa", 2023, 90, "Mức độ hài lòng");
        new PlanFileWriter(dir).write(template.plan(), template.text());
        PlanGenerator gen = PlanGenerator.load(dir.resolve("plans"), null, Path.of("bench/places.tsv"));

        assertEquals(gen.generate(7, 3).plan(), gen.generate(7, 3).plan());
        Set<String> provinces = new HashSet<>();
        Set<Integer> years = new HashSet<>();
        Set<String> ids = new HashSet<>();
        Path index = dir.resolve("index");
        try (PlanIndexWriter w = PlanIndexWriter.open(index)) {
            for (int i = 0; i < 40; i++) {
                var g = gen.generate(7, i);
                provinces.add(g.plan().metadata().issuer().province());
                years.add(g.plan().metadata().period().from());
                ids.add(g.plan().id());
                g.plan().targets().forEach(t -> {
                    if ("%".equals(t.unit())) assertTrue(t.value() <= 100, t.toString());
                    assertEquals(t.text(), g.text().substring(t.start(), t.end()));
                });
                w.replace(g.plan(), g.text(), "bench");
            }
            w.commit();
        }
        assertEquals(40, ids.size());
        assertTrue(provinces.size() > 5, provinces.toString());
        assertTrue(years.size() > 3, years.toString());
        assertNotEquals(gen.generate(7, 0).plan().targets().get(0).value(), 0.0);
        try (LuceneRecordIndex p = LuceneRecordIndex.open(index, ModelData.packaged())) {
            assertEquals(
                    80,
                    new PlanQueries(p)
                            .targets(PlanFilter.NONE, TargetFilter.ANY)
                            .size());
        }
        assertTrue(Files.isDirectory(index));
    }
}
